import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Feed } from '../../feed/parse.ts';
import type { MessageKey } from '../../i18n/en.ts';
import type { Localizer } from '../../i18n/localize.ts';
import { langAttr, pickText } from '../../i18n/text.ts';
import { crisisContacts, crisisKinds, type CrisisKind } from '../../search/crisis.ts';
import { urgentContacts } from '../../urgent/defaults.ts';
import { contactLinks } from './contact-links.ts';

const LEADS: Readonly<Record<CrisisKind, MessageKey>> = {
  overdose: 'crisis.overdose',
  suicide: 'crisis.suicide',
  'being-hurt': 'crisis.being-hurt',
};

export interface CrisisWords {
  l: Localizer;
  /** Languages for feed text, in order of preference. */
  langs: readonly string[];
  /** What the person has typed so far. */
  text: string;
  feed: Feed;
  age: number | undefined;
  /** Opens the whole urgent-help panel and moves focus there, at the person's request. */
  onShow: () => void;
  /** Hears what to announce, on every render that shows the help (`Announcer.followAtOnce`). */
  follow: (message: string) => void;
}

/**
 * Right below a person's own words when they speak of immediate danger ("i want to die", "took
 * too many pills", "someone is hurting me"): the urgent contacts that fit, with a way to call or
 * text each, on the very key that completes the words, and the button that opens the whole urgent
 * panel. Nothing takes focus and nothing above the text box moves: the person may still be typing.
 * What appeared is announced politely through the finder's live region (`follow`).
 */
export function crisisBeside(o: CrisisWords): TemplateResult | typeof nothing {
  const kinds = crisisKinds(o.text);
  if (kinds.length === 0) return nothing;
  const { l, langs } = o;
  const contacts = crisisContacts(kinds, urgentContacts(l, o.feed, o.age), o.feed.urgentHelp);
  const leads = kinds.map((kind) => l.t(LEADS[kind]));
  const named = contacts.map((c) => ({ c, name: pickText(c.name, langs) }));
  o.follow([...leads, l.t('crisis.listed', { list: l.list(named.map((n) => n.name.text)) })].join(' '));
  return html`<div class="crisis">
    ${leads.map((lead) => html`<p>${lead}</p>`)}
    <ul class="urgent-list">
      ${named.map(({ c, name }) => {
        const hours = c.open247 ? undefined : pickText(c.hours, langs);
        // Each name and time in a span of its own direction, inside a line of the page's, so an
        // English name on a right-to-left page still starts on the right.
        return html`<li class="urgent-item">
          <strong><span lang=${ifDefined(langAttr(name.lang, l.lang))} dir="auto">${name.text}</span></strong>
          ${
            hours
              ? html`<span class="meta"
                  ><span lang=${ifDefined(langAttr(hours.lang, l.lang))} dir="auto">${hours.text}</span></span
                >`
              : nothing
          }
          ${contactLinks(l, { phone: c.phone, sms: c.sms, smsBody: c.smsBody })}
        </li>`;
      })}
    </ul>
    <button type="button" class="button urgent-show" @click=${o.onShow}>${l.t('urgent.show')}</button>
  </div>`;
}
