import type { Topic } from '../feed/schema.ts';
import { messages as en } from './en.ts';
import type { Localizer } from './localize.ts';
import { pickText, type PickedText } from './text.ts';

function primary(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? tag;
}

/**
 * A topic's name for the reader. The feed's own words in the reader's language come first (a
 * feed can override or add names per language); then, for one of the default topics, the
 * catalog's translation; then the feed's text in its own language, marked as such.
 *
 * A catalog name is used only when the feed's English name is the default one, so a feed that
 * gives a default id a different meaning ("sleep" for a sleep clinic) keeps its own words.
 */
export function topicName(topic: Topic, l: Localizer, langs: readonly string[]): PickedText {
  const { name } = topic;
  if (typeof name !== 'string') {
    const own = Object.entries(name).find(([tag]) => primary(tag) === primary(l.lang));
    if (own) return { text: own[1], lang: own[0] };
  }
  const key = `topic.${topic.id}`;
  if (l.has(key)) {
    const english = typeof name === 'string' ? name : (name['en'] ?? name['en-GB']);
    if (english === en[key]) return { text: l.t(key), lang: l.lang };
  }
  return pickText(name, langs);
}
