import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS } from '../../src/feed/default-topics.ts';
import { parseFeed } from '../../src/feed/parse.ts';
import { buildIndex } from '../../src/search/build-index.ts';
import { editDistance } from '../../src/search/edit-distance.ts';
import { lexicon as en } from '../../src/search/lexicon/en.ts';
import { lexicon as pl } from '../../src/search/lexicon/pl.ts';
import { LEXICON_LANGUAGES, lexiconLanguage, loadLexicons } from '../../src/search/lexicons.ts';
import { normalise, normaliseUnicode } from '../../src/search/normalise.ts';
import { OwnWords } from '../../src/search/own-words.ts';
import { stemsOf } from '../../src/search/stem.ts';
import { cjkIndexGrams, cjkQueryGrams, forEachWord, words } from '../../src/search/tokenise.ts';
import { sampleFeed } from './fixtures.ts';

describe('normalise and words', () => {
  it('folds case, accents, compatibility forms and apostrophes', () => {
    expect(normalise('Can’t SLEEP')).toBe('cant sleep');
    expect(normalise('Lęk ŻÓŁW')).toBe('lek zolw');
    expect(normalise('ＡＢＣ１')).toBe('abc1');
    expect(normalise('أُريد')).toBe('اريد');
    expect(normalise('Їжа й')).toBe('іжа и');
  });

  it('takes a short cut for ASCII text that gives what the full Unicode path gives', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (text) => normalise(text) === normaliseUnicode(text)));
    expect(normalise("Can't `SLEEP`")).toBe(normaliseUnicode("Can't `SLEEP`"));
  });

  it('walks the words of any text as words() finds them, ASCII by character', () => {
    const walked = (text: string) => {
      const out: [string, boolean][] = [];
      forEachWord(text, (word, cjk) => out.push([word, cjk]));
      return out;
    };
    const text = fc.oneof(fc.string({ unit: 'binary-ascii' }), fc.string({ unit: 'grapheme' }), fc.string());
    fc.assert(
      fc.property(text, (t) => {
        expect(walked(t)).toEqual(words(t).map((w) => [w.text, w.cjk]));
      }),
      { numRuns: 500 },
    );
    expect(walked("Can't sleep, 2 nights")).toEqual([
      ['cant', false],
      ['sleep', false],
      ['2', false],
      ['nights', false],
    ]);
  });

  it('is idempotent on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => normalise(normalise(text)) === normalise(text)));
  });

  it('splits Latin, Cyrillic and Arabic into words and keeps Chinese runs together', () => {
    expect(words('I feel sad, тривога قلق 我很焦虑').map((w) => [w.text, w.cjk, w.clause])).toEqual([
      ['i', false, 0],
      ['feel', false, 0],
      ['sad', false, 0],
      ['тривога', false, 1],
      ['قلق', false, 1],
      ['我很焦虑', true, 1],
    ]);
    expect(cjkIndexGrams('焦虑症')).toEqual(['焦', '虑', '症', '焦虑', '虑症']);
    expect(cjkQueryGrams('哭')).toEqual(['哭']);
    expect(cjkQueryGrams('睡不着')).toEqual(['睡不', '不着']);
  });

  it('stems plain inflections together in each language', () => {
    const same = (lang: string, ...forms: string[]) =>
      expect(new Set(forms.map((f) => stemsOf(normalise(f), lang).at(-1))).size, forms.join()).toBe(1);
    same('en', 'worried', 'worries', 'worrying', 'worry');
    same('en', 'house', 'houses', 'housing');
    same('en', 'hit', 'hits', 'hitting');
    same('pl', 'lęk', 'lęku', 'lękiem', 'lęki');
    same('uk', 'тривога', 'тривоги', 'тривогу', 'тривогою');
    expect(stemsOf(normalise('القلق'), 'ar')).toEqual(stemsOf(normalise('قلق'), 'ar'));
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one typo', () => {
    expect(editDistance('anxeity', 'anxiety', 2)).toBe(1);
    expect(editDistance('sand', 'sad', 2)).toBe(1);
    expect(editDistance('thinking', 'drinking', 1)).toBe(2);
  });

  it('is symmetric, zero only for equal words, and never more than the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b, 24);
        expect(d).toBe(editDistance(b, a, 24));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('OwnWords', () => {
  const matcher = new OwnWords({ topics: DEFAULT_TOPICS, lang: 'pl', lexicons: [pl, en] });

  it('never suggests anything for stop words alone, in any order', () => {
    const stops = [...en.stopWords, ...pl.stopWords];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...stops), { minLength: 1, maxLength: 8 }), (list) => {
        expect(matcher.suggest(list.join(' '))).toEqual([]);
      }),
    );
  });

  it('never throws and suggests at most the limit, each topic once', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const topics = matcher.suggest(text, 3).map((s) => s.topic);
        expect(topics.length).toBeLessThanOrEqual(3);
        expect(new Set(topics).size).toBe(topics.length);
      }),
    );
  });

  it('says which words pointed to each topic', () => {
    expect(matcher.suggest("I can't sleep and my dad hits me")).toEqual([
      { topic: 'sleep', because: 'cant sleep' },
      { topic: 'something-happened', because: 'dad hits' },
    ]);
  });

  it('uses a feed’s own phrases and its own topics’ names', () => {
    const custom = new OwnWords({
      topics: [
        ...DEFAULT_TOPICS.map((t) => (t.id === 'sleep' ? { ...t, phrases: { en: ['up with the owls'] } } : t)),
        // A subject no default topic covers (money and debt became one: money-housing).
        { id: 'pets', name: { en: 'Pets and animals', pl: 'Zwierzęta i pupile' }, keywords: ['hamster'] },
      ],
      lang: 'pl',
      lexicons: [pl, en],
    });
    expect(custom.suggest('always up with the owls').map((s) => s.topic)).toEqual(['sleep']);
    expect(custom.suggest('mam pupile').map((s) => s.topic)).toEqual(['pets']);
    expect(custom.suggest('my hamster').map((s) => s.topic)).toEqual(['pets']);
  });
});

