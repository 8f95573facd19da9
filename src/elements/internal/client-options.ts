/**
 * The options a practice sets for the client's experience, checked once each time one changes:
 * `mode`, `results`, `persist`, `locale`, `exit-url` and `crisisResources`. Each bad value is reported
 * with a clear message and replaced by its safe default; none ever stops the client. The screener
 * reads the checked values from here, and the battery hands the same checked values to each of its
 * screeners ({@link ClientOptionsController.forwarded}), so an option reaches every screener through
 * this one path and a bad value is reported once.
 */
import type { ReactiveControllerHost } from 'lit';
import { checkCrisisResources, isSafeExitUrl, type CrisisResource } from '../../model/crisis-resource.js';
import type { Mode } from '../../session/session.js';
import type { PersistMode } from '../../delivery/snapshot-store.js';
import type { ResultsPolicy } from '../views/results-view.js';
import type { ErrorController } from './errors.js';
import { LocaleController } from './locale-controller.js';

/** Where the quick exit goes when the practice sets no `exit-url`: a blank page that loads nothing. */
export const DEFAULT_EXIT_URL = 'about:blank';

const CHOICES: readonly (readonly ['mode' | 'results' | 'persist', readonly string[], string])[] = [
  ['mode', ['page', 'paged'] satisfies Mode[], 'using "page"'],
  ['results', ['none', 'summary', 'full'] satisfies ResultsPolicy[], 'using "none"'],
  ['persist', ['none', 'session', 'local'] satisfies PersistMode[], 'nothing is stored'],
];

/** The client options as elements declare them (attributes and properties); each element declares those it has. */
export interface ClientOptions {
  mode: Mode;
  results: ResultsPolicy;
  persist: PersistMode;
  locale?: string;
  exitUrl?: string;
  crisisResources?: CrisisResource[];
}
export type ClientOption = keyof ClientOptions;

/** What a battery hands each of its screeners: values already checked. */
export interface ForwardedOptions {
  mode?: Mode;
  results?: ResultsPolicy;
  persist?: PersistMode;
  locale: string;
  exitUrl?: string;
  crisisResources: CrisisResource[];
}

export class ClientOptionsController {
  /** The language of the element's own text, loaded on demand. */
  readonly i18n: LocaleController;
  /** The practice's crisis resources that are well formed. */
  resources: CrisisResource[] = [];
  private seen: Partial<Record<ClientOption, unknown>> = {};
  private readonly host: ReactiveControllerHost & Partial<ClientOptions>;

  constructor(
    // only the declared options are read: a battery's `results` is its list of results, not a policy
    host: ReactiveControllerHost,
    private readonly errors: ErrorController,
    /** The options this element has. */
    private readonly declared: readonly ClientOption[],
    /**
     * Where an option lives when its property has another name: a battery's `results` attribute is its
     * `resultsPolicy` property, since its `results` property is the list of results so far.
     */
    private readonly propertyOf: Partial<Record<ClientOption, string>> = {},
  ) {
    this.host = host;
    this.i18n = new LocaleController(host, (error) => errors.report(error));
  }

  /** Where "Leave this page" goes: the practice's `exit-url` when it is safe, else a blank page. */
  get exitUrl(): string {
    const url = this.host.exitUrl;
    return url && isSafeExitUrl(url) ? url : DEFAULT_EXIT_URL;
  }

  /** The checked options, as a battery hands them to each of its screeners. */
  get forwarded(): ForwardedOptions {
    const { mode, persist, exitUrl } = this.host;
    const results = this.value('results') as ResultsPolicy;
    return {
      ...(this.has('mode') ? { mode } : {}),
      ...(this.has('results') ? { results } : {}),
      ...(this.has('persist') ? { persist } : {}),
      locale: this.i18n.locale,
      exitUrl: exitUrl && isSafeExitUrl(exitUrl) ? exitUrl : undefined,
      crisisResources: this.resources,
    };
  }

  /** Checks every option that changed since the last check; call it first in `willUpdate`. */
  check(): void {
    const h = this.host;
    if (this.changed('locale', h.locale)) this.i18n.use(h.locale);
    // each option with a fixed set of values falls back to its first, the safe default
    for (const [key, allowed, instead] of CHOICES) {
      const value = this.value(key);
      if (!this.changed(key, value) || (allowed as readonly unknown[]).includes(value)) continue;
      this.errors.invalidAttribute(`${key}="${String(value)}" is not one of ${allowed.join(', ')}; ${instead}.`);
      this.seen[key] = (h as unknown as Record<string, unknown>)[this.propertyOf[key] ?? key] = allowed[0];
    }
    if (this.changed('exitUrl', h.exitUrl) && h.exitUrl && !isSafeExitUrl(h.exitUrl)) {
      this.errors.invalidAttribute(`exit-url="${h.exitUrl}" is not an http(s) address; the quick exit goes to ${DEFAULT_EXIT_URL}.`);
    }
    if (this.changed('crisisResources', h.crisisResources)) {
      const given = h.crisisResources;
      const { resources, problems } = given === undefined || given === null ? { resources: [], problems: [] } : checkCrisisResources(given);
      this.resources = resources;
      if (problems.length) this.errors.invalidAttribute('Some crisis resources are not valid and are not shown.', problems);
    }
  }

  private value(key: ClientOption): unknown {
    return (this.host as unknown as Record<string, unknown>)[this.propertyOf[key] ?? key];
  }

  private has(key: ClientOption): boolean {
    return this.declared.includes(key);
  }

  private changed(key: ClientOption, value: unknown): boolean {
    if (!this.has(key) || (Object.hasOwn(this.seen, key) && this.seen[key] === value)) return false;
    this.seen[key] = value;
    return true;
  }
}
