import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AttuneError } from '../../model/attune-error.js';
import { en } from '../../i18n/en.js';
import { missingFile } from './missing-file.js';
import { loadMessages, locales, resolveLocale } from '../../i18n/locales.js';
import type { FirstMessages } from '../../i18n/messages.js';

/**
 * The language of an element's own text (`locale`). English is at hand at once; another language is
 * loaded on demand, and until it is there the element shows nothing rather than English that would
 * then change under the client's eyes. An unknown or unloadable language falls back to English and is
 * reported, never stopping the client.
 */
export class LocaleController implements ReactiveController {
  /**
   * The strings in use: the first screens' (another language's file has every screen's; English's
   * later screens' strings arrive with those screens, en-finish.ts).
   */
  messages: FirstMessages = en;
  /** The language of `messages`, for `lang` and for picking a definition's translation. */
  locale = 'en';
  /** Settles once the language asked for last is in use (or English, if it could not be loaded). */
  loading?: Promise<unknown>;
  private wanted = 'en';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly report: (error: AttuneError) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** True once the strings are in the language asked for. */
  get ready(): boolean {
    return this.locale === this.wanted;
  }

  /** Chooses the language for a `locale` attribute's value. */
  use(tag: string | undefined): void {
    const resolved = resolveLocale(tag);
    if (!resolved.known) this.report(new AttuneError('invalid-attribute', `locale="${tag}" is not shipped (${locales.join(', ')}); using English.`));
    const wanted = (this.wanted = resolved.locale);
    if (wanted === 'en') {
      this.set(en, 'en');
      this.loading = undefined;
      return;
    }
    this.loading = loadMessages(wanted).then(
      (messages) => this.wanted === wanted && this.set(messages, wanted),
      () => {
        if (this.wanted !== wanted) return;
        this.wanted = 'en';
        this.set(en, 'en');
        this.report(missingFile(`i18n/${wanted}.js`, 'using English'));
      },
    );
  }

  private set(messages: FirstMessages, locale: string): void {
    this.messages = messages;
    this.locale = locale;
    this.host.requestUpdate();
  }
}
