import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ENGLISH, loadCatalog, Localizer, negotiateLocale, type MessageKey } from '../../i18n/localize.ts';

export interface LocaleWishes {
  /** The element's own `lang` attribute, when the host set one. */
  lang: string;
  /** The feed's default language, once it has loaded. */
  feedLang: string | undefined;
  strings: Partial<Record<MessageKey, string>>;
}

/**
 * Chooses the UI language (the element's `lang`, then the page's, then the browser's, then the
 * feed's), loads its catalog only when it is wanted, and gives the view a localizer with its `dir`.
 * English is built in, so the finder always has words while another language loads.
 */
export class LocaleController implements ReactiveController {
  localizer = new Localizer(ENGLISH);
  readonly #host: ReactiveControllerHost & Element;
  readonly #wishes: () => LocaleWishes;
  #wanted = '';
  #strings: LocaleWishes['strings'] | undefined;
  #request = 0;

  constructor(host: ReactiveControllerHost & Element, wishes: () => LocaleWishes) {
    this.#host = host;
    this.#wishes = wishes;
    host.addController(this);
  }

  hostUpdate(): void {
    const { lang, feedLang, strings } = this.#wishes();
    const hostLang = this.#host.parentElement?.closest('[lang]')?.getAttribute('lang');
    const wanted = negotiateLocale([lang, hostLang, ...navigator.languages, feedLang]);
    if (wanted === this.#wanted && strings === this.#strings) return;
    this.#wanted = wanted;
    this.#strings = strings;
    void this.#load(wanted, strings);
  }

  async #load(lang: string, strings: LocaleWishes['strings']): Promise<void> {
    const request = ++this.#request;
    try {
      const catalog = await loadCatalog(lang);
      // A quicker, later choice of language wins over a slow earlier one.
      if (request !== this.#request) return;
      this.localizer = new Localizer(catalog, strings);
      this.#host.requestUpdate();
    } catch (error) {
      // Keep the language already showing.
      console.warn(`support-finder: language "${lang}" could not load`, error);
    }
  }
}
