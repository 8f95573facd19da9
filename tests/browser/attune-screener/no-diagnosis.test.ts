// The client never reads a diagnosis: every built-in instrument's results, in `summary` and `full`,
// for several answer patterns, show no rule label, no rule outcome ("Met"), no raw band id, no
// cutoff, and no "diagnos" except the sentence saying this is not a diagnosis.
import { expect, html, oneEvent } from '@open-wc/testing';
import { builtInIds } from '../../../src/instruments/registry.js';
import { enFinish } from '../../../src/i18n/en-finish.js';
import { iesTextPack } from '../examples/screener.js';
import { mount, part, parts, type Screener } from '../helpers.js';

type Pattern = (index: number, values: number[]) => number;
const patterns: Record<string, Pattern> = {
  lowest: (_, v) => v[0]!,
  highest: (_, v) => v[v.length - 1]!,
  alternating: (i, v) => (i % 2 ? v[v.length - 1]! : v[0]!),
  middle: (_, v) => v[Math.floor(v.length / 2)]!,
  rising: (i, v) => v[i % v.length]!,
};

/** Answers every question shown by the pattern, again as gates open more, then finishes. */
async function complete(el: Screener, pattern: Pattern) {
  const answered = new Set<string>();
  for (let round = 0; round < 5; round++) {
    const open = parts(el, 'question').filter((f) => !answered.has(f.id));
    if (!open.length) break;
    for (const fieldset of open) {
      const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      const values = inputs.map((i) => Number(i.value));
      const value = pattern(answered.size, values);
      inputs.find((i) => Number(i.value) === value)!.click();
      answered.add(fieldset.id);
      await el.updateComplete;
    }
  }
  setTimeout(() => part(el, 'finish-button')!.click());
  await oneEvent(el, 'attune-complete');
  await el.updateComplete;
}

describe('no diagnosis on any client screen', () => {
  for (const id of builtInIds) {
    for (const policy of ['summary', 'full'] as const) {
      it(`${id}, results="${policy}", every answer pattern`, async () => {
        const textPack = id === 'ies-r' ? await iesTextPack() : undefined;
        for (const [name, pattern] of Object.entries(patterns)) {
          const el = await mount(html`<attune-screener instrument=${id} results=${policy} .textPack=${textPack}></attune-screener>`);
          part(el, 'start-button')!.click();
          await el.updateComplete;
          await complete(el, pattern);
          const def = el.instrumentDefinition!;
          const shown = part(el, 'results')!.textContent.replace(/\s+/g, ' ');
          const where = `${id} ${policy} ${name}`;
          expect(shown, where).to.contain(enFinish.notADiagnosis);
          for (const rule of def.rules ?? []) expect(shown, `${where}: rule label`).to.not.contain(rule.label);
          for (const band of def.bands ?? []) for (const range of band.ranges) expect(shown, `${where}: band ${range.label}`).to.not.match(new RegExp(`\\b${range.label}\\b`, 'i'));
          for (const setting of def.settings ?? []) expect(shown, `${where}: setting`).to.not.contain(setting.label);
          expect(shown, `${where}: an outcome`).to.not.match(/\b(Met|Not met|Provisional|provisional|cutoff|PTSD|DSM|ICD)\b/);
          expect(shown.replace(enFinish.notADiagnosis, ''), `${where}: diagnos`).to.not.match(/diagnos/i);
          if (policy === 'full') {
            // every number is explained: each score is a sentence with its questions and range
            for (const li of parts(el, 'scores').flatMap((ul) => [...ul.querySelectorAll('li')])) {
              expect(li.textContent, where).to.match(/^\s*(Your answers to questions .+ (add up to|average) .+, on a range of .+ to .+\.)\s*$/);
            }
          }
          el.remove();
        }
      });
    }
  }
});
