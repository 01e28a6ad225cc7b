import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Service } from '../../feed/schema.ts';
import type { Localizer } from '../../i18n/localize.ts';
import { langAttr, pickText } from '../../i18n/text.ts';
import type { Answers } from '../../match/answers.ts';
import { helpSoon, knownWait, whileYouWait } from '../../match/wait.ts';
import { knownWaitWords, waitSizeWords, type WaitClock } from '../../summary/wait-words.ts';
import type { ScreenContext } from '../views/context.ts';
import { contactLinks } from './contact-links.ts';
import { isolated } from './message.ts';
import type { CardContext } from './service-card.ts';

/**
 * What a card needs to speak of waits: the clock they are worded against, the person's answers
 * (needing help soon asks about unknown waits; age, area and who is asking choose what helps
 * meanwhile) and the feed's services to choose from.
 */
export interface CardWaits extends WaitClock {
  answers: Answers;
  services: readonly Service[];
}

/** A screen's card context with waits: put together in the later files, so the first download does not carry it. */
export function withWaits(ctx: ScreenContext): CardContext {
  const { prepared, session, today } = ctx;
  const { reviewPeriodDays } = prepared.feed.partnership;
  const waits = { today, reviewPeriodDays, answers: session.journey.answers, services: prepared.feed.services };
  return { ...ctx.card, waits };
}

/**
 * "While you wait" lists by the services they come from, then by service and the answers that
 * choose them: a card is drawn again at every key typed in browse search, and each list reads
 * the whole feed.
 */
const meantimeMemo = new WeakMap<readonly Service[], Map<string, readonly Service[]>>();

function meantimeOf(s: Service, waits: CardWaits): readonly Service[] {
  const { age, area, seeker } = waits.answers;
  let byKey = meantimeMemo.get(waits.services);
  if (!byKey) meantimeMemo.set(waits.services, (byKey = new Map<string, readonly Service[]>()));
  const key = [s.id, age, area, seeker].join('|');
  let found = byKey.get(key);
  if (!found) byKey.set(key, (found = whileYouWait(s, waits.services, waits.answers)));
  return found;
}

/**
 * The usual wait in plain words and who said so, or, when nobody did and the person needs help
 * soon, a prompt to ask. Nothing at all otherwise: an unknown wait is never guessed.
 */
export function waitLine(
  l: Localizer,
  langs: readonly string[],
  s: Service,
  waits: CardWaits | undefined,
): TemplateResult | typeof nothing {
  if (!waits) return nothing;
  const wait = knownWait(s, waits.today, waits.reviewPeriodDays);
  if (!wait) return helpSoon(waits.answers) ? html`<p class="wait">${l.t('wait.ask')}</p>` : nothing;
  const words = knownWaitWords(l, wait, waits.today);
  // Who said so is the feed's plain text, in its default language, marked as such (WCAG 3.1.2).
  const by = pickText(wait.by, langs);
  const lang = langAttr(by.lang, l.lang);
  return html`<p class="wait">
    <span>${words}</span><br /><span class="meta"
      >${l.parts('wait.by', { by: by.text }, (v) => isolated(v, lang))}</span
    >
  </p>`;
}

/** Only the first way to get in touch, by the order the card lists them: a short list stays short. */
function firstContact(c: Service['contact']): Service['contact'] {
  if (c.phone) return { phone: c.phone };
  if (c.sms) return { sms: c.sms, ...(c.smsBody ? { smsBody: c.smsBody } : {}) };
  if (c.web) return { web: c.web };
  if (c.form) return { form: c.form };
  return c.email ? { email: c.email } : {};
}

/**
 * "While you wait": beside a service with a long wait, what from the same feed can help sooner,
 * each with its usual wait and one way to get in touch.
 */
export function meantimeList(
  l: Localizer,
  langs: readonly string[],
  waiting: Service,
  waits: CardWaits | undefined,
): TemplateResult | typeof nothing {
  const services = waits ? meantimeOf(waiting, waits) : [];
  if (!waits || services.length === 0) return nothing;
  return html`<div class="meantime">
    <p><strong>${l.t('wait.meantime')}</strong></p>
    <ul>
      ${services.map((s) => {
        const name = pickText(s.name, langs);
        return html`<li>
          <strong lang=${ifDefined(langAttr(name.lang, l.lang))} dir="auto">${name.text}</strong><br />
          <span>${waitSizeWords(l, s, waits)}</span> ${contactLinks(l, firstContact(s.contact))}
        </li>`;
      })}
    </ul>
  </div>`;
}
