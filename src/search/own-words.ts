import { DEFAULT_TOPICS } from '../feed/default-topics.ts';
import type { LocalisedText } from '../feed/schema.ts';
import { Analyser } from './analyser.ts';
import { FuzzyVocabulary } from './fuzzy.ts';
import type { Lexicon } from './lexicon/types.ts';
import { words, type Word } from './tokenise.ts';

/** A topic as own-words matching sees it: the feed's topic plus its optional per-language phrases. */
export interface TopicWords {
  id: string;
  name: LocalisedText;
  keywords: readonly string[];
  /** The feed's own everyday phrases, by language tag. */
  phrases?: Readonly<Record<string, readonly string[]>> | undefined;
}

/** A topic the person's words point to. */
export interface Suggestion {
  topic: string;
  /** The words that pointed to it, normalised ("cant sleep"), for "because you wrote…". */
  because: string;
}

/** Marks a group's phrases among the topics' (group slugs and topic ids share one namespace otherwise). */
const GROUP = 'group:';

/** Other words allowed between two words of a phrase: "my dad always hits me" is "dad hits". */
const GAP = 2;

interface Part {
  key: string;
  cjk: boolean;
}

interface Pattern {
  topic: string;
  parts: Part[];
  weak: boolean;
}

interface QueryToken {
  word: Word;
  keys: Set<string>;
}

interface Match {
  topic: string;
  start: number;
  end: number;
  weak: boolean;
}

const stemKey = (stem: string) => `s:${stem}`;
const exactKey = (word: string) => `e:${word}`;

/**
 * Reads a person's own words ("I can't sleep and my dad hits me") and suggests topics. Whole
 * words and phrases only, in the reader's language and English; stop words never match; a word
 * that is not in the lexicon nor in the feed is compared with the lexicon's words for typos.
 * Pure and synchronous: the lexicons are passed in, already loaded.
 */
export class OwnWords {
  readonly #analyser: Analyser;
  readonly #byFirst = new Map<string, Pattern[]>();
  readonly #keys = new Set<string>();
  /** Lexicon words (not CJK) → the keys they stand for, for typo correction. */
  readonly #vocabulary = new Map<string, string[]>();
  readonly #fuzzy: FuzzyVocabulary;
  readonly #knownWord: ((word: string) => boolean) | undefined;
  readonly #stemmers = new Map<string, Analyser>();

  /**
   * @param knownWord tells whether a normalised word appears in the feed's text, so that a real
   *   word is not "corrected" into a topic word (optional; see SearchIndex.hasWord).
   */
  constructor(options: {
    topics: readonly TopicWords[];
    lang: string;
    lexicons: readonly Lexicon[];
    knownWord?: (word: string) => boolean;
  }) {
    const { topics, lang, lexicons } = options;
    this.#analyser = new Analyser(lang, lexicons);
    this.#knownWord = options.knownWord;
    const base = (tag: string) => tag.toLowerCase().split('-')[0] ?? tag;
    const wanted = new Set([base(lang), 'en']);
    for (const topic of topics) {
      const fromLexicons = lexicons.flatMap((l) =>
        topic.id in l.topics ? [{ l, list: l.topics[topic.id] ?? [] }] : [],
      );
      for (const { l, list } of fromLexicons) for (const phrase of list) this.#add(topic.id, phrase, l.lang);
      const shipped = DEFAULT_TOPICS.find((t) => t.id === topic.id);
      // The lexicon supersedes the shipped keywords, some of which are too broad on their own.
      for (const keyword of topic.keywords) {
        if (!(fromLexicons.length > 0 && shipped?.keywords.includes(keyword))) this.#add(topic.id, keyword, 'en');
      }
      for (const [tag, list] of Object.entries(topic.phrases ?? {})) {
        if (wanted.has(base(tag))) for (const phrase of list) this.#add(topic.id, phrase, tag);
      }
      if (fromLexicons.length === 0) {
        // A feed's own topic: its name, cut at commas and "and"/"or", is all there is to go on.
        const names = typeof topic.name === 'string' ? { en: topic.name } : topic.name;
        for (const [tag, name] of Object.entries(names)) {
          for (const piece of name.split(/[,:;&/()]|\s(?:and|or|a|i|lub|oraz|та|і|або|و)\s/u))
            this.#add(topic.id, piece, tag);
        }
      }
    }
    // Typos rarely fall on the first letter; requiring it keeps "thinking" from becoming "drinking".
    for (const l of lexicons) {
      for (const [group, list] of Object.entries(l.groups ?? {})) {
        for (const phrase of list) this.#add(`${GROUP}${group}`, phrase, l.lang);
      }
    }
    this.#fuzzy = new FuzzyVocabulary([...this.#vocabulary.keys()], { splitByFirstLetter: true });
  }

