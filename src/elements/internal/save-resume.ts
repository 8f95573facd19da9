import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AttuneError } from '../../model/attune-error.js';
import type { InstrumentDefinition } from '../../model/instrument.js';
import type { Session } from '../../session/session.js';
import { serialiseSnapshot, snapshotKey } from '../../session/snapshot.js';
import { browserStorage, snapshotStore, type PersistMode, type SnapshotStore } from '../../session/snapshot-store.js';
import { loadValidator } from './load-validator.js';

/** What the client is told about saving: nothing, a snapshot that could not be used, or storage that cannot be used. */
export type StorageNotice = 'restore-failed' | 'unavailable' | undefined;

export interface RestoreFound {
  session?: Session;
  notice: StorageNotice;
}

// Keys in use by connected elements on this page: two elements writing one key would overwrite each
// other's answers, so the second is refused (and told how to fix it) instead.
const claimed = new Map<string, object>();

interface Options {
  mode(): PersistMode;
  /** The practice's `storage-key`, or else the element's id. */
  scope(): string | undefined;
  report(error: AttuneError): void;
  /** The session the element shows now: written after every render that changed it. */
  session(): Session | undefined;
  /** The client has left (quick exit): nothing more is written. */
  leaving(): boolean;
  /** A write failed mid-questionnaire: the client is told (the notice itself is on the introduction). */
  unavailable(): void;
}

/**
 * Save and resume for one element: offers a stored snapshot when a questionnaire loads, writes one
 * after each render whose session changed (the controller decides when, the element only shows a
 * session), removes it on finishing, starting again or leaving. Storage problems become a notice for
 * the client and an `attune-error` for the host, never an exception; what is in memory is never touched.
 */
export class SaveResumeController implements ReactiveController {
  /** Saved answers found on load, offered to the client before anything is put back. */
  resumable?: Session;
  /** What the client is told about saving. */
  notice: StorageNotice;
  /** Settles once the look for saved answers is over. */
  restoring?: Promise<unknown>;
  private written?: Session;
  private store?: SnapshotStore;
  private key?: string;
  private writeFailed = false;
  /** A key another element already holds: refused once, reported once. */
  private refused?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: Options,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostUpdated(): void {
    // every change of a session in progress is saved at once; finishing removes the snapshot
    const s = this.options.session();
    if (!s || s === this.written || s.stage === 'intro' || this.options.leaving()) return;
    this.written = s;
    const notice = this.save(s);
    if (!notice) return;
    this.show(notice);
    this.options.unavailable();
  }

  /** A questionnaire was loaded afresh: looks for answers saved for it, to offer them. */
  offer(def: InstrumentDefinition): void {
    this.resumable = undefined;
    this.notice = undefined;
    if (this.options.mode() === 'none') {
      this.restoring = undefined;
      return;
    }
    this.restoring = this.restore(def).then(({ session: saved, notice }) => {
      // the client may already have started afresh, or another instrument arrived meanwhile
      const now = this.options.session();
      if (now?.definition.id !== def.id || now.stage !== 'intro') return;
      this.resumable = saved;
      this.show(notice);
    });
  }

  /** "Carry on where I left off": the saved session, no longer on offer. */
  take(): Session | undefined {
    const saved = this.resumable;
    this.resumable = undefined;
    this.host.requestUpdate();
    return saved;
  }

  /** "Start again": the saved answers are removed. */
  discard(): void {
    if (this.resumable) this.clear(this.resumable.definition);
    this.resumable = undefined;
    this.host.requestUpdate();
  }

  private show(notice: StorageNotice): void {
    this.notice = notice;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.release();
  }

  private release(): void {
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
        new AttuneError('invalid-attribute', `Two screeners on this page would save ${def.id} answers in the same place; set a different storage-key (or id) on each. Answers of this one are not saved.`),
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
  private async restore(def: InstrumentDefinition): Promise<RestoreFound> {
    const store = this.open(def);
    if (!store) return { notice: undefined };
    const read = store.read();
    if (!read.ok) {
      this.options.report(new AttuneError('storage-unavailable', `Answers cannot be saved: ${this.options.mode()}Storage is ${read.problem === 'full' ? 'full' : 'not available'} in this browser.`));
      return { notice: 'unavailable' };
    }
    if (read.value === null) return { notice: undefined };
    let outcome;
    try {
      outcome = (await loadValidator()).readSnapshot(def, read.value);
    } catch (error) {
      this.options.report(new AttuneError('unavailable', `Saved answers could not be checked: the validator (attune-validate.js) did not load: ${String(error)}`));
      return { notice: 'restore-failed' };
    }
    if (outcome.ok) return { session: outcome.session, notice: undefined };
    store.remove();
    this.options.report(new AttuneError('invalid-stored-state', `Saved answers were not used (${outcome.problem}): ${outcome.detail}`));
    return { notice: 'restore-failed' };
  }

  /** Keeps a session in progress; removes the snapshot once there is nothing to resume. Returns a notice the first time a write fails. */
  private save(s: Session): StorageNotice {
    const store = this.open(s.definition);
    if (!store) return undefined;
    const text = serialiseSnapshot(s);
    const outcome = text === undefined ? store.remove() : store.write(text);
    if (outcome.ok || this.writeFailed) return undefined;
    this.writeFailed = true;
    this.options.report(new AttuneError('storage-unavailable', `Answers cannot be saved: ${this.options.mode()}Storage is ${outcome.problem === 'full' ? 'full' : 'not available'} in this browser. They are kept in memory only.`));
    return 'unavailable';
  }

  /** Removes whatever this element stored (starting again, finishing, quick exit); nothing is offered any more. */
  clear(def: InstrumentDefinition): void {
    this.open(def)?.remove();
    this.resumable = undefined;
  }
}
