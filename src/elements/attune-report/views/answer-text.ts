import type { Item } from '../../../model/instrument.js';

/** The chosen option as the client saw it, with its value: "Several days (1)"; an unlabelled point is its number. */
export function answerText(item: Item, value: number): string {
  const label = item.options.find((o) => o.value === value)?.label;
  return label ? `${label} (${value})` : String(value);
}
