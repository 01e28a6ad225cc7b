import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { langAttr, pickText } from '../../../i18n/text.ts';
import { labelFor, unknownPlaceKey } from '../../../journey/steps.ts';
import { areaForPostcode } from '../../../match/postcode.ts';
import type { Area } from '../../../feed/schema.ts';
import { areaNamed, placeSuggestions, type PlaceSuggestion } from '../../../match/place-suggest.ts';
import { locate } from '../../locate.ts';
import { floatBeside } from '../../parts/floating.ts';
import { isolated, msg } from '../../parts/message.ts';
import { questionLegend } from './legend.ts';
import type { FeedQuestionProps } from './props.ts';

export function whereQuestion(p: FeedQuestionProps): TemplateResult {
  const { l, popups } = p;
  const a = p.journey.answers;
  const areas = p.prepared.feed.areas;
  const postcodeArea = a.postcode ? areaForPostcode(areas, a.postcode) : undefined;
  // Shown from the moment it is known (leaving the box, Enter, Next), and until the postcode changes.
  const unknown = a.postcode !== undefined && !postcodeArea;
  const box = popups.place;
  const suggestions = box.typed === undefined ? [] : placeSuggestions(areas, box.typed);
  const open = box.open && suggestions.length > 0;
  const active = open ? Math.min(box.active, suggestions.length - 1) : -1;
  const chosen = a.area ? p.prepared.areasById.get(a.area) : undefined;
  // The person's own words while they type; then the postcode they gave, or the area's name.
  const shown = box.typed ?? a.postcode ?? (chosen ? pickText(chosen.name, p.langs).text : '');
  const listName = l.t(labelFor('where.postcode', a.seeker));
  const done = () => popups.setPlace({ typed: undefined, open: false, active: -1 });
  const choose = (area: Area) => {
    p.dispatch({ type: 'answer', set: { area: area.id }, clear: ['postcode'] });
    done();
  };
  /** The words in the box as the answer: an area's whole name, else the words as a postcode. */
  const take = (typed: string) => {
    const words = typed.trim();
    const named = words ? areaNamed(areas, words) : undefined;
    if (named) return choose(named);
    const match = words ? areaForPostcode(areas, words) : undefined;
    if (!words) p.dispatch({ type: 'answer', clear: ['area', 'postcode'] });
    // A postcode the feed does not know leaves no area behind, rather than a wrong one.
    else if (match) p.dispatch({ type: 'answer', set: { postcode: words, area: match.id } });
    else p.dispatch({ type: 'answer', set: { postcode: words }, clear: ['area'] });
    done();
  };
  const onInput = (e: Event) => {
    const typed = (e.target as HTMLInputElement).value;
    const found = placeSuggestions(areas, typed).length;
    popups.setPlace({ typed, open: true, active: -1 });
    popups.announce(typed.trim() ? l.t('where.matches', { count: found }) : '');
  };
  const onKeydown = (e: KeyboardEvent) => {
    const input = e.target as HTMLInputElement;
    const last = suggestions.length - 1;
    const move = (to: number) => {
      e.preventDefault();
      popups.setPlace({ typed: box.typed ?? input.value, open: true, active: to });
    };
    if (e.key === 'ArrowDown' && (open || placeSuggestions(areas, input.value).length))
      move(open && active < last ? active + 1 : 0);
    else if (e.key === 'ArrowUp' && open) move(active > 0 ? active - 1 : last);
    else if ((e.key === 'Home' || e.key === 'End') && active >= 0) move(e.key === 'Home' ? 0 : last);
    else if (e.key === 'Escape' && open) {
      // Closes the list and keeps the words: Escape must not lose what someone wrote.
      e.preventDefault();
      e.stopPropagation();
      popups.setPlace({ open: false, active: -1 });
    } else if (e.key === 'Enter') {
      const option = suggestions[active];
      if (option) {
        // Chooses; the form is sent by the next Enter, once the person has heard the choice.
        e.preventDefault();
        choose(option.area);
      } else {
        // Enter submits the form: the words are taken first, so Next checks what was typed.
        take(input.value);
      }
    }
  };
  return html`<fieldset>
    ${questionLegend('where', p)}
    <div class="field place">
      <label for="postcode" id="postcode-label">${l.t(labelFor('where.postcode', a.seeker))}</label>
      <span class="hint" id="postcode-hint">${l.t('where.postcodeHint')}</span>
      <!-- The ARIA APG editable combobox with list autocomplete: focus stays in the box, the
           option under the arrow keys is aria-activedescendant. -->
      <input
        id="postcode"
        class="text-input"
        type="text"
        role="combobox"
        aria-labelledby="postcode-label"
        aria-autocomplete="list"
        aria-controls="place-list"
        aria-expanded=${open ? 'true' : 'false'}
        aria-activedescendant=${ifDefined(active >= 0 ? `place-${active}` : undefined)}
        autocomplete="off"
        spellcheck="false"
        aria-describedby="postcode-hint postcode-result"
        aria-invalid=${unknown ? 'true' : 'false'}
        .value=${shown}
        @input=${onInput}
        @change=${(e: Event) => take((e.target as HTMLInputElement).value)}
        @keydown=${onKeydown}
        @blur=${() => open && popups.setPlace({ open: false, active: -1 })}
      />
      ${
        // Two templates, so closing removes the open list and its placing stops (see floating.ts).
        open
          ? html`<ul
              id="place-list"
              class="place-list"
              role="listbox"
              aria-label=${listName}
              ${floatBeside((list) => list.parentElement?.querySelector('#postcode'))}
            >
              ${suggestions.map((s, i) => placeOption(p, s, i === active, () => choose(s.area), i))}
            </ul>`
          : html`<ul id="place-list" role="listbox" aria-label=${listName} hidden></ul>`
      }
      <!-- Below the box, in room kept for it, so nothing moves under a pointer (see the styles). -->
      <p class=${unknown ? 'error' : 'hint'} id="postcode-result" role="status">
        ${
          postcodeArea
            ? msg(l, 'where.postcodeFound', { area: areaName(p, postcodeArea) })
            : unknown
              ? l.t(unknownPlaceKey(a.postcode ?? ''))
              : nothing
        }
      </p>
    </div>
    ${nearMe(p)}
  </fieldset>`;
}

