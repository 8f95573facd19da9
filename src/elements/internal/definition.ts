/**
 * Where a screener's questionnaire comes from, and the settings it is scored with, resolved once each
 * time an input changes: a built-in `instrument`, a practice's own `definition` or `src`, and a text
 * pack for an instrument whose wording does not ship. Only the last input set counts (a file that
 * arrives late never replaces a newer choice); a failure is shown in the widget and reported, and the
 * answers already given stay in memory in case a valid definition returns.
 */
import type { PropertyValues, ReactiveControllerHost } from 'lit';
import type { Settings } from '../../model/answers.js';
import { AttuneError, isAttuneError } from '../../model/attune-error.js';
import type { InstrumentDefinition } from '../../model/instrument.js';
import { resolveSettings } from '../../scoring/settings.js';
import { resolveDefinitionSource, type DefinitionInputs } from './definition-source.js';
import type { ErrorController } from './errors.js';
import { LatestLoad } from './latest-load.js';
import { missingFile } from './missing-file.js';

/** The inputs as a screener declares them. */
export interface DefinitionHost extends ReactiveControllerHost, DefinitionInputs {
  cutoff?: number;
  settings?: Settings;
}

const SOURCE_PROPERTIES = ['instrument', 'definition', 'src', 'textPack', 'textPackSrc'] as const;

export class DefinitionController {
  /** Why the questionnaire cannot be shown, if it cannot. */
  problem?: AttuneError;
  /** The settings to score with: the practice's where valid, else the published defaults. */
  settings: Settings = {};
  private readonly load = new LatestLoad();
  private definition?: InstrumentDefinition;
  private started = false;

  constructor(
    private readonly host: DefinitionHost,
    private readonly errors: ErrorController,
    /** A definition is ready (the same one again, e.g. re-set by a framework, is passed again). */
    private readonly use: (definition: InstrumentDefinition) => void,
  ) {}

  /** Settles once the latest definition has been used or its problem reported. */
  get settled(): Promise<unknown> | undefined {
    return this.load.settled;
  }

  /** Starts a load when a source changed, and re-resolves settings when only they did; call from `willUpdate`. */
  check(changed: PropertyValues): void {
    // a built-in instrument comes with its published translation for the locale: a new locale may need another
    const builtInLocale = changed.has('locale') && this.host.instrument !== undefined && !this.host.definition && !this.host.src;
    const sourceChanged = SOURCE_PROPERTIES.some((key) => changed.has(key)) || builtInLocale;
    if (!this.started || sourceChanged) {
      this.started = true;
      this.load.run(
        () => resolveDefinitionSource(this.host),
        (definition) => this.ready(definition),
        (error) => this.fail(isAttuneError(error) ? error : missingFile('attune-validate.js', 'the questionnaire cannot be shown')),
      );
    } else if (changed.has('cutoff') || changed.has('settings')) this.resolveSettings();
  }

  private ready(definition: InstrumentDefinition): void {
    this.definition = definition;
    this.problem = undefined;
    this.resolveSettings();
    this.use(definition);
    this.host.requestUpdate();
  }

  private fail(error: AttuneError): void {
    this.problem = error;
    this.errors.report(error);
  }

  private resolveSettings(): void {
    const def = this.definition;
    if (!def || this.problem) return;
    const { cutoff, settings } = this.host;
    const chosen = { ...settings, ...(cutoff !== undefined && cutoff !== null ? { cutoff } : {}) };
    try {
      this.settings = resolveSettings(def, chosen);
    } catch (error) {
      // a wrong cutoff must not stop the client: score with the published defaults and tell the host
      this.settings = resolveSettings(def, {});
      if (isAttuneError(error)) this.errors.invalidAttribute(`${error.message.split('\n')[0]} Using the defaults.`, error.problems);
    }
  }
}
