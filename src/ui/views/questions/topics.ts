import { html, nothing, type TemplateResult } from 'lit';
import { langAttr } from '../../../i18n/text.ts';
import { topicName } from '../../../i18n/topic-names.ts';
import { URGENT_TOPIC } from '../../../match/answers.ts';
import { choice } from '../../parts/choice.ts';
import { crisisBeside } from '../../parts/crisis-help.ts';
import { searchField } from '../../parts/search-field.ts';
import { urgentPrompt } from '../../parts/urgent-prompt.ts';
import { questionHint, questionLegend } from './legend.ts';
import type { FeedQuestionProps } from './props.ts';
import type { Seeker } from '../../../match/answers.ts';

/** Topics offered only to some readers: support for parenting is for parents and professionals. */
const TOPIC_READERS: Readonly<Record<string, readonly Seeker[]>> = { parenting: ['parent-carer', 'professional'] };

/** "This sounds like …" and the topics the person's own words point to, or nothing when none. */
export function suggestedWords({ l, langs, prepared, suggestions }: FeedQuestionProps): string {
  const names = suggestions.flatMap((id) => {
    const topic = prepared.topicsById.get(id);
    return topic ? [topicName(topic, l, langs).text] : [];
  });
  return names.length ? `${l.t('topics.suggested')} ${l.list(names)}` : '';
}

export function topicsQuestion(p: FeedQuestionProps): TemplateResult {
  const { l, langs, journey, prepared } = p;
  const a = journey.answers;
  const toggle = (id: string, on: boolean) =>
    p.dispatch({
      type: 'answer',
      set: { topics: on ? [...new Set([...a.topics, id])] : a.topics.filter((t) => t !== id) },
    });
  return html`<fieldset>
    ${questionLegend('topics', p)}
    <p class="hint">${questionHint('topics', p)}</p>
    <div class="choices">
      ${prepared.feed.topics
        .filter((t) => {
          const readers = TOPIC_READERS[t.id];
          return !readers || (a.seeker !== undefined && readers.includes(a.seeker));
        })
        .map((t) => {
          const name = topicName(t, l, langs, a.seeker);
          return choice({
            type: 'checkbox',
            checked: a.topics.includes(t.id),
            label: name.text,
            lang: langAttr(name.lang, l.lang),
            onChange: (on) => toggle(t.id, on),
          });
        })}
    </div>
    ${a.topics.includes(URGENT_TOPIC) ? urgentPrompt(l, l.t('urgent.lead'), p.onShowUrgent) : nothing}
    <div class="field">
      ${searchField({
        id: 'query',
        label: l.t('topics.search'),
        hint: l.t('topics.searchHint'),
        value: a.query ?? '',
        onInput: (query) =>
          p.dispatch(query ? { type: 'answer', set: { query } } : { type: 'answer', clear: ['query'] }),
      })}
      ${crisisBeside({
        l,
        langs,
        text: a.query ?? '',
        feed: prepared.feed,
        age: a.age,
        host: p.crisis,
      })}
      ${
        p.suggestions.length
          ? html`<div class="suggestions" role="group" aria-labelledby="suggested-label">
              <p id="suggested-label" class="hint">${l.t('topics.suggested')}</p>
              <div class="choices">
                ${p.suggestions.flatMap((id) => {
                  const topic = prepared.topicsById.get(id);
                  if (!topic) return [];
                  const name = topicName(topic, l, langs, a.seeker);
                  // A suggestion counts only once ticked; ticking it ticks the topic above too.
                  return [
                    choice({
                      type: 'checkbox',
                      checked: a.topics.includes(id),
                      label: name.text,
                      lang: langAttr(name.lang, l.lang),
                      compact: true,
                      onChange: (on) => toggle(id, on),
                    }),
                  ];
                })}
              </div>
            </div>`
          : nothing
      }
    </div>
  </fieldset>`;
}
