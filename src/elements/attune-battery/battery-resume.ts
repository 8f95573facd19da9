/**
 * Save and resume for a battery (`persist="session|local"`): which instruments are finished, kept
 * after each one, offered back after a reload ("Carry on where I left off"), and removed on finishing,
 * "Start again" or the quick exit. The instrument in progress keeps its own answers, as a screener does,
 * under a storage key the battery gives it (innerScope), and resumes without asking a second time.
 * Stored text is untrusted: it is checked by the lazily loaded validator and every finished instrument
 * is re-scored; a snapshot that cannot be used is removed and the client told once.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Settings } from '../../model/answers.js';
import { AttuneError } from '../../model/attune-error.js';
import type { InstrumentDefinition } from '../../model/instrument.js';
import type { SubmittedCompletion } from '../../model/submission.js';
import { batterySnapshotKey, innerScope, toBatterySnapshot } from '../../session/battery-snapshot.js';
import { snapshotKey } from '../../session/snapshot.js';
import { browserStorage, snapshotStore, type PersistMode, type SnapshotStore } from '../../delivery/snapshot-store.js';
import { loadValidator } from '../internal/load-validator.js';
import type { StorageNotice } from '../internal/save-resume.js';

interface Options {
  mode(): PersistMode;
  /** The practice's `storage-key`, or else the element's id. */
  scope(): string | undefined;
  report(error: AttuneError): void;
}

export class BatteryResumeController {
  /** Finished instruments found on load, offered to the client before anything is put back. */
  resumable?: SubmittedCompletion[];
  notice: StorageNotice;
  /** Settles once the look for a saved pass is over. */
  restoring?: Promise<unknown>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: Options,
  ) {}

  private store(): SnapshotStore | undefined {
    const mode = this.options.mode();
    return mode === 'none' ? undefined : snapshotStore(browserStorage(mode), batterySnapshotKey(this.options.scope()));
  }

  /** The `storage-key` for the screener the battery runs. */
  get innerStorageKey(): string {
    return innerScope(this.options.scope());
  }

  /** The battery's instruments are loaded: looks for a pass saved earlier, to offer it. */
  offer(definitions: readonly InstrumentDefinition[], settingsFor: (id: string) => Settings): void {
    this.resumable = undefined;
    this.notice = undefined;
    const store = this.store();
    const read = store?.read();
    if (!store || !read) return void (this.restoring = undefined);
    if (!read.ok) {
      this.options.report(new AttuneError('storage-unavailable', `Answers cannot be saved: ${this.options.mode()}Storage is not available in this browser.`));
      return this.show('unavailable');
    }
    const text = read.value;
    if (text === null) return void (this.restoring = undefined);
    this.restoring = loadValidator().then(
      (v) => {
        const outcome = v.readBatterySnapshot(definitions, text, settingsFor);
        if (outcome.ok) {
          this.resumable = outcome.completions;
          return this.host.requestUpdate();
        }
        this.clear(definitions.map((d) => d.id));
        this.options.report(new AttuneError('invalid-stored-state', `Saved answers were not used (${outcome.problem}): ${outcome.detail}`));
        this.show('restore-failed');
      },
      (error: unknown) => {
        this.options.report(new AttuneError('unavailable', `Saved answers could not be checked: the validator (attune-validate.js) did not load: ${String(error)}`));
        this.show('restore-failed');
      },
    );
  }

  /** Keeps the pass: the instruments and every one finished. */
  save(instruments: readonly string[], completions: readonly SubmittedCompletion[]): void {
    const outcome = this.store()?.write(JSON.stringify(toBatterySnapshot(instruments, completions)));
    if (outcome && !outcome.ok && !this.notice) {
      this.options.report(
        new AttuneError(
          'storage-unavailable',
          `Answers cannot be saved: ${this.options.mode()}Storage is ${outcome.problem === 'full' ? 'full' : 'not available'} in this browser. They are kept in memory only.`,
        ),
      );
      this.show('unavailable');
    }
  }

  /** "Carry on where I left off": the finished instruments, no longer on offer. */
  take(): SubmittedCompletion[] {
    const saved = this.resumable ?? [];
    this.resumable = undefined;
    this.host.requestUpdate();
    return saved;
  }

  /**
   * Removes the battery's snapshot and each of its screeners' (finishing, "Start again", the quick
   * exit), at once: the quick exit replaces the page right after.
   */
  clear(instrumentIds: readonly string[]): void {
    this.resumable = undefined;
    const mode = this.options.mode();
    if (mode === 'none') return;
    this.store()?.remove();
    for (const id of instrumentIds) snapshotStore(browserStorage(mode), snapshotKey(id, this.innerStorageKey)).remove();
  }

  private show(notice: StorageNotice): void {
    this.notice = notice;
    this.host.requestUpdate();
  }
}
