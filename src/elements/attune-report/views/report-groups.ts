/**
 * What the report is given, checked and put in order: completions grouped by instrument (in the order
 * each first appears), oldest first, each with the definition it was scored with. Checked by hand
 * rather than with zod, which would more than double the script-tag bundle; a completion that does
 * not fit becomes a located problem, and the rest still render.
 */
import type { Answers } from '../../../model/answers.js';
import { AttuneError, isAttuneError, type Problem } from '../../../model/attune-error.js';
import type { InstrumentDefinition } from '../../../model/instrument.js';
import type { Result } from '../../../model/result.js';

export interface ReportEntry {
  result: Result;
  answers: Answers;
  completedAt?: Date | undefined;
  /** The formatted time, or "Completion 2" when the completions carry no time. */
  label: string;
  /** The same, shorter, for a chart's axis: the date alone. */
  shortLabel: string;
}

export interface ReportGroup {
  definition: InstrumentDefinition;
  /** Oldest first; the last is the most recent. */
  entries: ReportEntry[];
}

export interface GroupedCompletions {
  groups: ReportGroup[];
  problems: AttuneError[];
}

/**
 * Each instrument the completions name, with each language its completions were answered in
 * (`id@es-US`; `id@` when a result names none), in the order first named, so the report can load the
 * wording each client saw first (those too malformed to name an instrument are left to
 * `groupCompletions` to report).
 */
export function wordingsOf(completions: readonly unknown[]): string[] {
  const keys = new Set<string>();
  for (const input of completions) {
    const result = isObject(input) && isObject(input.result) ? input.result : undefined;
    const id = result && isObject(result.instrument) ? result.instrument.id : undefined;
    if (typeof id === 'string') keys.add(`${id}@${typeof result!.language === 'string' ? result!.language : ''}`);
  }
  return [...keys];
}

/**
 * @param definitionFor the definition results of an instrument id are shown with; an `AttuneError`
 *   when it could not be had (reported for that result); undefined for an id nothing defines
 * @param knownIds the built-in ids, named when a result's instrument is unknown
 */
export function groupCompletions(
  completions: readonly unknown[],
  definitionFor: (id: string) => InstrumentDefinition | AttuneError | undefined,
  knownIds: readonly string[],
  formatDate: (date: Date) => string,
  formatShortDate: (date: Date) => string,
  completionN: (n: number) => string,
): GroupedCompletions {
  const problems: AttuneError[] = [];
  const byId = new Map<string, { definition: InstrumentDefinition; entries: Omit<ReportEntry, 'label' | 'shortLabel'>[] }>();
  completions.forEach((input, index) => {
    const shapeProblems = completionProblems(input, `results[${index}]`);
    if (shapeProblems.length) return problems.push(new AttuneError('invalid-result', `Result ${index + 1} is not a result with its answers.`, shapeProblems));
    const { result, answers, completedAt } = input as { result: Result; answers: Answers; completedAt?: string | Date };
    const { id, version } = result.instrument;
    const def = definitionFor(id);
    if (isAttuneError(def)) return problems.push(def);
    if (!def)
      return problems.push(
        new AttuneError(
          'unknown-instrument',
          `Result ${index + 1} is for "${id}", which is not a built-in instrument (${knownIds.join(', ')}); pass its definition in the definition property.`,
        ),
      );
    if (def.version !== version)
      return problems.push(new AttuneError('invalid-result', `Result ${index + 1} was scored with ${id} version ${version}, but the definition here is version ${def.version}.`));
    const date = completedAt === undefined ? undefined : new Date(completedAt);
    if (date && Number.isNaN(date.getTime()))
      return problems.push(
        new AttuneError('invalid-result', `Result ${index + 1} has a completedAt that is not a date.`, [
          { path: `results[${index}].completedAt`, message: 'expected an ISO 8601 date-time or a Date' },
        ]),
      );
    const group = byId.get(id) ?? { definition: def, entries: [] };
    group.entries.push({ result, answers, completedAt: date });
    byId.set(id, group);
  });
  const groups = [...byId.values()].map(({ definition: def, entries }) => {
    const timed = entries.every((e) => e.completedAt);
    const ordered = timed ? [...entries].sort((a, b) => a.completedAt!.getTime() - b.completedAt!.getTime()) : entries;
    return {
      definition: def,
      entries: ordered.map((e, i) => ({
        ...e,
        label: timed ? formatDate(e.completedAt!) : completionN(i + 1),
        shortLabel: timed ? formatShortDate(e.completedAt!) : completionN(i + 1),
      })),
    };
  });
  return { groups, problems };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRecordOf = (v: unknown, ok: (x: unknown) => boolean) => isObject(v) && Object.values(v).every(ok);
const isNumber = (x: unknown) => typeof x === 'number' && Number.isFinite(x);

function completionProblems(input: unknown, at: string): Problem[] {
  if (!isObject(input)) return [{ path: at, message: 'expected { result, answers, completedAt? }' }];
  const problems: Problem[] = [];
  const need = (ok: boolean, path: string, message: string) => ok || problems.push({ path: `${at}.${path}`, message });
  const r = input.result;
  if (!isObject(r)) return [{ path: `${at}.result`, message: 'expected a result object' }];
  need(isObject(r.instrument) && typeof r.instrument.id === 'string' && typeof r.instrument.version === 'string', 'result.instrument', 'expected { id, version }');
  need(r.status === 'complete' || r.status === 'incomplete', 'result.status', 'expected "complete" or "incomplete"');
  need(Array.isArray(r.missing) && r.missing.every((x) => typeof x === 'string'), 'result.missing', 'expected a list of item ids');
  need(
    isRecordOf(r.scales, (x) => x === null || isNumber(x)),
    'result.scales',
    'expected numbers or null by scale id',
  );
  need(
    isRecordOf(r.rules, (x) => x === null || typeof x === 'boolean'),
    'result.rules',
    'expected true, false or null by rule id',
  );
  need(
    isRecordOf(r.bands, (x) => x === null || typeof x === 'string'),
    'result.bands',
    'expected labels or null by band id',
  );
  need(Array.isArray(r.flags) && r.flags.every((x) => typeof x === 'string'), 'result.flags', 'expected a list of flags');
  need(isRecordOf(r.settings, isNumber), 'result.settings', 'expected numbers by setting id');
  need(isRecordOf(input.answers, isNumber), 'answers', 'expected option values by item id');
  const when = input.completedAt;
  need(when === undefined || typeof when === 'string' || when instanceof Date, 'completedAt', 'expected an ISO 8601 date-time or a Date');
  return problems;
}
