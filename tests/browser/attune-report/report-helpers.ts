// What a report test needs to read the report as a clinician would: its tables' rows, and a report of
// some completions.
import { fixture, html } from '@open-wc/testing';
import '../../../src/define-report.js';
import type { AttuneReport } from '../../../src/define-report.js';
import { score, type Answers, type Completion, type InstrumentDefinition } from '../../../src/core.js';

export const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
export const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
export const q = <T extends Element = HTMLElement>(el: AttuneReport, sel: string) => el.shadowRoot!.querySelector<T>(sel);
export const qa = <T extends Element = HTMLElement>(root: ParentNode, sel: string) => [...root.querySelectorAll<T>(sel)];
/** A table's body rows, each as the text of its cells. */
export const rows = (table: Element | null) => qa(table!, 'tbody tr').map((tr) => qa(tr, 'th, td').map((c) => clean(c.textContent)));

export async function report(completions: Completion[], definition?: unknown): Promise<AttuneReport> {
  const el = await fixture<AttuneReport>(html`<attune-report .results=${completions} .definition=${definition}></attune-report>`);
  await el.ready;
  return el;
}

/** A completion scored as the core scores it. */
export const complete = (def: InstrumentDefinition, answers: Answers, completedAt?: string): Completion => ({ result: score(def, answers), answers, completedAt });
