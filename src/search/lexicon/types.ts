/**
 * The words one language brings to search: stop words, and everyday words and phrases for each
 * of the shipped topics. One file a language, loaded only when that language is in use.
 */
export interface Lexicon {
  /** BCP 47 tag of the language the words are in. */
  lang: string;
  /**
   * Words that carry no meaning of their own ("and", "her", "the"). They never suggest a topic,
   * are left out of phrases ("my dad hits me" matches "dad hits"), and are not indexed.
   * Words that change the meaning ("not", "no", "nobody", "out", "down") are not stop words.
   */
  stopWords: readonly string[];
  /**
   * Everyday words and phrases by shipped topic id (see src/feed/default-topics.ts). Each is
   * matched as whole words, in order, allowing a couple of other words in between; endings are
   * handled by the stemmer, so "hit" also finds "hits" and "hitting". Common misspellings may be
   * listed; other typos are caught by fuzzy matching.
   *
   * A word written `=word` matches only that exact word, not its stem ("=parenting" does not
   * match "parents"). A phrase starting with `~` is weak: it suggests its topic only when
   * nothing else is suggested ("struggling" alone means general wellbeing; beside "exams" it
   * adds nothing).
   */
  topics: Readonly<Record<string, readonly string[]>>;
  /**
   * Words that say the person belongs to a group some services are only for (the feed's
   * `onlyFor`: `domestic-abuse`, `refugees`…), matched like topic phrases. They only lift those
   * services in the ranking; they never suggest a topic.
   */
  groups?: Readonly<Record<string, readonly string[]>>;
}

/** Every phrase `who` + `what`: "dad hits me", "mum hits me"… */
export function combine(who: readonly string[], what: readonly string[]): string[] {
  return who.flatMap((w) => what.map((x) => `${w} ${x}`));
}
