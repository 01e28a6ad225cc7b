import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { langAttr, pickText } from '../../../i18n/text.ts';
import { labelFor } from '../../../journey/steps.ts';
import { areaForPostcode } from '../../../match/postcode.ts';
import type { Area } from '../../../feed/schema.ts';
import { locate } from '../../locate.ts';
import { isolated, msg } from '../../parts/message.ts';
import { questionLegend } from './legend.ts';
import type { FeedQuestionProps } from './props.ts';

export function whereQuestion(p: FeedQuestionProps): TemplateResult {
  const { l, langs, prepared } = p;
  const a = p.journey.answers;
  const areas = prepared.feed.areas;
  const postcodeArea = a.postcode ? areaForPostcode(areas, a.postcode) : undefined;
  // Shown from the moment it is known (leaving the box, Enter, Next), and until the postcode changes.
  const unknown = a.postcode !== undefined && !postcodeArea;
  const onArea = (e: Event) => {
    const area = (e.target as HTMLSelectElement).value;
    p.dispatch(
      area ? { type: 'answer', set: { area }, clear: ['postcode'] } : { type: 'answer', clear: ['area', 'postcode'] },
    );
  };
  const onPostcode = (e: Event) => {
    const postcode = (e.target as HTMLInputElement).value.trim();
    const match = postcode ? areaForPostcode(areas, postcode) : undefined;
    if (!postcode) p.dispatch({ type: 'answer', clear: ['postcode'] });
    // A postcode the feed does not know leaves no area behind, rather than a wrong one.
    else if (match) p.dispatch({ type: 'answer', set: { postcode, area: match.id } });
    else p.dispatch({ type: 'answer', set: { postcode }, clear: ['area'] });
  };
  return html`<fieldset>
    ${questionLegend('where', p)}
    <div class="field">
      <label for="area">${l.t('where.area')}</label>
      <select id="area" class="select" @change=${onArea}>
        <option value="" ?selected=${!a.area}>${l.t('where.anyArea')}</option>
        ${areas.map((area) => {
          const name = pickText(area.name, langs);
          const lang = langAttr(name.lang, l.lang);
          return html`<option value=${area.id} lang=${ifDefined(lang)} ?selected=${a.area === area.id}>
            ${name.text}
          </option>`;
        })}
      </select>
    </div>
    <div class="field">
      <label for="postcode">${l.t(labelFor('where.postcode', a.seeker))}</label>
      <span class="hint" id="postcode-hint">${l.t('where.postcodeHint')}</span>
      <input
        id="postcode"
        class="text-input short"
        type="text"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="postcode-hint postcode-result"
        aria-invalid=${unknown ? 'true' : 'false'}
        .value=${a.postcode ?? ''}
        @change=${onPostcode}
        @keydown=${(e: KeyboardEvent) => {
          // Enter submits the form: the postcode is taken first, so Next checks what was typed.
          if (e.key === 'Enter') onPostcode(e);
        }}
      />
      <!-- Below the box, in room kept for it, so nothing moves under a pointer (see the styles). -->
      <p class=${unknown ? 'error' : 'hint'} id="postcode-result" role="status">
        ${
          postcodeArea
            ? msg(l, 'where.postcodeFound', { area: areaName(p, postcodeArea) })
            : unknown
              ? l.t('where.postcodeUnknown')
              : nothing
        }
      </p>
    </div>
    ${nearMe(p)}
  </fieldset>`;
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