  #add(topic: string, phrase: string, lang: string): void {
    const weak = phrase.startsWith('~');
    const parts: Part[] = [];
    for (const piece of phrase.replace(/^~/, '').split(/\s+/)) {
      const exact = piece.startsWith('=');
      for (const word of words(exact ? piece.slice(1) : piece)) {
        if (this.#analyser.isStop(word.text)) continue;
        if (word.cjk) {
          for (const char of word.text) if (!this.#analyser.isStop(char)) parts.push({ key: `c:${char}`, cjk: true });
          continue;
        }
        const key = exact ? exactKey(word.text) : stemKey(this.#stemIn(word.text, lang));
        parts.push({ key, cjk: false });
        const known = this.#vocabulary.get(word.text) ?? [];
        if (!known.includes(key)) this.#vocabulary.set(word.text, [...known, key]);
      }
    }
    const first = parts[0];
    if (!first) return;
    for (const part of parts) this.#keys.add(part.key);
    const list = this.#byFirst.get(first.key) ?? [];
    // The same words listed twice ("tata mnie bije", "tata bije") must not count twice.
    const same = (p: Pattern) =>
      p.topic === topic && p.parts.map((x) => x.key).join(' ') === parts.map((x) => x.key).join(' ');
    if (list.some(same)) return;
    list.push({ topic, parts, weak });
    this.#byFirst.set(first.key, list);
  }

  /** A phrase's word is stemmed the way its own language stems it. */
  #stemIn(word: string, lang: string): string {
    let analyser = this.#stemmers.get(lang);
    if (!analyser) {
      analyser = new Analyser(lang, []);
      this.#stemmers.set(lang, analyser);
    }
    const stems = analyser.stems(word);
    return stems[stems.length - 1] ?? word;
  }

  #tokens(query: string): QueryToken[] {
    const tokens: QueryToken[] = [];
    for (const word of words(query)) {
      if (word.cjk) {
        for (const char of word.text) {
          if (!this.#analyser.isStop(char))
            tokens.push({ word: { ...word, text: char }, keys: new Set([`c:${char}`]) });
        }
        continue;
      }
      if (this.#analyser.isStop(word.text)) continue;
      const keys = new Set([exactKey(word.text), ...this.#analyser.stems(word.text).map(stemKey)]);
      if (![...keys].some((k) => this.#keys.has(k)) && !this.#knownWord?.(word.text)) {
        const [guess] = this.#fuzzy.closest(word.text, 1);
        for (const key of guess ? (this.#vocabulary.get(guess) ?? []) : []) keys.add(key);
      }
      tokens.push({ word, keys });
    }
    return tokens;
  }

  #matchAt(tokens: readonly QueryToken[], start: number, pattern: Pattern): number | undefined {
    let at = start;
    const clause = tokens[start]?.word.clause;
    for (const part of pattern.parts.slice(1)) {
      const gap = part.cjk ? 0 : GAP;
      let found = -1;
      for (let next = at + 1; next <= at + 1 + gap; next++) {
        const token = tokens[next];
        if (!token || token.word.clause !== clause) break;
        if (token.keys.has(part.key)) {
          found = next;
          break;
        }
      }
      if (found < 0) return undefined;
      at = found;
    }
    return at;
  }

  /** Topics the words point to, strongest first (at most `limit`). */
  suggest(query: string, limit = 4): Suggestion[] {
    return this.#suggest(query, false).slice(0, limit);
  }

  /**
   * Groups the words say the person belongs to (see the lexicons' `groups`), for ranking
   * services that are only for a group. Never shown as suggestions.
   */
  groupsFor(query: string): string[] {
    return this.#suggest(query, true).map((s) => s.topic);
  }

  #suggest(query: string, groups: boolean): Suggestion[] {
    const tokens = this.#tokens(query);
    const matches: Match[] = [];
    tokens.forEach((token, start) => {
      for (const key of token.keys) {
        for (const pattern of this.#byFirst.get(key) ?? []) {
          if (pattern.topic.startsWith(GROUP) !== groups) continue;
          const end = this.#matchAt(tokens, start, pattern);
          if (end !== undefined) matches.push({ topic: pattern.topic, start, end, weak: pattern.weak });
        }
      }
    });
    // "panic attack" is about worry, not about being attacked: a match inside a longer match
    // for another topic does not count.
    matches.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: Match[] = [];
    for (const m of matches) {
      const inside = kept.some(
        (k) => k.topic !== m.topic && k.start <= m.start && m.end <= k.end && k.end - k.start > m.end - m.start,
      );
      if (!inside) kept.push(m);
    }
    const strong = kept.some((m) => !m.weak);
    const scores = new Map<string, { score: number; first: number; because: string }>();
    for (const m of kept) {
      if (m.weak && strong) continue;
      const entry = scores.get(m.topic) ?? { score: 0, first: m.start, because: '' };
      const length = m.end - m.start + 1;
      if (!entry.because || length > entry.score) {
        const span = tokens.slice(m.start, m.end + 1);
        entry.because = span.map((t) => t.word.text).join(span.every((t) => t.word.cjk) ? '' : ' ');
      }
      entry.score += length;
      entry.first = Math.min(entry.first, m.start);
      scores.set(m.topic, entry);
    }
    return [...scores.entries()]
      .sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first || a[0].localeCompare(b[0]))
      .map(([topic, { because }]) => ({ topic: groups ? topic.slice(GROUP.length) : topic, because }));
  }
}
