/**
 * `attune-screeners`: the browser package. Exports the element classes, the scoring API and the
 * types; registers nothing (import `attune-screeners/define`, or use the script-tag bundle).
 */
export * from './core.js';
export { AttuneScreener } from './elements/attune-screener/attune-screener.js';
export {
  eventNames,
  type AttuneChangeDetail,
  type AttuneCompleteDetail,
  type AttuneBatteryCompleteDetail,
  type AttuneErrorDetail,
  type AttuneSafetyDetail,
  type AttuneExitDetail,
  type AttuneSubmitDetail,
  type AttuneSubmitErrorDetail,
  type AttuneScreenerEventMap,
  type AttuneBatteryEventMap,
  type AttuneReportEventMap,
  type AttuneEventName,
} from './events.js';
export type { ResultsPolicy } from './elements/views/results-view.js';
export type { Mode } from './session/session.js';
export type { Messages } from './i18n/messages.js';
export { AttuneReport } from './elements/attune-report/attune-report.js';
export type { ReportMessages } from './i18n/report-messages.js';
export { type BeforeSubmit, type SubmissionState } from './elements/internal/submission.js';
export { configureSubmissions, type SubmissionTiming } from './elements/internal/page-outboxes.js';
export { AttuneBattery } from './elements/attune-battery/attune-battery.js';
export { DEFAULT_GATING, type BatteryGate, type BatteryCondition, type Skipped } from './session/battery.js';
export type { OutboxRequest } from './delivery/outbox.js';
