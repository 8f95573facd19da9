/**
 * Save and resume's storage work, loaded only by elements with `persist="session|local"` (the
 * script-tag build loads `attune-persist.js` from beside the script): reading and validating a stored
 * snapshot, writing one after each change, and refusing a second element that would write to the
 * same key. Storage problems become a notice and an `AttuneError` to report, never an exception;
 * what is in memory is never touched. The controller that decides when to call this is
 * save-resume.ts, part of the script.
 */
import { AttuneError } from '../../model/attune-error.js';
import type { InstrumentDefinition } from '../../model/instrument.js';
import type { Settings } from '../../model/answers.js';
import type { SubmittedCompletion } from '../../model/submission.js';
import { batterySnapshotKey, toBatterySnapshot } from '../../session/battery-snapshot.js';
import type { Session } from '../../session/session.js';
import { serialiseSnapshot, snapshotKey } from '../../session/snapshot.js';
import { browserStorage, snapshotStore, type PersistMode, type SnapshotStore, type StorageProblem } from '../../delivery/snapshot-store.js';
import { loadValidator } from './load-validator.js';

type Validator = Awaited<ReturnType<typeof loadValidator>>;

/** What the client is told about saving: nothing, a snapshot that could not be used, or storage that cannot be used. */
export type StorageNotice = 'restore-failed' | 'unavailable' | undefined;

export interface RestoreFound {
  session?: Session;
  notice: StorageNotice;
}

/** What a slot needs from its element. */
export interface SlotOptions {
  mode(): PersistMode;
  /** The practice's `storage-key`, or else the element's id. */
  scope(): string | undefined;
  report(error: AttuneError): void;
}

// Keys in use by connected elements on this page: two elements writing one key would overwrite each
// other's answers, so the second is refused (and told how to fix it) instead.
const claimed = new Map<string, object>();

/** One element's place in storage. */
export class SnapshotSlot {
  private store?: SnapshotStore;
  private key?: string;
  private writeFailed = false;
  /** A key another element already holds: refused once, reported once. */
  private refused?: string;

  constructor(private readonly options: SlotOptions) {}

  /** The element left the page: its key is free for another. */
  release(): void {
    if (this.key && claimed.get(this.key) === this) claimed.delete(this.key);
    this.store = undefined;
    this.key = undefined;
  }

  /** Opens the store for a definition (or closes it when persistence is off). */
  private open(def: InstrumentDefinition): SnapshotStore | undefined {
    const mode = this.options.mode();
    const key = mode === 'none' ? undefined : `${mode}:${snapshotKey(def.id, this.options.scope())}`;
    if (key === this.key) return this.store;
    this.release();
    this.writeFailed = false;
    if (!key || mode === 'none') return undefined;
    const owner = claimed.get(key);
    if (owner && owner !== this) {
      if (this.refused === key) return undefined;
      this.refused = key;
      this.options.report(
        new AttuneError(
          'invalid-attribute',
          `Two screeners on this page would save ${def.id} answers in the same place; set a different storage-key (or id) on each. Answers of this one are not saved.`,
        ),
      );
      return undefined;
    }
    claimed.set(key, this);
    this.key = key;
    this.store = snapshotStore(browserStorage(mode), key.slice(mode.length + 1));
    return this.store;
  }

  /**
   * Looks for answers saved earlier. Resolves with the whole session to offer, or a notice; a snapshot
   * that cannot be used is removed, so the client is told once and starts afresh.
   */
  async restore(def: InstrumentDefinition): Promise<RestoreFound> {
    const store = this.open(def);
    if (!store) return { notice: undefined };
    const { value, notice } = await readStored(store, this.options, (v, text) => {
      const outcome = v.readSnapshot(def, text);
      return outcome.ok ? { ok: true, value: outcome.session } : outcome;
    });
    return { session: value, notice };
  }

  /** Keeps a session in progress; removes the snapshot once there is nothing to resume. Returns a notice the first time a write fails. */
  save(s: Session): StorageNotice {
    const store = this.open(s.definition);
    if (!store) return undefined;
    const text = serialiseSnapshot(s);
    const outcome = text === undefined ? store.remove() : store.write(text);
    if (outcome.ok || this.writeFailed) return undefined;
    this.writeFailed = true;
    this.options.report(cannotSave(this.options.mode(), outcome.problem, { keptInMemory: true }));
    return 'unavailable';
  }

