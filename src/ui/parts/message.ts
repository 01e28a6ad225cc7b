import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ListType } from '../../i18n/formats.ts';
import type { Localizer, MessageKey } from '../../i18n/localize.ts';

/** Phone numbers, short codes, times and ranges: drawn left to right in every language. */
const DIGITS = /^[\d\s+().,:/–-]+$/u;

/**
 * One inserted value in its own direction: digit strings always left to right (in Arabic
 * "0800 1111" would otherwise show as "1111 0800"), anything else by its own first strong letter.
 */
export function isolated(value: unknown, lang?: string): TemplateResult {
  if (typeof value === 'string' && DIGITS.test(value)) return html`<bdi dir="ltr">${value}</bdi>`;
  return html`<bdi lang=${ifDefined(lang)}>${value}</bdi>`;
}

/**
 * A message with each inserted value isolated, so mixed scripts and numbers keep their order. One
 * span around it all, so a flex container (a contact link, a summary) sees one run of text, not
 * a column per value.
 */
export function msg(l: Localizer, key: MessageKey, params?: Readonly<Record<string, unknown>>): TemplateResult {
  return html`<span>${l.parts(key, params, (value) => isolated(value))}</span>`;
}

/** A list item's text and, when it differs from the UI's, its language. */
export interface ListItem {
  text: string;
  lang?: string | undefined;
}

/** A list joined in the reader's language, each item isolated and marked with its own language. */
export function listOf(
  l: Localizer,
  items: readonly (string | ListItem)[],
  type: ListType = 'conjunction',
): TemplateResult {
  const normal = items.map((i) => (typeof i === 'string' ? { text: i } : i));
  return html`${l
    .listParts(
      normal.map((i) => i.text),
      type,
    )
    .map((part) => (part.type === 'element' ? isolated(part.value, normal[part.index]?.lang) : part.value))}`;
}
