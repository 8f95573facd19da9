/** Paged mode: one question a screen, with progress, Back, and Next or "Check your answers". */
import { html, nothing } from 'lit';
import { askedItems, currentItem, isLast, sectionOf } from '../../session/session.js';
export { pagedStep } from '../../session/paged-steps.js';
import { sectionIntroView } from '../views/section-view.js';
import { errorSummary, instructions, question, safetyPanel, type ScreenContext } from './screen-context.js';

export function pagedScreen(ctx: ScreenContext) {
  const { session: s, messages: m, act } = ctx;
  const asked = askedItems(s);
  const item = currentItem(s) ?? asked[asked.length - 1]!;
  const section = sectionOf(s, item.id);
  const firstOfSection = !section || asked.find((i) => section.items.includes(i.id))?.id === item.id;
  return html`<div class="progress" part="progress"><span>${m.questionOf(s.index + 1, asked.length)}</span><progress max=${asked.length} value=${s.index + 1} aria-hidden="true"></progress></div>${errorSummary(ctx)} ${s.index === 0 ? instructions(ctx) : nothing}
    ${sectionIntroView(section, { lead: firstOfSection, lang: section && ctx.wordingLang(`sections.${section.id}`) })} ${question(ctx, item.id, { supportBelow: false })} ${safetyPanel(ctx)}<div class="actions">${s.index > 0 ? html`<button type="button" part="button button-secondary back-button" @click=${() => act({ type: 'back' })}>${m.back}</button>` : nothing}
      ${
        s.returnToReview
          ? html`<button type="button" class="primary" part="button button-primary review-button" @click=${() => act({ type: 'back-to-review' })}>${m.backToReview}</button>`
          : isLast(s)
            ? html`<button type="button" class="primary" part="button button-primary review-button" @click=${() => act({ type: 'review' })}>${m.checkAnswers}</button>`
            : html`<button type="button" class="primary" part="button button-primary next-button" @click=${() => act({ type: 'next' })}>${m.next}</button>`
      }</div>`;
}
