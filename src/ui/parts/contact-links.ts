import { html, nothing, type TemplateResult } from 'lit';
import { displayHost, mailtoHref, safeHref, smsHref, telHref } from '../../feed/links.ts';
import type { Localizer } from '../../i18n/localize.ts';
import { msg } from './message.ts';

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
 * Numbers and addresses are isolated left to right, so "0800 1111" never reads "1111 0800".
 * Each label is one span: the link is a flex box, where the spaces between loose pieces of text
 * would be lost ("Call0800 1111") and "Email" could be squeezed to a letter a line.
 */
export function contactLinks(l: Localizer, contact: ContactDetails): TemplateResult | typeof nothing {
  const items: TemplateResult[] = [];
  const tel = telHref(contact.phone);
  if (tel && contact.phone)
    items.push(html`<a class="contact" href=${tel}><span>${msg(l, 'card.call', { number: contact.phone })}</span></a>`);
  const sms = smsHref(contact.sms, contact.smsBody);
  if (sms && contact.sms) {
    const label = contact.smsBody
      ? msg(l, 'urgent.text', { body: contact.smsBody, number: contact.sms })
      : msg(l, 'card.text', { number: contact.sms });
    items.push(html`<a class="contact" href=${sms}><span>${label}</span></a>`);
  }
  const mail = mailtoHref(contact.email);
  if (mail && contact.email)
    items.push(
      html`<a class="contact" href=${mail}><span>${msg(l, 'card.email', { address: contact.email })}</span></a>`,
    );
  for (const [url, key] of [
    [contact.web, 'card.web'],
    [contact.form, 'card.form'],
  ] as const) {
    const href = safeHref(url);
    if (href) {
      items.push(
        html`<a class="contact" href=${href} target="_blank" rel="noopener noreferrer nofollow"
          >${html`<span>${msg(l, key, { host: displayHost(href) })}</span>`}</a
        >`,
      );
    }
  }
  return items.length ? html`<div class="actions">${items}</div>` : nothing;
}
