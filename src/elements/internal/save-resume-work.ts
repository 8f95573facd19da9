/**
 * Save and resume's work for one element (`persist="session|local"`): offers answers saved earlier
 * when a questionnaire loads, writes a snapshot after each render whose session changed (the
 * controller decides when; the element only shows a session), removes it on finishing, starting
 * again or leaving, and draws the screen that asks before resuming. Loaded (as
 * `client/save-resume-work.js`, which the script tag hints from `persist`) only by an element with
 * `persist` on, by its controller (save-resume.ts); the storage work itself (persistence.ts) loads
 * beside the script likewise, so a page that keeps nothing downloads none of either.
 */
import type { ReactiveControllerHost } from 'lit';
import type { FirstMessages } from '../../i18n/messages.js';
import type { AttuneError } from '../../model/attune-error.js';
import type { InstrumentDefinition } from '../../model/instrument.js';
import type { Session } from '../../session/session.js';
import { snapshotKey } from '../../session/snapshot.js';
import { clearStored } from './save-resume.js';
import type { PersistMode } from '../../delivery/snapshot-store.js';
import { resumeView } from '../views/resume-view.js';
import { loadPersistence } from './load-persistence.js';
import { missingFile } from './missing-file.js';
import type { SnapshotSlot, StorageNotice } from './persistence.js';

/** What the work reads from, and tells, its element (given by save-resume.ts's controller). */
export interface SaveResumeOptions {
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
  /** Saved answers were found: true when the element resumes them at once (its battery already asked), false to offer them. */
  accept(saved: Session): boolean;
}

/** The controller's work; the element's controller (save-resume.ts) calls each method as the element's lifecycle goes. */
export class SaveResumeWork {
  /** Saved answers found on load, offered to the client before anything is put back. */
  resumable?: Session;
  /** What the client is told about saving. */
  notice: StorageNotice;
  /** Settles once the look for saved answers is over. */
  restoring?: Promise<unknown>;
  private written?: Session;
  private slot?: SnapshotSlot;
  private loading?: Promise<SnapshotSlot | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SaveResumeOptions,
  ) {}

  hostDisconnected(): void {
    this.slot?.release();
  }

  hostUpdated(): void {
    const s = this.options.session();
    if (!s || s === this.written || s.stage === 'intro' || this.options.leaving() || this.options.mode() === 'none') return;
    this.written = s;
    if (this.slot) this.write(this.slot, s);
    // only the latest session is written once the storage module arrives
    else void this.withSlot().then((slot) => slot && this.written === s && this.write(slot, s));
  }

  /** A questionnaire was loaded afresh: looks for answers saved for it, to offer them. */
  offer(def: InstrumentDefinition): void {
    this.resumable = undefined;
    this.notice = undefined;
    if (this.options.mode() === 'none') {
      this.restoring = undefined;
      return;
    }
    this.restoring = this.withSlot()
      .then((slot) => slot?.restore(def))
      .then((found) => {
        // the client may already have started afresh, or another instrument arrived meanwhile
        const now = this.options.session();
        if (!found || now?.definition.id !== def.id || now.stage !== 'intro') return;
        if (found.session && this.options.accept(found.session)) return;
        this.resumable = found.session;
        this.show(found.notice);
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
    this.host.requestUpdate();
  }

  /**
   * Removes whatever this element stored (starting again, finishing, quick exit), at once: the quick
   * exit replaces the page right after, so this never waits for the storage module.
   */
  clear(def: InstrumentDefinition): void {
    this.resumable = undefined;
    if (this.slot) return this.slot.clear(def);
    clearStored(this.options.mode(), snapshotKey(def.id, this.options.scope()));
  }

  /** The screen asking whether to carry on with the saved answers. */
  resumeScreen(title: string, messages: FirstMessages, onResume: () => void, onRestart: () => void) {
    return resumeView(title, messages, onResume, onRestart);
  }

  private withSlot(): Promise<SnapshotSlot | undefined> {
    if (this.slot) return Promise.resolve(this.slot);
    this.loading ??= loadPersistence().then(
      (module) => (this.slot = module.snapshotSlot(this.options)),
      () => {
        // the next change tries again; meanwhile the client is told answers stay in memory only
        this.loading = undefined;
        this.options.report(missingFile('attune-persist.js', 'answers are kept in memory only'));
        this.show('unavailable');
        return undefined;
      },
    );
    return this.loading;
  }

  private write(slot: SnapshotSlot, s: Session): void {
    const notice = slot.save(s);
    if (!notice) return;
    this.show(notice);
    this.options.unavailable();
  }

  private show(notice: StorageNotice): void {
    this.notice = notice;
    this.host.requestUpdate();
  }
}