  /** Removes whatever this element stored (starting again, finishing, quick exit). */
  clear(def: InstrumentDefinition): void {
    this.open(def)?.remove();
  }
}

type Checked<T> = { ok: true; value: T } | { ok: false; problem: string; detail: string };

/**
 * Reads what a store holds and has the lazily loaded validator check it: the value to offer, or a
 * notice for the client (and the reason for the host). What cannot be used is removed, so the client
 * is told once and starts afresh.
 */
async function readStored<T>(store: SnapshotStore, options: SlotOptions, check: (validator: Validator, text: string) => Checked<T>): Promise<{ value?: T; notice: StorageNotice }> {
  const read = store.read();
  if (!read.ok) {
    options.report(cannotSave(options.mode(), read.problem, { keptInMemory: false }));
    return { notice: 'unavailable' };
  }
  if (read.value === null) return { notice: undefined };
  let outcome: Checked<T>;
  try {
    outcome = check(await loadValidator(), read.value);
  } catch (error) {
    options.report(new AttuneError('unavailable', `Saved answers could not be checked: the validator (attune-validate.js) did not load: ${String(error)}`));
    return { notice: 'restore-failed' };
  }
  if (outcome.ok) return { value: outcome.value, notice: undefined };
  store.remove();
  options.report(new AttuneError('invalid-stored-state', `Saved answers were not used (${outcome.problem}): ${outcome.detail}`));
  return { notice: 'restore-failed' };
}

/** Storage the browser refuses, or that is full: what the host is told. */
function cannotSave(mode: PersistMode, problem: StorageProblem, { keptInMemory }: { keptInMemory: boolean }): AttuneError {
  const why = `${mode}Storage is ${problem === 'full' ? 'full' : 'not available'} in this browser.`;
  return new AttuneError('storage-unavailable', `Answers cannot be saved: ${why}${keptInMemory ? ' They are kept in memory only.' : ''}`);
}

/** A slot for one element. */
export function snapshotSlot(options: SlotOptions): SnapshotSlot {
  return new SnapshotSlot(options);
}

/** What a battery's snapshot found on load: the finished instruments to offer, or a notice. */
export interface BatteryRestoreFound {
  completions?: SubmittedCompletion[];
  notice: StorageNotice;
}

/**
 * A battery's place in storage: which of its instruments are finished (answers only, re-scored on
 * reading). The instrument in progress keeps its own snapshot through its screener's slot.
 */
export class BatterySlot {
  private writeFailed = false;

  constructor(private readonly options: SlotOptions) {}

  private store(): SnapshotStore | undefined {
    const mode = this.options.mode();
    return mode === 'none' ? undefined : snapshotStore(browserStorage(mode), batterySnapshotKey(this.options.scope()));
  }

  /** Looks for a pass saved earlier; one that cannot be used is removed, so the client is told once. */
  async restore(definitions: readonly InstrumentDefinition[], settingsFor: (id: string) => Settings): Promise<BatteryRestoreFound> {
    const store = this.store();
    if (!store) return { notice: undefined };
    const { value, notice } = await readStored(store, this.options, (v, text) => {
      const outcome = v.readBatterySnapshot(definitions, text, settingsFor);
      return outcome.ok ? { ok: true, value: outcome.completions } : outcome;
    });
    return { completions: value, notice };
  }

  /** Keeps the pass; returns a notice the first time a write fails. */
  save(instruments: readonly string[], completions: readonly SubmittedCompletion[]): StorageNotice {
    const outcome = this.store()?.write(JSON.stringify(toBatterySnapshot(instruments, completions)));
    if (!outcome || outcome.ok || this.writeFailed) return undefined;
    this.writeFailed = true;
    this.options.report(cannotSave(this.options.mode(), outcome.problem, { keptInMemory: true }));
    return 'unavailable';
  }
}

/** A slot for one battery. */
export function batterySlot(options: SlotOptions): BatterySlot {
  return new BatterySlot(options);
}
