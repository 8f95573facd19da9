/**
 * Sealed completions in the clinician's report: the JWE bodies a sealed screener or battery POSTed,
 * opened in the clinician's own browser with a private key the clinician picks from a local file.
 * The key is read with FileReader, kept only in memory (in this controller, never in storage, never
 * sent anywhere) and dropped when the element leaves the page. The JOSE code (`attune-open.js`,
 * beside the report's script) loads only when sealed input arrives and a key is chosen.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AttuneError, isAttuneError } from '../../model/attune-error.js';
import type { Completion } from '../../model/completion.js';
import type { Submission } from '../../model/submission.js';
import { missingFile } from '../internal/missing-file.js';

/** `openSealed` of the core: loads the JOSE code (`attune-open.js`) on its first call. */
type OpenSealed = (body: string, keys: never) => Promise<Submission>;

/** What the report has of its sealed input: how many, what they opened to, what could not be opened. */
export interface SealedState {
  count: number;
  opened: Completion[];
  problems: AttuneError[];
  /** A key file has been chosen (and read) in this page. */
  hasKey: boolean;
}

/** The completions a submission holds (one for a screener, each instrument's for a battery). */
export function completionsOf(submission: Submission): Completion[] {
  const list = 'completions' in submission ? submission.completions : [submission];
  return list.map(({ result, answers, completedAt }) => ({ result, answers, completedAt }));
}

export class SealedInput implements ReactiveController {
  private bodies: string[] = [];
  /** The private key(s), parsed from the chosen file: in memory only. */
  private keys?: unknown;
  private token = 0;
  state: SealedState = { count: 0, opened: [], problems: [], hasKey: false };
  /** Under way while bodies are being opened (the report's `ready` waits for it). */
  opening?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly openSealed: OpenSealed,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // the key does not outlive the report on the page
    this.keys = undefined;
    this.state = { ...this.state, opened: [], hasKey: false };
  }

  /** The sealed bodies to show (from `sealed` and the string entries of `results`). */
  setBodies(bodies: readonly string[]): void {
    if (bodies.length === this.bodies.length && bodies.every((b, i) => b === this.bodies[i])) return;
    this.bodies = [...bodies];
    this.state = { count: bodies.length, opened: [], problems: [], hasKey: this.keys !== undefined };
    this.open();
  }

  /** The clinician chose a key file: read it here, keep it in memory, open what is sealed. */
  chooseKeyFile(file: File | undefined): void {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      try {
        this.keys = JSON.parse(reader.result as string);
      } catch {
        this.keys = undefined;
        this.state = {
          ...this.state,
          opened: [],
          hasKey: false,
          problems: [new AttuneError('invalid-key', `${file.name} is not a JSON Web Key file (the private key that keygen wrote).`)],
        };
        return this.host.requestUpdate();
      }
      this.state = { ...this.state, hasKey: true };
      this.open();
    };
    reader.onerror = () => {
      this.state = { ...this.state, problems: [new AttuneError('invalid-key', `${file.name} could not be read.`)] };
      this.host.requestUpdate();
    };
    reader.readAsText(file);
  }

  private open(): void {
    const token = ++this.token;
    const { bodies, keys } = this;
    if (!bodies.length || keys === undefined) {
      this.opening = undefined;
      return this.host.requestUpdate();
    }
    const opening = Promise.all(
      bodies.map((body, i) =>
        this.openSealed(body, keys as never).then(
          (submission) => ({ completions: completionsOf(submission) }),
          (error: unknown) => ({
            // not an AttuneError: attune-open.js did not load from beside the script
            problem: isAttuneError(error)
              ? new AttuneError(error.code, `Sealed result ${i + 1}: ${error.message.split('\n')[0]!}`, error.problems)
              : missingFile('attune-open.js', 'the sealed results cannot be opened'),
          }),
        ),
      ),
    )
      .then((outcomes) => {
        const opened = outcomes.flatMap((o) => ('completions' in o ? o.completions : []));
        const problems = outcomes.flatMap((o) => ('problem' in o ? [o.problem] : []));
        if (token !== this.token) return;
        // a key that opens nothing (every body refused) is not kept: the clinician picks another
        const keyProblem = problems.length === bodies.length && problems.every((p) => p.code === 'invalid-key');
        if (keyProblem) this.keys = undefined;
        this.state = { count: bodies.length, opened, problems: keyProblem ? [problems[0]!] : problems, hasKey: !keyProblem };
      })
      .finally(() => {
        if (token !== this.token) return;
        this.opening = undefined;
        this.host.requestUpdate();
      });
    this.opening = opening;
  }
}
