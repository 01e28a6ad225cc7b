import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { paragraphs, splitDescription } from '../../feed/description.ts';
import type { Area, LocalisedText, Service, Topic } from '../../feed/schema.ts';
import { provenanceOf } from '../../feed/known.ts';
import { isFact, statedAreas, topicProvenance } from '../../feed/stated.ts';
import { safeHref } from '../../feed/links.ts';
import { TERMS, termsIn, type TermId } from '../../i18n/glossary.ts';
import type { Localizer } from '../../i18n/localize.ts';
import { langAttr, pickText } from '../../i18n/text.ts';
import { topicName } from '../../i18n/topic-names.ts';
import type { Seeker } from '../../match/answers.ts';
import type { Reason, Result } from '../../match/match.ts';
import type { Popups } from '../controllers/popups-controller.ts';
import type { OpenState } from '../../schedule/open-state.ts';
import { agesWording, referralWording } from '../../summary/stated-words.ts';
import { ageBridgeBadge, ageBridgeLine } from './age-bridge-line.ts';
import { contactLinks } from './contact-links.ts';
import { toggletips } from './toggletip.ts';
import { heading } from './heading.ts';
import { isolated, listOf, msg, type ListItem } from './message.ts';
import { meantimeList, waitLine, type CardWaits } from './wait-line.ts';

export interface CardContext {
  l: Localizer;
  langs: readonly string[];
  level: number;
  topics: ReadonlyMap<string, Topic>;
  areas: ReadonlyMap<string, Area>;
  /** Entries older than this (a date string) are flagged as possibly out of date. */
  staleBefore: string;
  /** The person is looking for someone else. */
  helper: boolean;
  /** Who is asking, so topic names are in their words. */
  reader?: Seeker | undefined;
  /** Whether a service is in "My summary". */
  isSaved: (id: string) => boolean;
  /** Where "report a problem with this listing" goes: the partnership's feedback page. */
  feedbackUrl?: string | undefined;
  onToggleSave: (service: Service) => void;
  /**
   * Whether the person has opened a card's "More about …" (its contents are drawn only then) or
   * its description's "Read more".
   */
  isOpen: (id: string, disclosure: Disclosure) => boolean;
  onToggle: (id: string, disclosure: Disclosure, open: boolean) => void;
  /** For the "What does this mean?" toggletips. */
  popups: Popups;
  /** Waiting times and "while you wait"; without it, the card says nothing of waits. */
  waits?: CardWaits | undefined;
}

/** A card's two disclosures: "More about …" and the rest of a long description. */
export type Disclosure = 'more' | 'read-more';

/** Tells the card's state when a disclosure opens or closes. */
function toggled(ctx: CardContext, id: string, disclosure: Disclosure): (e: Event) => void {
  return (e) => ctx.onToggle(id, disclosure, (e.target as HTMLDetailsElement).open);
}

/** Feed text always goes through here: bound as text (never HTML), marked with its own language. */
function feedText(
  text: LocalisedText | undefined,
  ctx: CardContext,
  tag: 'p' | 'span' = 'span',
): TemplateResult | typeof nothing {
  if (text === undefined) return nothing;
  const picked = pickText(text, ctx.langs);
  const lang = langAttr(picked.lang, ctx.l.lang);
  return tag === 'p'
    ? html`<p lang=${ifDefined(lang)} dir="auto">${picked.text}</p>`
    : html`<span lang=${ifDefined(lang)} dir="auto">${picked.text}</span>`;
}

/** Feed text as a list item or inserted value, with its language when it is not the UI's. */
function itemOf(text: LocalisedText, ctx: CardContext): ListItem {
  const picked = pickText(text, ctx.langs);
  return { text: picked.text, lang: langAttr(picked.lang, ctx.l.lang) };
}

/**
 * The description as paragraphs (line breaks inside them kept by the stylesheet), with a long
 * one cut to a short lead and the rest in a native disclosure, so a card stays a card on a phone.
 */
