import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Feed } from '../../feed/parse.ts';
import type { MessageKey } from '../../i18n/en.ts';
import type { Localizer } from '../../i18n/localize.ts';
import { langAttr, pickText } from '../../i18n/text.ts';
import type { CrisisKind } from '../../search/crisis.ts';
import { urgentContacts } from '../../urgent/defaults.ts';
import { contactLinks } from './contact-links.ts';

type Crisis = typeof import('../../search/crisis.ts');

/**
 * The phrases of ten languages (about 3 KB) come in a file of their own, fetched as soon as this
 * one arrives, with the questions after the first: the person is still answering the first when
 * it comes, long before the text box, and the screens it came with stay under their budget.
 */
let crisis: Crisis | undefined;
const arriving: Promise<Crisis | undefined> = import('../../search/crisis.ts').then(
  (module) => (crisis = module),
  (error: unknown) => {
    // Urgent help stays in its panel, as on every screen; only the help below the words is lost.
    console.warn('support-finder: crisis words could not load', error);
    return undefined;
  },
);

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
  host: CrisisHost;
}

/** What the help below the words needs from the finder. */
export interface CrisisHost {
  /** Opens the whole urgent-help panel and moves focus there, at the person's request. */
  onShow: () => void;
  /** Hears what to announce, on every render that shows the help (`Announcer.followAtOnce`). */
  follow: (message: string) => void;
  /** Draws again: the phrases arrived after words were typed. */
  redraw: () => void;
}

/**
 * Right below a person's own words when they speak of immediate danger ("i want to die", "took
 * too many pills", "someone is hurting me"): the urgent contacts that fit, with a way to call or
 * text each, on the very key that completes the words, and the button that opens the whole urgent
 * panel. Nothing takes focus and nothing above the text box moves: the person may still be typing.
 * What appeared is announced politely through the finder's live region (`host.follow`).
 */
export function crisisBeside(o: CrisisWords): TemplateResult | typeof nothing {
  const { l, langs, host } = o;
  if (!o.text.trim()) return nothing;
  if (!crisis) {
    void arriving.then((arrived) => arrived && host.redraw());
    return nothing;
  }
  const kinds = crisis.crisisKinds(o.text);
  if (kinds.length === 0) return nothing;
  const contacts = crisis.crisisContacts(kinds, urgentContacts(l, o.feed, o.age), o.feed.urgentHelp);
  const leads = kinds.map((kind) => l.t(LEADS[kind]));
  const named = contacts.map((c) => ({ c, name: pickText(c.name, langs) }));
  host.follow([...leads, l.t('crisis.listed', { list: l.list(named.map((n) => n.name.text)) })].join(' '));
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
    <button type="button" class="button urgent-show" @click=${host.onShow}>${l.t('urgent.show')}</button>
  </div>`;
}
