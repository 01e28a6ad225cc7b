import { html, nothing, type TemplateResult } from 'lit';
import type { Feed } from '../../feed/parse.ts';
import { pickText } from '../../i18n/text.ts';
import { DELIVERY_PREFERENCES, type DeliveryPreference } from '../../match/answers.ts';
import { languagesOffered, type BrowseFilters } from '../../match/browse.ts';
import type { Result } from '../../match/match.ts';
import { heading } from './heading.ts';
import { resultList } from './result-list.ts';
import type { CardContext } from './service-card.ts';

export interface BrowseView {
  feed: Feed;
  filters: BrowseFilters;
  results: readonly Result[];
  card: CardContext;
  limit: number;
  onFilters: (filters: BrowseFilters) => void;
  onMore: () => void;
}

function selectValue(event: Event): string {
  return (event.target as HTMLSelectElement).value;
}

/**
 * Every service with filters and search. Filters are native controls in one fieldset; the count
 * is a live region in the element (announced politely, debounced), not here.
 */
export function browseView(v: BrowseView): TemplateResult {
  const { l, langs } = v.card;
  const f = v.filters;
  const set = (patch: Partial<BrowseFilters>) => v.onFilters({ ...f, ...patch });
  const check = (key: 'selfReferral' | 'free' | 'openNow', label: string) =>
    html`<label class="choice compact">
      <input
        type="checkbox"
        .checked=${f[key]}
        @change=${(e: Event) => set({ [key]: (e.target as HTMLInputElement).checked })}
      />
      <span>${label}</span>
    </label>`;
  return html`<section class="results" aria-labelledby="step-heading">
    ${heading(v.card.level - 1, l.t('browse.title'), { id: 'step-heading', cls: 'question', focusable: true })}
    <div class="field">
      <label for="browse-search">${l.t('browse.search')}</label>
      <span class="hint" id="browse-search-hint">${l.t('browse.searchHint')}</span>
      <input
        id="browse-search"
        class="text-input"
        type="search"
        autocomplete="off"
        aria-describedby="browse-search-hint"
        .value=${f.query}
        @input=${(e: Event) => set({ query: (e.target as HTMLInputElement).value })}
      />
    </div>
    <fieldset class="filters">
      <legend class="visually-hidden">${l.t('browse.filters')}</legend>
      <div class="filter-grid">
        <div class="field">
          <label for="f-topic">${l.t('browse.topic')}</label>
          <select
            id="f-topic"
            class="select"
            @change=${(e: Event) => set({ topics: selectValue(e) ? [selectValue(e)] : [] })}
          >
            <option value="" ?selected=${!f.topics.length}>${l.t('browse.anyTopic')}</option>
            ${v.feed.topics.map(
              (t) =>
                html`<option value=${t.id} ?selected=${f.topics.includes(t.id)}>
                  ${pickText(t.name, langs).text}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="f-age">${l.t('browse.age')}</label>
          <input
            id="f-age"
            class="text-input short"
            type="text"
            inputmode="numeric"
            maxlength="2"
            autocomplete="off"
            .value=${f.age === undefined ? '' : String(f.age)}
            @input=${(e: Event) => {
              const raw = (e.target as HTMLInputElement).value.trim();
              const next = { ...f };
              if (/^\d{1,2}$/.test(raw)) next.age = Number(raw);
              else delete next.age;
              v.onFilters(next);
            }}
          />
        </div>
        <div class="field">
          <label for="f-area">${l.t('browse.area')}</label>
          <select
            id="f-area"
            class="select"
            @change=${(e: Event) => {
              const next = { ...f };
              if (selectValue(e)) next.area = selectValue(e);
              else delete next.area;
              v.onFilters(next);
            }}
          >
            <option value="" ?selected=${!f.area}>${l.t('where.anyArea')}</option>
            ${v.feed.areas.map(
              (a) => html`<option value=${a.id} ?selected=${f.area === a.id}>${pickText(a.name, langs).text}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="f-how">${l.t('browse.how')}</label>
          <select
            id="f-how"
            class="select"
            @change=${(e: Event) => set({ delivery: selectValue(e) ? [selectValue(e) as DeliveryPreference] : [] })}
          >
            <option value="" ?selected=${!f.delivery.length}>${l.t('browse.anyHow')}</option>
            ${DELIVERY_PREFERENCES.map(
              (d) => html`<option value=${d} ?selected=${f.delivery.includes(d)}>${l.t(`how.${d}`)}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="f-lang">${l.t('browse.language')}</label>
          <select
            id="f-lang"
            class="select"
            @change=${(e: Event) => {
              const next = { ...f };
              if (selectValue(e)) next.language = selectValue(e);
              else delete next.language;
              v.onFilters(next);
            }}
          >
            <option value="" ?selected=${!f.language}>${l.t('browse.anyLanguage')}</option>
            ${languagesOffered(v.feed.services).map(
              (tag) => html`<option value=${tag} ?selected=${f.language === tag}>${l.languageName(tag)}</option>`,
            )}
          </select>
        </div>
      </div>
      <div class="choices">
        ${check('selfReferral', l.t('browse.selfReferral'))} ${check('free', l.t('browse.free'))}
        ${check('openNow', l.t('browse.openNow'))}
      </div>
    </fieldset>
    <div class="nav">
      <p class="count">${l.t('results.count', { count: v.results.length })}</p>
      <span class="spacer"></span>
      <button
        type="button"
        class="button link"
        @click=${() => v.onFilters({ topics: [], delivery: [], selfReferral: false, free: false, openNow: false, query: '' })}
      >
        ${l.t('browse.clear')}
      </button>
    </div>
    ${v.results.length ? resultList(v.results, v.card, v.limit, v.onMore) : html`<p class="notice">${l.t('browse.none')}</p>`}
    ${nothing}
  </section>`;
}
