import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { UrgentContact } from '../../feed/schema.ts';
import type { Localizer } from '../../i18n/localize.ts';
import { langAttr, pickText } from '../../i18n/text.ts';
import { contactLinks } from './contact-links.ts';
import { heading } from './heading.ts';
import { msg } from './message.ts';

function ages(l: Localizer, contact: UrgentContact): TemplateResult | undefined {
  const a = contact.ages;
  if (!a) return undefined;
  if (a.min === 0) return msg(l, 'urgent.agesUpTo', { max: a.max });
  if (a.max >= 99) return msg(l, 'urgent.agesFrom', { min: a.min });
  return msg(l, 'urgent.ages', { min: a.min, max: a.max });
}

/**
 * The urgent-help panel: a native disclosure, so it opens with a tap, Enter or Space and works
 * even if everything else on the page has failed. It sits first in every state.
 */
export function urgentHelp(
  l: Localizer,
  contacts: readonly UrgentContact[],
  options: {
    open: boolean;
    level: number;
    /** The UI language, the feed's default language, then English (see `pickText`). */
    langs: readonly string[];
    onToggle?: (event: Event) => void;
  },
): TemplateResult {
  // One "checked" line for the panel when every contact was checked the same day, else one each.
  const dates = new Set(contacts.map((c) => c.checked));
  const shared = dates.size === 1 ? [...dates][0] : undefined;
  // The + / − sign is drawn by CSS on a hidden span, so the panel's name is only its words. The
  // words are one text node: Chromium drops the space between two bound texts from the name.
  return html`<details class="urgent" part="urgent-help" ?open=${options.open} @toggle=${options.onToggle}>
    <summary>
      <span class="sign" aria-hidden="true"></span><span>${`${l.t('urgent.title')} ${l.t('urgent.summary')}`}</span>
    </summary>
    <div class="urgent-body">
      <p><strong>${l.t('urgent.lead')}</strong></p>
      <ul class="urgent-list">
        ${contacts.map((c) => {
          const name = pickText(c.name, options.langs);
          const description = pickText(c.description, options.langs);
          const hours = c.open247 ? undefined : pickText(c.hours, options.langs);
          const ageText = ages(l, c);
          return html`<li class="urgent-item">
            ${heading(options.level, html`<span lang=${ifDefined(langAttr(name.lang, l.lang))} dir="auto">${name.text}</span>`)}
            <p lang=${ifDefined(langAttr(description.lang, l.lang))} dir="auto">${description.text}</p>
            <p class="meta">
              ${hours ? html`<span lang=${ifDefined(langAttr(hours.lang, l.lang))} dir="auto">${hours.text}</span>` : l.t('urgent.open247')}${ageText ? html` · ${ageText}` : ''}
            </p>
            ${contactLinks(l, c)}
            ${shared ? '' : html`<p class="meta">${msg(l, 'urgent.checked', { date: l.date(c.checked) })}</p>`}
          </li>`;
        })}
      </ul>
      ${shared ? html`<p class="meta">${msg(l, 'urgent.checked', { date: l.date(shared) })}</p>` : ''}
    </div>
  </details>`;
}