function description(text: LocalisedText, ctx: CardContext, id: string, headingId: string): TemplateResult {
  const picked = pickText(text, ctx.langs);
  const { lead, rest } = splitDescription(picked.text);
  const paras = (part: string): TemplateResult[] => paragraphs(part).map((p) => html`<p>${p}</p>`);
  return html`<div class="desc" lang=${ifDefined(langAttr(picked.lang, ctx.l.lang))} dir="auto">
    ${paras(lead)}
    ${
      rest === undefined
        ? nothing
        : html`<details class="read-more" ?open=${ctx.isOpen(id, 'read-more')} @toggle=${toggled(ctx, id, 'read-more')}>
            <summary aria-describedby=${headingId}>
              <span class="when-closed">${ctx.l.t('card.readMore')}</span>
              <span class="when-open">${ctx.l.t('card.readLess')}</span>
            </summary>
            ${paras(rest)}
          </details>`
    }
  </div>`;
}

/** "Mon, Wed 09:00–17:00" lines for the weekly hours; the times stay left to right in Arabic. */
function weeklyHours(l: Localizer, service: Service): TemplateResult[] {
  return service.hours.map(
    (h) =>
      html`${listOf(
        l,
        h.days.map((d) => l.weekday(d, 'short')),
      )}
      ${isolated(`${h.opens}–${h.closes}`)}`,
  );
}

/** A map link that opens only if the person chooses it: nothing is fetched from a map site before. */
function directionsHref(
  lat: number | undefined,
  lon: number | undefined,
  postcode: string | undefined,
): string | undefined {
  if (lat !== undefined && lon !== undefined) {
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  }
  return postcode ? safeHref(`https://www.openstreetmap.org/search?query=${encodeURIComponent(postcode)}`) : undefined;
}

function labelOr(l: Localizer, key: string, fallback: string): string {
  return l.has(key) ? l.t(key) : fallback.replace(/-/g, ' ');
}

function referralWho(l: Localizer, who: string): string {
  const key = `referral.${who}`;
  return l.has(key) ? l.t(key) : who.replace(/-/g, ' ');
}

function openText(l: Localizer, open: OpenState): TemplateResult | undefined {
  switch (open.kind) {
    case 'always':
      return html`${l.t('card.open247')}`;
    case 'open':
      return msg(l, 'card.closesAt', { time: open.closes });
    case 'closed': {
      const { inDays, day, time } = open.opens;
      const when = inDays === 0 ? l.t('card.today') : inDays === 1 ? l.t('card.tomorrow') : l.weekday(day);
      return msg(l, 'card.opensAt', { day: when, time });
    }
    case 'unknown':
      return undefined;
  }
}

/** Topic names in the reader's words, each marked with its language. */
function topicList(ids: readonly string[], ctx: CardContext): TemplateResult {
  const { l } = ctx;
  return listOf(
    l,
    ids.map((id): ListItem => {
      const topic = ctx.topics.get(id);
      if (!topic) return { text: id };
      const picked = topicName(topic, l, ctx.langs, ctx.reader);
      return { text: picked.text, lang: langAttr(picked.lang, l.lang) };
    }),
  );
}

/**
 * The topic reason as one or two lines: what the source or a review said it helps with, then what
 * its description mentions. A topic the import's mapping gave it is never a reason.
 */
function topicReasons(topics: readonly string[], service: Service, ctx: CardContext): TemplateResult[] {
  const stated = topics.filter((id) => isFact(topicProvenance(service, id)));
  const read = topics.filter((id) => topicProvenance(service, id) === 'inferred');
  const lines: TemplateResult[] = [];
  if (stated.length) lines.push(msg(ctx.l, 'reason.topic', { list: topicList(stated, ctx) }));
  if (read.length) lines.push(msg(ctx.l, 'reason.topicInferred', { list: topicList(read, ctx) }));
  return lines;
}

