import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PreparedFeed } from '../../feed/prepared.ts';
import { langAttr, pickText, type PickedText } from '../../i18n/text.ts';
import { topicName } from '../../i18n/topic-names.ts';
import { DELIVERY_PREFERENCES, type DeliveryPreference } from '../../match/answers.ts';
import { emptyFilters, type BrowseFilters } from '../../match/browse-filters.ts';
import type { ResultList } from '../../match/browse.ts';
import { choice } from '../parts/choice.ts';
import { crisisBeside, type CrisisHost } from '../parts/crisis-help.ts';
import { heading } from '../parts/heading.ts';
import { searchField } from '../parts/search-field.ts';
import { resultList } from '../parts/result-list.ts';
import type { CardContext } from '../parts/service-card.ts';
import type { ListPage } from './context.ts';

export interface BrowseView {
  prepared: PreparedFeed;
  filters: BrowseFilters;
  results: ResultList;
  /** The person typed a search but the index is still being built: the list is not searched yet. */
  searching: boolean;
  card: CardContext;
  list: ListPage;
  onFilters: (filters: BrowseFilters) => void;
  crisis: CrisisHost;
}

interface Option {
  value: string;
  label: string;
  /** The label's language, when it is feed text in another language than the UI's. */
  lang?: string | undefined;
}

/** One filter drop-down: a label, an "any" choice, and the options. */
function select(
  id: string,
  label: string,
  any: string,
  options: readonly Option[],
  current: string | undefined,
  onChange: (value: string | undefined) => void,
): TemplateResult {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      class="select"
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value || undefined)}
    >
      <option value="" ?selected=${!current}>${any}</option>
      ${options.map(
        (o) =>
          html`<option value=${o.value} lang=${ifDefined(o.lang)} ?selected=${o.value === current}>${o.label}</option>`,
      )}
    </select>
  </div>`;
}

/**
 * Every service with filters and search. Filters are native controls in one fieldset; the count
 * is a live region in the element (announced politely, debounced), not here.
 */
export function browseView(v: BrowseView): TemplateResult {
  const { l, langs } = v.card;
  const f = v.filters;
  const set = (patch: Partial<BrowseFilters>) => v.onFilters({ ...f, ...patch });
  const setOptional = <K extends 'age' | 'area' | 'language'>(key: K, value: BrowseFilters[K] | undefined) => {
    const { [key]: _previous, ...rest } = f;
    // `rest` lacks only an optional key, so it is still a whole set of filters.
    v.onFilters(value === undefined ? (rest as BrowseFilters) : { ...f, [key]: value });
  };
  const option = (value: string, picked: PickedText): Option => ({
    value,
    label: picked.text,
    lang: langAttr(picked.lang, l.lang),
  });
  const topicOptions = v.prepared.feed.topics.map((t) => option(t.id, topicName(t, l, langs, v.card.reader)));
  const areaOptions = v.prepared.feed.areas.map((a) => option(a.id, pickText(a.name, langs)));
  const howOptions = DELIVERY_PREFERENCES.map((d) => ({ value: d, label: l.t(`how.${d}`) }));
  const languageOptions = v.prepared.languages.map((tag) => ({ value: tag, label: l.languageName(tag) }));
  const check = (key: 'selfReferral' | 'free' | 'openNow', label: string) =>
    choice({ type: 'checkbox', checked: f[key], label, compact: true, onChange: (on) => set({ [key]: on }) });
  return html`<section class="results" aria-labelledby="step-heading">
    ${heading(v.card.level - 1, l.t('browse.title'), { id: 'step-heading', cls: 'question', focusable: true })}
    <div class="field">
      ${searchField({
        id: 'browse-search',
        label: l.t('browse.search'),
        hint: l.t('browse.searchHint'),
        value: f.query,
        onInput: (query) => set({ query }),
      })}
      ${crisisBeside({
        l,
        langs,
        text: f.query,
        feed: v.prepared.feed,
        age: f.age,
        host: v.crisis,
      })}
    </div>
    <fieldset class="filters">
      <legend class="visually-hidden">${l.t('browse.filters')}</legend>
      <div class="filter-grid">
        ${select('f-topic', l.t('browse.topic'), l.t('browse.anyTopic'), topicOptions, f.topics[0], (value) =>
          set({ topics: value ? [value] : [] }),
        )}
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
              setOptional('age', /^\d{1,2}$/.test(raw) ? Number(raw) : undefined);
            }}
          />
        </div>
        ${select('f-area', l.t('browse.area'), l.t('where.anyArea'), areaOptions, f.area, (value) =>
          setOptional('area', value),
        )}
        ${select('f-how', l.t('browse.how'), l.t('browse.anyHow'), howOptions, f.delivery[0], (value) =>
          set({ delivery: value ? [value as DeliveryPreference] : [] }),
        )}
        ${select('f-lang', l.t('browse.language'), l.t('browse.anyLanguage'), languageOptions, f.language, (value) =>
          setOptional('language', value),
        )}
      </div>
      <div class="choices">
        ${check('selfReferral', l.t('browse.selfReferral'))} ${check('free', l.t('browse.free'))}
        ${check('openNow', l.t('browse.openNow'))}
      </div>
    </fieldset>
    <div class="nav">
      <p class="count">${l.t('results.count', { count: v.results.length })}</p>
      <span class="spacer"></span>
      <button type="button" class="button link" @click=${() => v.onFilters(emptyFilters())}>
        ${l.t('browse.clear')}
      </button>
    </div>
    ${v.searching ? html`<p class="notice" role="status">${l.t('browse.preparing')}</p>` : nothing}
    ${v.results.partial && v.results.length ? html`<p class="notice">${l.t('browse.partial')}</p>` : nothing}
    ${v.results.length ? resultList(v.results, v.card, v.list) : html`<p class="notice">${l.t('browse.none')}</p>`}
  </section>`;
}