/**
 * One suggestion. Pressing it must not take focus from the box (the list would close on blur
 * before the click), so the press's default is stopped; a tap is a click too.
 */
function placeOption(
  p: FeedQuestionProps,
  s: PlaceSuggestion,
  selected: boolean,
  onChoose: () => void,
  index: number,
): TemplateResult {
  const name = pickText(s.area.name, p.langs);
  // Keys reach the options through the box (aria-activedescendant), not the options themselves.
  // eslint-disable-next-line lit-a11y/click-events-have-key-events
  return html`<li
    id=${`place-${index}`}
    role="option"
    class="place-option"
    aria-selected=${selected ? 'true' : 'false'}
    @pointerdown=${(e: Event) => e.preventDefault()}
    @mousedown=${(e: Event) => e.preventDefault()}
    @click=${onChoose}
  >
    <span lang=${ifDefined(langAttr(name.lang, p.l.lang))} dir="auto">${name.text}</span>${
      s.postcode ? html` <span class="hint">${msg(p.l, 'where.byPostcode', { postcode: s.postcode })}</span>` : nothing
    }
  </li>`;
}

/** An area's name inside a sentence: isolated, and marked when it is not in the UI's language. */
function areaName(p: FeedQuestionProps, area: Area): TemplateResult {
  const name = pickText(area.name, p.langs);
  return isolated(name.text, langAttr(name.lang, p.l.lang));
}

function nearMe(p: FeedQuestionProps): TemplateResult {
  const { l } = p;
  const area = p.journey.answers.area ? p.prepared.areasById.get(p.journey.answers.area) : undefined;
  const status =
    p.locating === 'found'
      ? area
        ? msg(l, 'where.nearMeFound', { area: areaName(p, area) })
        : l.t('where.nearMeFoundNoArea')
      : p.locating === 'failed'
        ? l.t('where.nearMeFailed')
        : '';
  return html`<div class="field">
    <span class="hint" id="near-hint">${l.t('where.nearMeHint')}</span>
    <div class="nav">
      ${
        p.journey.answers.near
          ? html`<button type="button" class="button" @click=${p.onStopLocating}>${l.t('where.nearMeStop')}</button>`
          : html`<button
              type="button"
              class="button"
              aria-describedby="near-hint"
              ?disabled=${p.locating === 'locating'}
              @click=${() => p.onLocate(p.prepared, locate)}
            >
              ${l.t('where.nearMe')}
            </button>`
      }
    </div>
    <p class="hint" role="status">${status}</p>
  </div>`;
}
