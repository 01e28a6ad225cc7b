import type { Topic } from '../feed/schema.ts';
import type { Seeker } from '../match/answers.ts';
import { messages as first, type MessageKey, type Messages } from './en.ts';
import type { Localizer } from './localize.ts';
import { pickText, primary, type PickedText } from './text.ts';

/** Topic names are in the first part of English (test/unit/first-words.test.ts). */
const en: Partial<Messages> = first;

/** Helpers are everyone asking for someone else. */
type Helper = Exclude<Seeker, 'me'>;

const forAllHelpers = (key: MessageKey): Record<Helper, MessageKey> => ({
  'parent-carer': key,
  professional: key,
  friend: key,
});

/**
 * Default topics whose young-person name speaks as "I" or "you" ("Something bad happened to me"),
 * in the words of someone asking for another person. "Supporting my child" is the parent's own.
 */
export const HELPER_TOPIC_KEYS: Readonly<Record<string, Partial<Record<Helper, MessageKey>>>> = {
  'eating-body-image': forAllHelpers('topicOther.eating-body-image'),
  'hurting-yourself': forAllHelpers('topicOther.hurting-yourself'),
  identity: forAllHelpers('topicOther.identity'),
  'something-happened': forAllHelpers('topicOther.something-happened'),
  'how-i-think': forAllHelpers('topicOther.how-i-think'),
  wellbeing: forAllHelpers('topicOther.wellbeing'),
  parenting: { professional: 'topicOther.parenting', friend: 'topicOther.parenting' },
};

/** The catalog key a default topic's name comes from, for this reader. */
function topicKey(id: string, reader: Seeker | undefined): string {
  const own = reader && reader !== 'me' ? HELPER_TOPIC_KEYS[id]?.[reader] : undefined;
  return own ?? `topic.${id}`;
}

/**
 * A topic's name for the reader. The feed's own words in the reader's language come first (a
 * feed can override or add names per language); then, for one of the default topics, the
 * catalog's translation; then the feed's text in its own language, marked as such.
 *
 * A catalog name is used only when the feed's English name is the default one, so a feed that
 * gives a default id a different meaning ("sleep" for a sleep clinic) keeps its own words. For a
 * default topic, `reader` picks the words of whoever is asking (`HELPER_TOPIC_KEYS`).
 */
export function topicName(topic: Topic, l: Localizer, langs: readonly string[], reader?: Seeker): PickedText {
  const { name } = topic;
  const key = `topic.${topic.id}`;
  if (typeof name !== 'string') {
    const own = Object.entries(name).find(([tag]) => primary(tag) === primary(l.lang));
    // The default English words, given as such, still get the reader's own version below.
    if (own && !(l.has(key) && own[1] === en[key])) return { text: own[1], lang: own[0] };
  }
  if (l.has(key)) {
    const english = typeof name === 'string' ? name : (name['en'] ?? name['en-GB']);
    if (english === en[key]) {
      const own = topicKey(topic.id, reader);
      return { text: l.t(l.has(own) ? own : key), lang: l.lang };
    }
  }
  return pickText(name, langs);
}