describe('SearchIndex', () => {
  const { feed } = parseFeed(sampleFeed());
  const index = buildIndex(feed, 'en', [en]);

  it('never throws; hits are distinct services, best first, scores within 0 to 1', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (query) => {
        const { docs, scores } = index.search(query);
        expect(new Set(docs).size).toBe(docs.length);
        for (let i = 0; i < docs.length; i++) {
          expect(docs[i]).toBeLessThan(feed.services.length);
          expect(scores[i]).toBeGreaterThanOrEqual(0);
          expect(scores[i]).toBeLessThanOrEqual(1);
          if (i > 0) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1]!);
        }
      }),
    );
  });

  it('filters nothing for stop words alone, and says when no service has every word', () => {
    expect(index.search('the and of').empty).toBe(true);
    const partial = index.search('sleep zzzqqqxxx');
    expect(partial.partial).toBe(true);
    expect(partial.docs.length).toBeGreaterThan(0);
  });

  it('reads a word being typed by its start, and a start too common to narrow anything as no word', () => {
    // "ca", half-way to "carers": the services with a word starting so, not "nothing found".
    const begun = index.search('ca');
    expect(begun.empty).toBe(false);
    expect(begun.docs.length).toBeGreaterThan(0);
    // A name that begins so comes first: names weigh most.
    expect(normalise(JSON.stringify(feed.services[begun.docs[0]!]!.name))).toMatch(/\bca/);
    // Five hundred different words begin "zq": the two letters say nothing about what is wanted.
    const json = sampleFeed();
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const many = Array.from({ length: 500 }, (_, i) => `zq${letters[i % 26]}${letters[Math.floor(i / 26) % 26]}x`);
    (json.services[0] as { description: string }).description = many.join(' ');
    const wide = buildIndex(parseFeed(json).feed, 'en', [en]);
    expect(wide.search('zq').empty).toBe(true);
    expect(wide.search('zqab').docs.length).toBe(1);
    // Nor do two letters that most services have a word starting with, however few the words.
    const common = sampleFeed();
    common.services.forEach((service, i) => {
      if (i % 4 !== 0) (service as { description: string }).description += i % 2 ? ' zqxyz' : ' zqwv';
    });
    const most = buildIndex(parseFeed(common).feed, 'en', [en]);
    expect(most.search('zq').empty).toBe(true);
    expect(most.search('zqxy').docs.length).toBeGreaterThan(0);
  });

  it('follows a word typed past its stem: "worrie" on the way to "worried" finds what "worried" finds', () => {
    for (const [typing, word] of [
      ['worrie', 'worried'],
      ['bullie', 'bullied'],
    ] as const) {
      const whole = new Set(index.search(word).docs);
      expect(whole.size).toBeGreaterThan(0);
      const begun = new Set(index.search(typing).docs);
      for (const doc of whole) expect(begun.has(doc)).toBe(true);
    }
  });

  it('offers searches to warm up with, typed from the feed’s own common words, each finding services', () => {
    const searches = index.typicalSearches();
    expect(searches.length).toBeGreaterThan(3);
    // Built up a letter at a time, as a person types: a start, the word, then a second word begun.
    expect(searches[1]!.startsWith(searches[0]!)).toBe(true);
    expect(searches[2]!.startsWith(`${searches[1]!} `)).toBe(true);
    for (const query of searches) expect(index.search(query).docs.length).toBeGreaterThan(0);
  });

  it('gives the same answers whatever was searched before', () => {
    const first = [...index.search('anxious').docs];
    index.search('sleep problems');
    index.search('young carers');
    expect([...index.search('anxious').docs]).toEqual(first);
  });
});

