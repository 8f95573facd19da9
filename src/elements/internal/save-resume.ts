/**
 * Save and resume for one element (`persist="session|local"`), as the element sees it: what was found
 * to resume, what the client is told about saving, and when saved answers are removed. Its work
 * (save-resume-work.ts, with the resume screen) and the storage work (persistence.ts) load beside the
 * script only when `persist` is on, so a page that keeps nothing downloads none of it; removing what
 * was stored never waits for either (the quick exit replaces the page right after).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FirstMessages } from '../../i18n/messages.js';
import type { InstrumentDefinition } from '../../model/instrument.js';
import type { Session } from '../../session/session.js';
import { snapshotKey } from '../../session/snapshot.js';
import type { PersistMode } from '../../delivery/snapshot-store.js';
import { missingFile } from './missing-file.js';
import type { StorageNotice } from './persistence.js';
import type { SaveResumeOptions, SaveResumeWork } from './save-resume-work.js';

export type { StorageNotice } from './persistence.js';

/** Save and resume's work in the script tag's build (a chunk named after its module). */
const WORK_FILE = 'client/save-resume-work.js';

export class SaveResumeController implements ReactiveController {
  /** Settles once the look for saved answers is over. */
  restoring?: Promise<unknown>;
  private work?: SaveResumeWork;
  private loading?: Promise<SaveResumeWork | undefined>;
  /** The work's file is missing beside the script: answers stay in memory only, and the client is told. */
  private missing = false;
  /** The session last waiting for the work to arrive, to be written. */
  private waiting?: Session;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SaveResumeOptions,
  ) {
    host.addController(this);
  }

  /** Saved answers found on load, offered to the client before anything is put back. */
  get resumable() {
    return this.work?.resumable;
  }

  /** What the client is told about saving. */
  get notice(): StorageNotice {
    return this.work ? this.work.notice : this.missing ? 'unavailable' : undefined;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.work?.hostDisconnected();
  }

  hostUpdated(): void {
    if (this.work) return this.work.hostUpdated();
    const s = this.options.session();
    if (!s || s === this.waiting || s.stage === 'intro' || this.options.mode() === 'none') return;
    // the work writes the session of the latest render once it arrives (a missing file is tried again
    // on the next change, as the storage work is)
    this.waiting = s;
    void this.withWork().then((work) => work?.hostUpdated());
  }

  /** A questionnaire was loaded afresh: looks for answers saved for it, to offer them. */
  offer(def: InstrumentDefinition): void {
    if (this.work) {
      this.work.offer(def);
      this.restoring = this.work.restoring;
      return;
    }
    if (this.options.mode() === 'none') {
      this.restoring = undefined;
      return;
    }
    this.restoring = this.withWork().then((work) => {
      work?.offer(def);
      return work?.restoring;
    });
  }

  /** "Carry on where I left off": the saved session, no longer on offer. */
  take() {
    return this.work?.take();
  }

  /** "Start again": the saved answers are removed. */
  discard(): void {
    this.work?.discard();
  }

  /** Removes whatever this element stored (starting again, finishing, quick exit), at once. */
  clear(def: InstrumentDefinition): void {
    if (this.work) return this.work.clear(def);
    clearStored(this.options.mode(), snapshotKey(def.id, this.options.scope()));
  }

  /** The screen asking whether to carry on (there is something to resume only once the work has arrived). */
  resumeScreen(title: string, messages: FirstMessages, onResume: () => void, onRestart: () => void) {
    return this.work?.resumeScreen(title, messages, onResume, onRestart);
  }

  private withWork(): Promise<SaveResumeWork | undefined> {
    this.loading ??= import('./save-resume-work.js').then(
      ({ SaveResumeWork }) => (this.work = new SaveResumeWork(this.host, this.options)),
      () => {
        // the next change tries again; meanwhile the client is told answers stay in memory only
        this.loading = undefined;
        this.options.report(missingFile(WORK_FILE, 'answers are kept in memory only'));
        this.missing = true;
        this.host.requestUpdate();
        return undefined;
      },
    );
    return this.loading;
  }
}

/** Removes a stored snapshot straight from storage, without the storage module. */
export function clearStored(mode: PersistMode, key: string): void {
  if (mode === 'none') return;
  try {
    (mode === 'local' ? localStorage : sessionStorage).removeItem(key);
  } catch {
    // storage that cannot be read holds nothing of this element's
  }
}
