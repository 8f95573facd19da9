/**
 * The battery's own screens, one a function: the introduction (or, after a reload, whether to carry
 * on), the questionnaire being asked with the overall progress, and the thank-you. The element decides
 * which one shows and hands each what it needs.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Messages } from '../../i18n/messages.js';
import type { InstrumentDefinition } from '../../model/instrument.js';
import type { PersistMode } from '../../delivery/snapshot-store.js';
import type { StorageNotice } from '../internal/save-resume.js';
import { noticeView } from '../views/notice-view.js';
import { resumeView } from '../views/resume-view.js';
import { forwardTo } from './forward.js';

// the inner screeners' parts a practice can style through the battery (::part(question) etc.)
const EXPORTED_PARTS =
  'question, legend, option, item-error, section-lead, section-list, stem, instructions, button, button-primary, button-secondary, error-summary, error-link, attribution, safety, crisis-resources, quick-exit, exit-button, exit-hint';

export interface IntroScreen {
  heading: string;
  definitions: readonly InstrumentDefinition[];
  /** Each instrument's title in the client's language where a translation gives it, with its `lang` where it is not the page's. */
  titles: readonly { text: string; lang: string | undefined }[];
  /** Whether a gate may leave an instrument out ("up to 3 questionnaires"). */
  gated: boolean;
  experience: string | undefined;
  persist: PersistMode;
  notice: StorageNotice;
  /** A pass saved earlier is on offer: ask before anything else. */
  resumable: boolean;
  onStart(): void;
  onResume(): void;
  onRestart(): void;
}

/** What the questionnaires are, how long they take together, that the client may stop; or the resume question. */
export function introScreen(p: IntroScreen, m: Messages) {
  if (p.resumable) return resumeView(p.heading, m, p.onResume, p.onRestart);
  const minutes = p.definitions.reduce((sum, d) => sum + d.minutes, 0);
  const keeping = p.persist !== 'none' && p.notice !== 'unavailable';
  return html`
    ${noticeView(p.notice, m)}
    <section part="intro" aria-labelledby="title">
      <h2 id="title" tabindex="-1">${p.heading}</h2>
      ${p.experience ? html`<p>${m.introExperience(p.experience)}</p>` : nothing}
      <p>${m.batteryLength(p.definitions.length, minutes, p.gated)}</p>
      <ul part="instrument-list" aria-label=${m.batteryListLabel}>
        ${p.titles.map((t) => html`<li lang=${ifDefined(t.lang)}>${t.text}</li>`)}
      </ul>
      <p>${m.introStop}</p>
      ${keeping ? html`<p class="muted" part="persist-note">${m.persistNote(p.persist === 'local' ? 'local' : 'session')}</p>` : nothing}
      <div class="actions">
        <button type="button" class="primary" part="button button-primary start-button" @click=${p.onStart}>${m.start}</button>
      </div>
    </section>
  `;
}

export interface RunningScreen {
  /** The instrument being asked now. */
  id: string;
  /** Its place among those asked, from 1. */
  n: number;
  total: number;
  /** Every option the screener gets, already checked (one object, one path). */
  forwarded: Record<string, unknown>;
  /** The practice gave the battery a `crisis` slot: it is handed on to the screener. */
  crisisSlot: boolean;
  onComplete(event: Event): void;
}

/** The overall progress and the screener of the instrument being asked, a new one for each instrument. */
export function runningScreen(p: RunningScreen, m: Messages) {
  return html`
    <div class="progress" part="progress">
      <span>${m.batteryProgress(p.n, p.total)}</span>
      <progress max=${p.total} value=${p.n - 1} aria-hidden="true"></progress>
    </div>
    ${keyed(
      p.id,
      html`<attune-screener part="screener" exportparts=${EXPORTED_PARTS} instrument=${p.id} ${forwardTo(p.forwarded)} @attune-complete=${p.onComplete}>
        ${p.crisisSlot ? html`<slot name="crisis" slot="crisis"></slot>` : nothing}
      </attune-screener>`,
    )}
  `;
}

/**
 * The thank-you once every instrument asked is finished; with the support panel still beneath it when
 * any of them showed support in this pass (support, once shown, stays in view).
 */
export function doneScreen(m: Messages, { results, support }: { results: readonly { title: string; lang: string | undefined; body: unknown }[]; support: unknown }) {
  return html`
    <section part="results" aria-labelledby="title">
      <h2 id="title" tabindex="-1">${m.thanksTitle}</h2>
      <p>${m.batteryThanksBody}</p>
      ${results.map(({ title, lang, body }) => html`<section part="instrument-results"><h3 lang=${ifDefined(lang)}>${title}</h3>${body}</section>`)}
    </section>
    ${support}
  `;
}
