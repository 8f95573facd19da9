/**
 * Checks a definition's parts against each other: every id that one part names must exist, ids must
 * be unique, bands must cover their scale, settings must contain their default. The shape of each
 * part is checked by the schema first; these checks run only on a well-shaped definition.
 */
import type * as z from 'zod/mini';
import type { Condition, InstrumentDefinition, Item, Threshold } from './instrument.js';

type Path = (string | number)[];
type Ctx = z.core.$RefinementCtx<InstrumentDefinition>;

/** Lowest and highest value an item can contribute to a scale. */
export function optionRange(item: Item): [number, number] {
  const values = item.options.map((o) => o.value);
  return [Math.min(...values), Math.max(...values)];
}

export function crossReferenceChecks(def: InstrumentDefinition, ctx: Ctx): void {
  const fail = (path: Path, message: string) => ctx.addIssue({ code: 'custom', message, path, input: def });
  const items = new Map(def.items.map((item) => [item.id, item]));
  const scales = new Set(def.scales.map((s) => s.id));
  const settings = new Map((def.settings ?? []).map((s) => [s.id, s]));

  const unique = (list: { id: string }[], key: string) => {
    const seen = new Set<string>();
    list.forEach((entry, i) => {
      if (seen.has(entry.id)) fail([key, i, 'id'], `duplicate id "${entry.id}"`);
      seen.add(entry.id);
    });
  };
  unique(def.items, 'items');
  unique(def.scales, 'scales');
  unique(def.rules ?? [], 'rules');
  unique(def.bands ?? [], 'bands');
  unique(def.settings ?? [], 'settings');
  unique(def.sections ?? [], 'sections');

  const itemRef = (path: Path, id: string) => {
    if (!items.has(id)) fail(path, `no item with id "${id}"`);
  };

  // Wording may be left out only where the licence forbids shipping it; a text pack then supplies it.
  const restricted = def.licence.status === 'restricted';
  const wordingRequired = 'required (only an instrument with licence status "restricted" leaves its wording out)';
  if (!restricted && def.timeframe === undefined) fail(['timeframe'], wordingRequired);
  def.items.forEach((item, i) => {
    if (!restricted && item.text === undefined) fail(['items', i, 'text'], wordingRequired);
    const values = item.options.map((o) => o.value);
    if (new Set(values).size !== values.length) fail(['items', i, 'options'], 'option values must be different from each other');
  });

  if (def.sections) {
    // Sections must list every item once, in the order of `items`, so form order has one source.
    const listed = def.sections.flatMap((s) => s.items);
    def.sections.forEach((s, si) => s.items.forEach((id, ii) => itemRef(['sections', si, 'items', ii], id)));
    const order = def.items.map((item) => item.id);
    if (listed.join('\n') !== order.join('\n')) fail(['sections'], 'sections must list every item exactly once, in the order of items');
  }

  (def.gates ?? []).forEach((gate, gi) => {
    itemRef(['gates', gi, 'item'], gate.item);
    gate.skips.forEach((id, si) => {
      itemRef(['gates', gi, 'skips', si], id);
      if (id === gate.item) fail(['gates', gi, 'skips', si], 'a gate cannot skip its own item');
    });
    const gateItem = items.get(gate.item);
    gate.closeOn.forEach((v, ci) => {
      if (gateItem && !gateItem.options.some((o) => o.value === v)) fail(['gates', gi, 'closeOn', ci], `${v} is not one of item "${gate.item}"'s option values`);
    });
  });

  def.scales.forEach((scale, si) => scale.items.forEach((id, ii) => itemRef(['scales', si, 'items', ii], id)));

  const threshold = (path: Path, t: Threshold) => {
    if (typeof t === 'object' && !settings.has(t.setting)) fail([...path, 'setting'], `no setting with id "${t.setting}"`);
  };
  const earlierRules = new Set<string>();
  const condition = (path: Path, c: Condition): void => {
    switch (c.type) {
      case 'count':
        c.items.forEach((id, i) => itemRef([...path, 'items', i], id));
        if (c.countAtLeast > c.items.length) fail([...path, 'countAtLeast'], `cannot exceed the number of items (${c.items.length})`);
        return;
      case 'scale':
        if (!scales.has(c.scale)) fail([...path, 'scale'], `no scale with id "${c.scale}"`);
        threshold([...path, 'atLeast'], c.atLeast);
        return;
      case 'rule':
        // only earlier rules, so rules can never refer to each other in a loop
        if (!earlierRules.has(c.rule)) fail([...path, 'rule'], `no earlier rule with id "${c.rule}"`);
        return;
      case 'not':
        condition([...path, 'of'], c.of);
        return;
      default:
        c.of.forEach((inner, i) => condition([...path, 'of', i], inner));
    }
  };
  (def.rules ?? []).forEach((rule, ri) => {
    condition(['rules', ri, 'when'], rule.when);
    earlierRules.add(rule.id);
  });

  (def.bands ?? []).forEach((band, bi) => {
    const scale = def.scales.find((s) => s.id === band.scale);
    if (!scale) return fail(['bands', bi, 'scale'], `no scale with id "${band.scale}"`);
    band.ranges.forEach((r, ri) => {
      if (r.from > r.to) fail(['bands', bi, 'ranges', ri], '"from" must not be above "to"');
      const prev = band.ranges[ri - 1];
      if (prev && r.from <= prev.to) fail(['bands', bi, 'ranges', ri, 'from'], 'ranges must not overlap and must go upwards');
    });
    if (scale.method === 'sum' && scale.items.every((id) => items.has(id))) {
      // integer sums: every possible score must fall in exactly one range
      const [lo, hi] = scale.items.reduce(
        ([a, b], id) => {
          const [l, h] = optionRange(items.get(id)!);
          return [a + l, b + h];
        },
        [0, 0],
      );
      for (let score = lo; score <= hi; score++) {
        if (!band.ranges.some((r) => r.from <= score && score <= r.to)) {
          fail(['bands', bi, 'ranges'], `score ${score} of scale "${scale.id}" falls in no range`);
          break;
        }
      }
    }
  });

  (def.settings ?? []).forEach((s, si) => {
    if (s.min > s.max) fail(['settings', si, 'min'], '"min" must not be above "max"');
    if (s.default < s.min || s.default > s.max) fail(['settings', si, 'default'], `must be between ${s.min} and ${s.max}`);
  });

  (def.safety ?? []).forEach((s, si) => itemRef(['safety', si, 'item'], s.item));

  unique(def.plots ?? [], 'plots');
  (def.plots ?? []).forEach((plot, pi) => {
    for (const axis of ['x', 'y'] as const) {
      const scale = def.scales.find((s) => s.id === plot[axis]);
      if (!scale) fail(['plots', pi, axis], `no scale with id "${plot[axis]}"`);
      else if (scale.method !== 'mean') fail(['plots', pi, axis], `scale "${scale.id}" must be a mean, so that both axes share the items' response scale`);
    }
  });
}
