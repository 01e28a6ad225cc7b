import { html, nothing, type TemplateResult } from 'lit';
import { displayHost, mailtoHref, safeHref, smsHref, telHref } from '../../feed/links.ts';
import type { Localizer } from '../../i18n/localize.ts';

export interface ContactDetails {
  phone?: string | undefined;
  sms?: string | undefined;
  smsBody?: string | undefined;
  email?: string | undefined;
  web?: string | undefined;
  form?: string | undefined;
}

/**
 * How to get in touch, as links a phone can act on. Every href passes the scheme allowlist; a
 * number or address that does not make a safe link is left out rather than shown as a dead one.
 */
export function contactLinks(l: Localizer, contact: ContactDetails): TemplateResult | typeof nothing {
  const items: TemplateResult[] = [];
  const tel = telHref(contact.phone);
  if (tel && contact.phone)
    items.push(html`<a class="contact" href=${tel}>${l.t('card.call', { number: contact.phone })}</a>`);
  const sms = smsHref(contact.sms, contact.smsBody);
  if (sms && contact.sms) {
    const label = contact.smsBody
      ? l.t('urgent.text', { body: contact.smsBody, number: contact.sms })
      : l.t('card.text', { number: contact.sms });
    items.push(html`<a class="contact" href=${sms}>${label}</a>`);
  }
  const mail = mailtoHref(contact.email);
  if (mail && contact.email)
    items.push(html`<a class="contact" href=${mail}>${l.t('card.email', { address: contact.email })}</a>`);
  for (const [url, key] of [
    [contact.web, 'card.web'],
    [contact.form, 'card.form'],
  ] as const) {
    const href = safeHref(url);
    if (href) {
      items.push(
        html`<a class="contact" href=${href} target="_blank" rel="noopener noreferrer nofollow"
          >${l.t(key, { host: displayHost(href) })}</a
        >`,
      );
    }
  }
  return items.length ? html`<div class="actions">${items}</div>` : nothing;
}