describe('SearchIndex phrases', () => {
  // Services written the way a council directory writes them, in an order that puts the traps
  // first: ties would otherwise be broken by feed order.
  const services = [
    {
      name: 'Volunteer to help prevent sexual harm',
      description: 'Train to run sessions that build self-confidence and respect in young people.',
    },
    {
      name: 'Youth counselling',
      description: 'Help with self-esteem, exam stress and harm from drinking. Drop in on Tuesdays.',
    },
    {
      name: 'Harbour',
      description: 'Support for young people who self-harm or think about it, and for their families.',
    },
    {
      name: 'Safe space',
      description: 'A group for people who self harm, run by people who have been there.',
    },
    { name: 'Parenting workshops', description: 'Evening sessions for parents and carers. Free.' },
  ].map((s) => ({ ...s, topics: [] }));
  const phrases = buildIndex({ topics: [], services }, 'en', [en]);
  const names = (query: string) => [...phrases.search(query).docs].map((doc) => services[doc]!.name);

  it('puts services with the words side by side first: "self harm" is not "sexual harm"', () => {
    const got = names('self harm');
    expect(got.slice(0, 2).sort()).toEqual(['Harbour', 'Safe space']);
    // The words apart still count, after the phrase.
    expect(got).toContain('Youth counselling');
    expect(got.indexOf('Volunteer to help prevent sexual harm')).toBeGreaterThan(1);
    expect(names('self-harm').slice(0, 2).sort()).toEqual(['Harbour', 'Safe space']);
  });

  it('ranks the words side by side above the same words apart in the same field', () => {
    const got = names('harm self');
    // Out of order is not the phrase: no bonus, so feed order decides among equals.
    expect(got.indexOf('Youth counselling')).toBeLessThan(got.indexOf('Safe space'));
    const inOrder = names('self harm');
    expect(inOrder.indexOf('Safe space')).toBeLessThan(inOrder.indexOf('Youth counselling'));
  });

  it('reads a sentence against every service, phrase first, and names the words that matched as written', () => {
    const { scores, terms } = phrases.relevance([{ own: 'I self harm and feel awful', weight: 1 }]);
    const best = [...scores.keys()].sort((a, b) => scores[b]! - scores[a]!);
    expect(
      best
        .slice(0, 2)
        .map((doc) => services[doc]!.name)
        .sort(),
    ).toEqual(['Harbour', 'Safe space']);
    expect(scores[4]).toBe(0);
    expect(phrases.wordsIn('Self-harm support. Self harm, and harm to yourself; self harm again.', terms)).toEqual([
      'Self-harm',
      'harm',
    ]);
    // The same word in other forms is said once: "Sleep" and "sleeping".
    const sleep = buildIndex(
      {
        topics: [],
        services: [{ name: 'Sleep clinic', description: 'Trouble sleeping?', topics: [] }, ...services.slice(0, 2)],
      },
      'en',
      [en],
    );
    expect(
      sleep.wordsIn('Sleep clinic. Trouble sleeping?', sleep.relevance([{ own: 'sleep', weight: 1 }]).terms),
    ).toEqual(['Sleep']);
  });

  it('keeps scores within 0 to 1 with a phrase in the name and the description', () => {
    const index = buildIndex(
      { topics: [], services: [{ name: 'Self harm help', description: 'Self harm help.', topics: [] }] },
      'en',
      [en],
    );
    const { scores } = index.search('self harm help');
    expect(scores[0]).toBeGreaterThan(0.5);
    expect(scores[0]).toBeLessThanOrEqual(1);
  });

  it('counts a topic’s phrase for the services tagged with the topic', () => {
    const topics = [{ id: 'hurting-yourself', name: 'Hurting yourself', keywords: ['self harm'] }];
    const tagged = [
      { name: 'Talk it out', description: 'Someone to talk to, any time.', topics: ['hurting-yourself'] },
      { name: 'Harm reduction and self-esteem', description: 'Advice on drugs and alcohol.', topics: [] },
    ];
    const index = buildIndex({ topics, services: tagged }, 'en', [en]);
    // Both words in a name weigh more than both in a topic's words, but not more than the topic's phrase.
    expect([...index.search('self harm').docs]).toEqual([0, 1]);
    expect([...index.search('harm self').docs]).toEqual([1, 0]);
  });
});

