import { html, nothing, type TemplateResult } from 'lit';
import { agesOf, selfReferralOf } from '../../feed/known.ts';
import { ifDefined } from 'lit/directives/if-defined.js';
import { paragraphs, splitDescription } from '../../feed/description.ts';
import type { Area, LocalisedText, Service, Topic } from '../../feed/schema.ts';
import { safeHref } from '../../feed/links.ts';
import type { Localizer } from '../../i18n/localize.ts';
import { langAttr, pickText } from '../../i18n/text.ts';
import { topicName } from '../../i18n/topic-names.ts';
import type { Seeker } from '../../match/answers.ts';
import type { Reason, Result } from '../../match/match.ts';
import type { OpenState } from '../../schedule/open-state.ts';
import { contactLinks } from './contact-links.ts';
import { heading } from './heading.ts';
import { isolated, listOf, msg, type ListItem } from './message.ts';

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

/** Why a service is listed. Topic and area names may be feed text in another language: marked. */
function reasonText(reason: Reason, ctx: CardContext): TemplateResult | string {
  const { l } = ctx;
  switch (reason.kind) {
    case 'topic':
      return msg(l, 'reason.topic', {
        list: listOf(
          l,
          reason.topics.map((id): ListItem => {
            const topic = ctx.topics.get(id);
            if (!topic) return { text: id };
            const picked = topicName(topic, l, ctx.langs, ctx.reader);
            return { text: picked.text, lang: langAttr(picked.lang, l.lang) };
          }),
        ),
      });
    case 'age':
      return msg(l, 'reason.age', { min: reason.min, max: reason.max });
    case 'area': {
      const area = ctx.areas.get(reason.area);
      const item = area ? itemOf(area.name, ctx) : { text: reason.area };
      return msg(l, 'reason.area', { area: isolated(item.text, item.lang) });
    }
    case 'everywhere':
      return l.t('reason.everywhere');
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

/** One result: what it is, why it is here, how to get in touch, and how fresh the details are. */
export function serviceCard(result: Result, ctx: CardContext): TemplateResult {
  const { service: s, open } = result;
  const { l } = ctx;
  const name = pickText(s.name, ctx.langs);
  const nameLang = langAttr(name.lang, l.lang);
  const openLine = openText(l, open);
  const stale = s.lastReviewed < ctx.staleBefore;
  const selfReferral = selfReferralOf(s);
  const referral =
    selfReferral === undefined
      ? nothing
      : selfReferral
        ? html`<span class="badge self">${ctx.helper ? l.t('card.selfReferralOther') : l.t('card.selfReferral')}</span>`
        : html`<span class="badge"
            >${
              s.access.referralFrom.length
                ? msg(l, 'card.referralFrom', {
                    // Any one of them can refer: "a GP, a school or CAMHS".
                    who: listOf(
                      l,
                      s.access.referralFrom.map((w) => referralWho(l, w)),
                      'disjunction',
                    ),
                  })
                : l.t('card.referral')
            }</span
          >`;
  const why = result.reasons.filter((r) => r.kind !== 'selfReferral' && r.kind !== 'openNow');
  const saved = ctx.isSaved(s.id);
  const moreOpen = ctx.isOpen(s.id, 'more');
  return html`<li>
    <article class=${saved ? 'card saved' : 'card'} part="card" aria-labelledby=${`svc-${s.id}`}>
      ${heading(ctx.level, html`<span lang=${ifDefined(nameLang)} dir="auto">${name.text}</span>`, { id: `svc-${s.id}`, focusable: true })}
      ${s.organisation ? html`<p class="meta">${feedText(s.organisation, ctx)}</p>` : nothing}
      <div class="badges">
        ${saved ? html`<span class="badge saved-mark"><span aria-hidden="true">★ </span>${l.t('save.saved')}</span>` : nothing}
        ${referral}
        ${openLine ? html`<span class=${open.kind === 'closed' ? 'badge' : 'badge open'}>${openLine}</span>` : nothing}
        ${s.free ? html`<span class="badge">${l.t('card.free')}</span>` : nothing}
        ${
          ctx.helper && result.helperCanContact && !result.forHelper
            ? html`<span class="badge">${l.t('card.onBehalf')}</span>`
            : nothing
        }
      </div>
      ${description(s.description, ctx, s.id, `svc-${s.id}`)}
      ${
        why.length
          ? html`<div>
              <p><strong>${l.t('card.why')}</strong></p>
              <ul class="reasons">
                ${why.map((r) => html`<li>${reasonText(r, ctx)}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${contactLinks(l, s.contact)}
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
  const ages = agesOf(s);
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
      ${
        ages
          ? html`<dt>${l.t('detail.ages')}</dt>
              <dd>${msg(l, 'card.ages', { min: ages.min, max: ages.max })}</dd>`
          : nothing
      }
      ${
        s.groups.length
          ? html`<dt>${l.t('detail.groups')}</dt>
              <dd>
                ${listOf(
                  l,
                  s.groups.map((g) => labelOr(l, `group.${g}`, g)),
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
