import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Localizer } from '../../i18n/localize.ts';
import { LOCALES, type LocaleEntry } from '../../i18n/locales.ts';

/** "Polski — wersja robocza": each language in its own name, with its review status in its own words. */
export function localeLabel(locale: LocaleEntry): string {
  return locale.status ? `${locale.name} — ${locale.status}` : locale.name;
}

/** Closes the menu and puts focus back on its button, so the keyboard is never left stranded. */
function close(menu: HTMLDetailsElement | null): void {
  if (!menu) return;
  menu.open = false;
  menu.querySelector('summary')?.focus();
}

/**
 * The language menu: a native disclosure (opens with Enter, Space or a tap) holding one button a
 * language, each written in that language and marked with its `lang` and `dir`, so a screen reader
 * reads "Polski" in Polish. Escape, or tabbing out, closes it. Choosing applies at once: the element swaps the
 * catalog and keeps the feed, the answers and the screen.
 */
export function languageMenu(l: Localizer, onChoose: (lang: string) => void): TemplateResult {
  const current = LOCALES.find((locale) => locale.lang === l.lang) ?? LOCALES[0];
  const onKeydown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    const menu = e.currentTarget as HTMLDetailsElement;
    if (!menu.open) return;
    e.stopPropagation();
    close(menu);
  };
  // Tabbing out of the open menu closes it, so its list never covers the control that has focus
  // (WCAG 2.4.11). Only when focus lands somewhere: Safari does not focus a clicked button.
  const onFocusout = (e: FocusEvent) => {
    const menu = e.currentTarget as HTMLDetailsElement;
    const next = e.relatedTarget as Node | null;
    if (menu.open && next && !menu.contains(next)) menu.open = false;
  };
  return html`<details class="lang" @keydown=${onKeydown} @focusout=${onFocusout}>
    <summary class="button">
      <span>${l.t('finder.language')}:</span>
      <span lang=${current.lang} dir=${current.dir}>${current.name}</span>
    </summary>
    <ul class="lang-list">
      ${LOCALES.map(
        (locale) =>
          html`<li>
            <button
              type="button"
              class="lang-choice"
              lang=${locale.lang}
              dir=${locale.dir}
              aria-current=${ifDefined(locale.lang === l.lang ? 'true' : undefined)}
              @click=${(e: Event) => {
                close((e.currentTarget as HTMLElement).closest('details'));
                onChoose(locale.lang);
              }}
            >
              ${localeLabel(locale)}
            </button>
          </li>`,
      )}
    </ul>
  </details>`;
}
