import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../../i18n/localize.ts';
import { langAttr, pickText } from '../../i18n/text.ts';
import { wordingFor, type Reader } from '../../journey/steps.ts';
import type { AgeNote } from '../../match/age-bridge.ts';
import type { Result } from '../../match/match.ts';
import { ASK, GO_ON } from '../../summary/age-words.ts';
import { listOf, msg, type ListItem } from './message.ts';

/**
 * A card's words about its age limit (see match/age-bridge.ts): near the top of its ages, what
 * happens then, in the reader's words ("you", "your child", "the young person", "your friend");
 * a badge on a service that carries on after another's limit, or whose ages run across 18.
 */

interface Words {
  l: Localizer;
  langs: readonly string[];
  reader?: Reader | undefined;
}

/** "This service is for people up to 18. After 18, you can go on to …" (or who to ask), for a card. */
export function ageBridgeLine(note: AgeNote | undefined, w: Words): TemplateResult | typeof nothing {
  if (note?.kind !== 'ends') return nothing;
  const { l } = w;
  const names = note.next.map((s): ListItem => {
    const name = pickText(s.name, w.langs);
    return { text: name.text, lang: langAttr(name.lang, l.lang) };
  });
  const then = names.length
    ? msg(l, wordingFor(GO_ON, w.reader), { max: note.max, list: listOf(l, names) })
    : msg(l, wordingFor(ASK, w.reader), { max: note.max });
  return html`<p class="notice age-next">${msg(l, 'ageNext.endsAt', { max: note.max })} ${then}</p>`;
}

/** "Carries on after 18" or "For ages 16 to 25: no gap at 18", among a card's badges. */
export function ageBridgeBadge(note: AgeNote | undefined, l: Localizer): TemplateResult | typeof nothing {
  switch (note?.kind) {
    case 'continues':
      return html`<span class="badge age">${msg(l, 'ageNext.carriesOn', { max: note.after })}</span>`;
    case 'bridges':
      return html`<span class="badge age"
        >${msg(l, 'ageNext.bridges', { min: note.min, max: note.max, at: note.at })}</span
      >`;
    default:
      return nothing;
  }
}

/** Above the results: how many carry on after an age limit, so a reader knows to look for the mark. */
export function ageBridgeNotice(results: readonly Result[], l: Localizer): TemplateResult | typeof nothing {
  const count = results.filter((r) => r.age?.kind === 'continues').length;
  return count ? html`<p class="notice">${l.t('ageNext.included', { count })}</p>` : nothing;
}
