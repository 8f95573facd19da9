/**
 * `attune-screeners`: the browser package. Exports the element classes, the scoring API and the
 * types; registers nothing (import `attune-screeners/define`, or use the script-tag bundle).
 */
export * from './core.js';
export {
  AttuneScreener,
  type AttuneChangeDetail,
  type AttuneCompleteDetail,
  type AttuneErrorDetail,
} from './elements/attune-screener.js';
export type { ResultsPolicy } from './elements/views/results-view.js';
export type { Mode } from './session/session.js';
export type { Messages } from './i18n/messages.js';
export { AttuneReport } from './elements/attune-report/attune-report.js';
export type { ReportMessages } from './i18n/report-messages.js';
export {
  type BeforeSubmit,
  type SubmissionState,
  type AttuneSubmitDetail,
  type AttuneSubmitErrorDetail,
} from './elements/submits-to-endpoint.js';
export { configureSubmissions, type SubmissionTiming } from './elements/page-outboxes.js';
export { AttuneBattery, type AttuneBatteryCompleteDetail, type AttuneBatteryEventMap } from './elements/attune-battery.js';
export { DEFAULT_GATING, type BatteryGate, type BatteryCondition, type Skipped } from './session/battery.js';
export type { OutboxRequest } from './session/outbox.js';
