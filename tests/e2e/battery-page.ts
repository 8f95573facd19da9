// Driving a battery on a practice's page in Chromium, as a client does: which questionnaire it asks
// now, and choosing answers in it.
import type { Page } from 'playwright-core';

/** The id of the instrument the battery is asking now, once its questions show. */
export async function asking(page: Page): Promise<string> {
  await page.locator('attune-battery attune-screener [part~="question"]').first().waitFor();
  return page.evaluate(
    () => (document.querySelector('attune-battery')!.shadowRoot!.querySelector('attune-screener') as unknown as { instrumentDefinition: { id: string } }).instrumentDefinition.id,
  );
}

/** Chooses answers in the screener the battery is running, as a client clicks them. */
export async function answer(page: Page, values: Record<string, number>) {
  await page.evaluate((chosen) => {
    const screener = document.querySelector('attune-battery')!.shadowRoot!.querySelector('attune-screener')!;
    for (const [id, value] of Object.entries(chosen)) {
      [...screener.shadowRoot!.querySelectorAll<HTMLInputElement>(`#question-${CSS.escape(id)} input`)].find((i) => Number(i.value) === value)!.click();
    }
  }, values);
}

/** `{ '1': value(1), …, 'n': value(n) }`: answers to questions 1 to n. */
export const range = (n: number, value: (i: number) => number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i + 1), value(i + 1)]));
