/**
 * Save and resume for a battery (`persist="session|local"`): which instruments are finished, kept
 * after each one, offered back after a reload ("Carry on where I left off"), and removed on finishing,
 * "Start again" or the quick exit. The instrument in progress keeps its own answers, as a screener does,
 * under a storage key the battery gives it (innerScope), and resumes without asking a second time.
 * The storage work itself (persistence.ts) loads beside the script only when `persist` is on; stored
 * text is checked by the lazily loaded validator and every finished instrument re-scored.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Settings } from '../../model/answers.js';
import type { AttuneError } from '../../model/attune-error.js';
import type { InstrumentDefinition } from '../../model/instrument.js';
import type { SubmittedCompletion } from '../../model/submission.js';
import { batterySnapshotKey, innerScope } from '../../session/battery-snapshot.js';
import { snapshotKey } from '../../session/snapshot.js';
import { browserStorage, snapshotStore, type PersistMode } from '../../delivery/snapshot-store.js';
import { loadPersistence } from '../internal/load-persistence.js';
import { missingFile } from '../internal/missing-file.js';
import type { BatterySlot, StorageNotice } from '../internal/persistence.js';

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
  private slot?: Promise<BatterySlot | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: Options,
  ) {}

  /** The `storage-key` for the screener the battery runs. */
  get innerStorageKey(): string {
    return innerScope(this.options.scope());
  }

  /** The battery's instruments are loaded: looks for a pass saved earlier, to offer it. */
  offer(definitions: readonly InstrumentDefinition[], settingsFor: (id: string) => Settings): void {
    this.resumable = undefined;
    this.notice = undefined;
    if (this.options.mode() === 'none') return void (this.restoring = undefined);
    this.restoring = this.withSlot()
      .then((slot) => slot?.restore(definitions, settingsFor))
      .then((found) => {
        if (!found) return;
        this.resumable = found.completions;
        this.show(found.notice);
      });
  }

  /** Keeps the pass: the instruments and every one finished. */
  save(instruments: readonly string[], completions: readonly SubmittedCompletion[]): void {
    if (this.options.mode() === 'none') return;
    void this.withSlot().then((slot) => {
      const notice = slot?.save(instruments, completions);
      if (notice) this.show(notice);
    });
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
   * exit), at once: the quick exit replaces the page right after, so this never waits for a module.
   */
  clear(instrumentIds: readonly string[]): void {
    this.resumable = undefined;
    const mode = this.options.mode();
    if (mode === 'none') return;
    for (const key of [batterySnapshotKey(this.options.scope()), ...instrumentIds.map((id) => snapshotKey(id, this.innerStorageKey))])
      snapshotStore(browserStorage(mode), key).remove();
  }

  private withSlot(): Promise<BatterySlot | undefined> {
    this.slot ??= loadPersistence().then(
      (module) => module.batterySlot(this.options),
      () => {
        // the next try loads again; meanwhile the client is told answers stay in memory only
        this.slot = undefined;
        this.options.report(missingFile('attune-persist.js', 'answers are kept in memory only'));
        this.show('unavailable');
        return undefined;
      },
    );
    return this.slot;
  }

  private show(notice: StorageNotice): void {
    this.notice = notice;
    this.host.requestUpdate();
  }
}
