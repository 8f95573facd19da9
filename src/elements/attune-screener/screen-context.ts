/**
 * What every screen of the screener is drawn from: the session (its definition already in the
 * client's language), the strings, the practice's crisis resources, and `act`, through which every
 * button and answer becomes an intent for the pure navigation (src/session/navigation.ts).
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FirstMessages } from '../../i18n/messages.js';
import type { CrisisResource } from '../../model/crisis-resource.js';
import type { Intent } from '../../session/navigation.js';
import type { Session } from '../../session/session.js';
import type { WordingLang } from '../internal/wording-lang.js';
import { errorSummaryView } from '../views/error-summary-view.js';
import { questionView } from '../views/question-view.js';
import { safetyPanelView } from '../views/safety-panel-view.js';

export interface ScreenContext {
  session: Session;
  messages: FirstMessages;
  resources: readonly CrisisResource[];
  /** `replace-emergency-line`: the practice's resources take the place of the emergency line. */
  replaceEmergencyLine: boolean;
  /** `lang` of each part of the instrument wording, where it differs from the widget's own text. */
  wordingLang: WordingLang;
  act(intent: Intent): void;
}

/** Support, once raised in this pass, beside the question (or on the review and results). */
export function safetyPanel({ session, messages, resources, replaceEmergencyLine }: ScreenContext) {
  return session.raised.length ? safetyPanelView(messages, resources, { stage: session.stage, replaceEmergencyLine }) : nothing;
}

/** One question; in page mode, support appears right below the safety question that raised it. */
export function question(ctx: ScreenContext, itemId: string, { supportBelow }: { supportBelow: boolean }) {
  const s = ctx.session;
  const item = s.definition.items.find((i) => i.id === itemId)!;
  const view = questionView({
    item,
    value: s.answers[item.id],
    invalid: s.unanswered.includes(item.id),
    messages: ctx.messages,
    onAnswer: (id, value) => ctx.act({ type: 'answer', itemId: id, value }),
    lang: ctx.wordingLang(`items.${item.id}`),
  });
  const raisedHere = supportBelow && s.definition.safety?.find((x) => s.raised.includes(x.flag))?.item === item.id;
  return raisedHere ? html`${view}${safetyPanel(ctx)}` : view;
}

/** The list of unanswered questions, shown when finishing or moving on too soon. */
export function errorSummary(ctx: ScreenContext) {
  const s = ctx.session;
  if (!s.unanswered.length) return nothing;
  const items = s.definition.items.filter((item) => s.unanswered.includes(item.id));
  return errorSummaryView(items, ctx.messages, (itemId) => ctx.act({ type: 'go-to', itemId }));
}

/** The instrument's own instructions, unless they are also the stem above the questions. */
export function instructions({ session, wordingLang }: ScreenContext) {
  const text = session.definition.instructions?.text;
  // PHQ-9 and GAD-7 repeat their instructions as the stem above the questions (so that it stays above
  // each one in paged mode): said once, as the stem, it is not read out twice in a row
  if (!text || session.definition.sections?.[0]?.stem === text) return nothing;
  return html`<p part="instructions" lang=${ifDefined(wordingLang('instructions'))} .textContent=${text}></p>`;
}