/** Why a service is listed. Topic and area names may be feed text in another language: marked. */
function reasonText(reason: Exclude<Reason, { kind: 'topic' }>, ctx: CardContext): TemplateResult | string {
  const { l } = ctx;
  switch (reason.kind) {
    case 'age':
      return msg(l, 'reason.age', { min: reason.min, max: reason.max });
    case 'area': {
      const area = ctx.areas.get(reason.area);
      const item = area ? itemOf(area.name, ctx) : { text: reason.area };
      return msg(l, 'reason.area', { area: isolated(item.text, item.lang) });
    }
    case 'everywhere':
      return l.t('reason.everywhere');
    case 'areaUnknown':
      return l.t('reason.areaUnknown');
    case 'selfReferral':
      return l.t('reason.selfReferral');
    case 'delivery':
      return msg(l, 'reason.delivery', {
        list: listOf(
          l,
          reason.modes.map((m) => l.t(`how.${m}`)),
        ),
      });
    case 'openNow':
      return l.t('reason.openNow');
    case 'sooner':
      return l.t('reason.sooner');
    case 'forAdults':
      return l.t('reason.forAdults');
    case 'general':
      return l.t('reason.general');
    case 'forFriend':
      return l.t('reason.forFriend');
    case 'distance':
      return msg(l, 'reason.distance', { km: reason.km });
    case 'onlyFor':
      return msg(l, reason.asked ? 'reason.onlyForAsked' : 'reason.onlyFor', {
        list: l.list(reason.groups.map((g) => labelOr(l, `group.${g}`, g))),
      });
    case 'words': {
      // The feed's own words, quoted: text in the feed's language, each isolated.
      const lang = langAttr(reason.lang, l.lang);
      return msg(l, 'reason.words', {
        list: listOf(
          l,
          reason.words.map((word): ListItem => ({ text: l.t('reason.word', { word }), lang })),
        ),
      });
    }
  }
}

/**
 * A value from a field the feed may have read from the text or filled in by default: said as a
 * reading when inferred, left out when only a mapping default (a default is not a fact).
 */
function asSaid(
  s: Service,
  field: 'delivery' | 'onlyFor' | 'groups',
  words: TemplateResult | string,
  ctx: CardContext,
): (TemplateResult | string)[] {
  const from = provenanceOf(s, field);
  if (from === 'default') return [];
  return [from === 'inferred' ? msg(ctx.l, 'card.fromDescription', { what: words }) : words];
}

/**
 * Whether people can contact the service themselves: yes, a referral (from whom, when known), or,
 * when the feed does not know or only a mapping default says, a neutral "ask them". A value read
 * from the description says so.
 */
function referralBadge(s: Service, ctx: CardContext): TemplateResult {
  const { l } = ctx;
  const wording = referralWording(s, ctx.helper);
  const words =
    wording.kind === 'referral' && s.access.referralFrom.length
      ? msg(l, 'card.referralFrom', {
          // Any one of them can refer: "a GP, a school or CAMHS".
          who: listOf(
            l,
            s.access.referralFrom.map((w) => referralWho(l, w)),
            'disjunction',
          ),
        })
      : html`${l.t(wording.key)}`;
  const cls = wording.kind === 'self' ? 'badge self' : wording.kind === 'ask' ? 'badge ask' : 'badge';
  return html`<span class=${cls}>${wording.inferred ? msg(l, 'card.fromDescription', { what: words }) : words}</span>`;
}

/** The terms a card shows (its referral badge, who refers) or its own English text uses. */
function cardTerms(s: Service, ctx: CardContext): TermId[] {
  const kind = referralWording(s, ctx.helper).kind;
  const shown = new Set<TermId>(kind === 'self' ? ['self-referral'] : kind === 'referral' ? ['referral'] : []);
  if (s.access.referralFrom.includes('gp')) shown.add('gp');
  if (s.access.referralFrom.includes('camhs')) shown.add('camhs');
  for (const term of termsIn(`${pickText(s.name, ['en']).text} ${pickText(s.description, ['en']).text}`))
    shown.add(term);
  return TERMS.filter((term) => shown.has(term));
}

