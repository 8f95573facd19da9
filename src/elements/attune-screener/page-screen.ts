/** Page mode: every question asked on one page, in the form's sections, then Finish. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { askedItems } from '../../session/session.js';
import { sectionIntroView } from '../views/section-view.js';
import { errorSummary, instructions, question, type ScreenContext } from './screen-context.js';

export function pageScreen(ctx: ScreenContext, onFinish: () => void) {
  const s = ctx.session;
  const askedIds = new Set(askedItems(s).map((i) => i.id));
  const sections = s.definition.sections ?? [{ id: 'all', items: s.definition.items.map((i) => i.id) }];
  return html`
    <h2 id="title" tabindex="-1" lang=${ifDefined(ctx.wordingLang('title'))}>${s.definition.title}</h2>
    ${errorSummary(ctx)} ${instructions(ctx)}
    ${sections.map((section) => {
      const shown = section.items.filter((id) => askedIds.has(id));
      if (!shown.length) return nothing;
      return html`${sectionIntroView(section, { lead: true, lang: section && ctx.wordingLang(`sections.${section.id}`) })}${shown.map((id) => question(ctx, id, { supportBelow: true }))}`;
    })}
    <div class="actions">
      <button type="button" class="primary" part="button button-primary finish-button" @click=${onFinish}>${ctx.messages.finish}</button>
    </div>
  `;
}