describe('lexicons', () => {
  it('load the reader’s language and English, one import each', async () => {
    expect((await loadLexicons('pl-PL')).map((l) => l.lang)).toEqual(['pl', 'en']);
    expect((await loadLexicons('en-GB')).map((l) => l.lang)).toEqual(['en']);
    expect((await loadLexicons('gd')).map((l) => l.lang)).toEqual(['gd', 'en']);
    expect((await loadLexicons('fr')).map((l) => l.lang)).toEqual(['en']);
    expect(lexiconLanguage('zh-CN')).toBe('zh-Hans');
    expect(lexiconLanguage('zh-Hant-TW')).toBeUndefined();
  });

  it('only name shipped topics, and no phrase is made of stop words alone', async () => {
    const ids = new Set(DEFAULT_TOPICS.map((t) => t.id));
    for (const lang of LEXICON_LANGUAGES) {
      const [lexicon] = await loadLexicons(lang);
      for (const topic of Object.keys(lexicon!.topics)) expect(ids.has(topic), `${lang} ${topic}`).toBe(true);
      const stops = new Set(lexicon!.stopWords.map(normalise));
      for (const phrases of Object.values(lexicon!.topics)) {
        for (const phrase of phrases) {
          const content = words(phrase.replace(/[~=]/g, '')).filter((w) => !stops.has(w.text));
          expect(content.length, `${lang} "${phrase}"`).toBeGreaterThan(0);
        }
      }
    }
  });
});