/** One result: what it is, why it is here, how to get in touch, and how fresh the details are. */
export function serviceCard(result: Result, ctx: CardContext): TemplateResult {
  const { service: s, open } = result;
  const { l } = ctx;
  const name = pickText(s.name, ctx.langs);
  const nameLang = langAttr(name.lang, l.lang);
  const openLine = openText(l, open);
  const stale = s.lastReviewed < ctx.staleBefore;
  const why = result.reasons.flatMap((r) =>
    r.kind === 'topic'
      ? topicReasons(r.topics, s, ctx)
      : r.kind === 'selfReferral' || r.kind === 'openNow'
        ? []
        : r.kind === 'delivery' || r.kind === 'onlyFor'
          ? asSaid(s, r.kind, reasonText(r, ctx), ctx)
          : [reasonText(r, ctx)],
  );
  const saved = ctx.isSaved(s.id);
  const moreOpen = ctx.isOpen(s.id, 'more');
  return html`<li>
    <article class=${saved ? 'card saved' : 'card'} part="card" aria-labelledby=${`svc-${s.id}`}>
      ${heading(ctx.level, html`<span lang=${ifDefined(nameLang)} dir="auto">${name.text}</span>`, { id: `svc-${s.id}`, focusable: true })}
      ${s.organisation ? html`<p class="meta">${feedText(s.organisation, ctx)}</p>` : nothing}
      <div class="badges">
        ${saved ? html`<span class="badge saved-mark"><span aria-hidden="true">★ </span>${l.t('save.saved')}</span>` : nothing}
        ${referralBadge(s, ctx)}
        ${openLine ? html`<span class=${open.kind === 'closed' ? 'badge' : 'badge open'}>${openLine}</span>` : nothing}
        ${s.free ? html`<span class="badge">${l.t('card.free')}</span>` : nothing}
        ${
          ctx.helper && result.helperCanContact && !result.forHelper
            ? html`<span class="badge">${l.t('card.onBehalf')}</span>`
            : nothing
        }
        ${ageBridgeBadge(result.age, l)}
      </div>
      ${toggletips(ctx.popups, l, `tip-${s.id}`, cardTerms(s, ctx))} ${waitLine(l, ctx.langs, s, ctx.waits)}
      ${description(s.description, ctx, s.id, `svc-${s.id}`)} ${ageBridgeLine(result.age, ctx)}
      ${
        why.length
          ? html`<div>
              <p><strong>${l.t('card.why')}</strong></p>
              <ul class="reasons">
                ${why.map((r) => html`<li>${r}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${contactLinks(l, s.contact)} ${meantimeList(l, ctx.langs, s, ctx.waits)}
      <details class="more" ?open=${moreOpen} @toggle=${toggled(ctx, s.id, 'more')}>
        <summary>${msg(l, 'card.more', { name: isolated(name.text, nameLang) })}</summary>
        ${moreOpen ? moreDetails(result, ctx, openLine) : nothing}
      </details>
      <div class="card-foot">
        <p class="meta">
          ${msg(l, 'card.checked', { date: l.date(s.lastReviewed) })}${
            stale ? html` · <strong>${l.t('card.stale')}</strong>` : nothing
          }
        </p>
        <!-- The words say what a press does, so the state never rests on ★ against ☆ alone. -->
        <button type="button" class=${saved ? 'button save saved' : 'button save'} @click=${() => ctx.onToggleSave(s)}>
          <span aria-hidden="true">${saved ? '★' : '☆'}</span>
          ${l.t(saved ? 'save.remove' : 'save.add')}
        </button>
      </div>
    </article>
  </li>`;
}

/**
 * What "More about …" holds. Drawn only once the person opens it: most cards are never opened,
 * and leaving this out makes a card a third of the elements, which is what keeps a key typed
 * in browse search quick with twenty new cards to draw.
 */
function moreDetails(result: Result, ctx: CardContext, openLine: TemplateResult | undefined): TemplateResult {
  const { service: s } = result;
  const { l } = ctx;
  const ages = agesWording(s);
  return html`<dl>
      ${
        s.access.howTo
          ? html`<dt>${l.t('card.how')}</dt>
              <dd>${feedText(s.access.howTo, ctx)}</dd>`
          : nothing
      }
      ${
        s.nextSteps
          ? html`<dt>${l.t('card.nextSteps')}</dt>
              <dd>${feedText(s.nextSteps, ctx)}</dd>`
          : nothing
      }
      <dt>${l.t('detail.who')}</dt>
      <dd>
        ${listOf(
          l,
          s.access.whoCanContact.map((a) => l.t(`audience.${a}`)),
        )}
      </dd>
      ${
        s.access.referralFrom.length
          ? html`<dt>${l.t('detail.referral')}</dt>
              <dd>
                ${listOf(
                  l,
                  s.access.referralFrom.map((w) => referralWho(l, w)),
                  'disjunction',
                )}
              </dd>`
          : nothing
      }
      <dt>${l.t('detail.ages')}</dt>
      <dd>
        ${
          ages === undefined
            ? l.t('card.agesUnknown')
            : ages.inferred
              ? msg(l, 'card.fromDescription', {
                  what: msg(l, 'card.ages', { min: ages.ages.min, max: ages.ages.max }),
                })
              : msg(l, 'card.ages', { min: ages.ages.min, max: ages.ages.max })
        }
      </dd>
      ${
        statedAreas(s) === undefined
          ? html`<dt>${l.t('where.area')}</dt>
              <dd>${l.t('reason.areaUnknown')}</dd>`
          : nothing
      }
      ${
        s.groups.length && provenanceOf(s, 'groups') !== 'default'
          ? html`<dt>${l.t('detail.groups')}</dt>
              <dd>
                ${asSaid(
                  s,
                  'groups',
                  listOf(
                    l,
                    s.groups.map((g) => labelOr(l, `group.${g}`, g)),
                  ),
                  ctx,
                )}
              </dd>`
          : nothing
      }
      ${
        s.level
          ? html`<dt>${l.t('detail.level')}</dt>
              <dd>${l.t(`level.${s.level}`)}</dd>`
          : nothing
      }
      <dt>${l.t('detail.languages')}</dt>
      <dd>
        ${listOf(
          l,
          s.languages.map((t) => l.languageName(t)),
        )}
      </dd>
      ${
        s.hours.length || s.hoursNote || openLine
          ? html`<dt>${l.t('detail.hours')}</dt>
              <dd>
                ${openLine ? html`<span>${openLine}</span><br />` : nothing}
                ${weeklyHours(l, s).map((line) => html`<span>${line}</span><br />`)} ${feedText(s.hoursNote, ctx)}
              </dd>`
          : nothing
      }
      <dt>${l.t('detail.cost')}</dt>
      <dd>${s.cost ? feedText(s.cost, ctx) : s.free ? l.t('card.free') : nothing}</dd>
      ${s.locations.map((loc) => {
        const directions = directionsHref(loc.lat, loc.lon, loc.postcode);
        // Addresses are plain strings: in the feed's default language, like its other plain text.
        const address = itemOf([loc.address, loc.postcode].filter(Boolean).join(', '), ctx);
        return html`<dt>${loc.name ? feedText(loc.name, ctx) : l.t('detail.where')}</dt>
          <dd>
            <span lang=${ifDefined(address.lang)} dir="auto">${address.text}</span>
            ${loc.accessibility ? html`<br />${feedText(loc.accessibility, ctx)}` : nothing}
            ${
              directions
                ? html`<br /><a href=${directions} target="_blank" rel="noopener noreferrer nofollow"
                      >${l.t('detail.directions')}</a
                    >`
                : nothing
            }
          </dd>`;
      })}
    </dl>
    ${
      ctx.feedbackUrl && safeHref(ctx.feedbackUrl)
        ? html`<p>
            <a href=${safeHref(ctx.feedbackUrl) ?? ''} target="_blank" rel="noopener noreferrer"
              >${l.t('card.report')}</a
            >
          </p>`
        : nothing
    }`;
}
