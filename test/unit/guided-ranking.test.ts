/**
 * The guided journey ranks with the person's own words and their chosen topics' words read
 * against each service's text, so a feed that tags everything `wellbeing` still puts relevant
 * services first; tags from the source weigh more than guessed ones, which weigh more than words.
 */
import { describe, expect, it } from 'vitest';
import { parseFeed, type Feed } from '../../src/feed/parse.ts';
import { prepareFeed } from '../../src/feed/prepared.ts';
import { emptyAnswers, type Answers } from '../../src/match/answers.ts';
import { guidedResults, type GuidedInput } from '../../src/match/guided.ts';
import { matchServices, type Reason } from '../../src/match/match.ts';
import { buildIndex } from '../../src/search/build-index.ts';
import { lexicon as en } from '../../src/search/lexicon/en.ts';
import { OwnWords } from '../../src/search/own-words.ts';
import { THIN_PERSONAS, thinFeed } from '../fixtures/thin-feed.ts';
import { minimalFeed, minimalService } from './fixtures.ts';

const NOW = new Date('2026-11-25T15:00:00Z');
const answers = (a: Partial<Answers>): Answers => ({ ...emptyAnswers(), ...a });

/** Everything the element would hand `guidedResults` once search is ready, for a feed. */
function ready(feed: Feed): Omit<GuidedInput, 'answers'> {
  const index = buildIndex(feed, 'en', [en]);
  const words = new OwnWords({ topics: feed.topics, lang: 'en', lexicons: [en], knownWord: (w) => index.hasWord(w) });
  return { prepared: prepareFeed(feed), now: NOW, langs: ['en', 'en'], words, index };
}

const thin = parseFeed(thinFeed());
const inThin = ready(thin.feed);

describe('guided ranking on a thinly tagged feed', () => {
  it('reads every service of the fixture, all tagged wellbeing only', () => {
    expect(thin.feed.services.length).toBeGreaterThanOrEqual(40);
    expect(thin.feed.services.every((s) => s.topics.join() === 'wellbeing')).toBe(true);
  });

  it('gives everyone the same first five without the words: what this change is for', () => {
    const { prepared } = inThin;
    const without = (a: Partial<Answers>) =>
      guidedResults({ prepared, now: NOW, langs: ['en'], answers: answers(a) })
        .results.slice(0, 5)
        .map((r) => r.service.id);
    const anxious = without(THIN_PERSONAS[0]!.answers);
    expect(without(THIN_PERSONAS[3]!.answers)).toEqual(anxious);
    expect(anxious).not.toContain('calm-minds');
  });

  it.each(THIN_PERSONAS.map((p) => [p.who, p] as const))('puts the right services first for %s', (_, persona) => {
    const order = guidedResults({ ...inThin, answers: answers(persona.answers) }).results.map((r) => r.service.id);
    const top = order.slice(0, 5);
    for (const id of persona.expected) expect(top, `${id} in ${top.join(', ')}`).toContain(id);
    const last = Math.max(...persona.expected.map((id) => order.indexOf(id)));
    for (const id of persona.below ?? []) expect(order.indexOf(id) < 0 || order.indexOf(id) > last, id).toBe(true);
  });

  it('says which of the service’s own words matched, as the feed writes them', () => {
    const { results } = guidedResults({ ...inThin, answers: answers({ seeker: 'me', age: 15, query: 'self harm' }) });
    const harbour = results.find((r) => r.service.id === 'harbour')!;
    const words = harbour.reasons.find((r): r is Extract<Reason, { kind: 'words' }> => r.kind === 'words');
    expect(words?.words).toContain('self-harm');
    const pregnant = guidedResults({ ...inThin, answers: answers({ seeker: 'me', query: 'I might be pregnant' }) });
    const clinic = pregnant.results.find((r) => r.service.id === 'sexual-health-clinic')!;
    // "pregnant" points to relationships and sex, whose everyday phrases are read too.
    const clinicWords = clinic.reasons.find((r): r is Extract<Reason, { kind: 'words' }> => r.kind === 'words');
    expect(clinicWords?.lang).toBe('en');
    expect(clinicWords?.words.some((w) => w.startsWith('pregnancy'))).toBe(true);
    // Words in most services say nothing about why one of them is here.
    for (const r of pregnant.results) {
      const said = r.reasons.flatMap((x) => (x.kind === 'words' ? x.words : []));
      expect(said).not.toContain('be');
    }
  });

  it('with a topic chosen, lists only services whose text reads on it, rather than everything', () => {
    const { results, widened } = guidedResults({ ...inThin, answers: answers({ seeker: 'me', topics: ['loss'] }) });
    expect(widened).toEqual([]);
    expect(results.map((r) => r.service.id)).toContain('rainbows');
    expect(results.map((r) => r.service.id)).not.toContain('handyperson');
  });

  it('gives what matching alone gives while search is not ready', () => {
    const { prepared } = inThin;
    const a = answers({ seeker: 'me', age: 14, query: 'anxious', topics: ['feeling-worried'] });
    const alone = matchServices(thin.feed.services, a, {
      now: NOW,
      timeZone: thin.feed.partnership.timeZone,
      areas: thin.feed.areas,
      queryGroups: [],
      queryTopics: [],
    });
    expect(guidedResults({ prepared, now: NOW, langs: ['en'], answers: a })).toEqual(alone);
  });
});

describe('what a topic tag weighs by where it came from', () => {
  const service = (id: string, provenance?: Record<string, unknown>) =>
    minimalService({
      id,
      name: `Service ${id}`,
      description: 'Help with anxiety for young people.',
      topics: ['feeling-worried', 'wellbeing'],
      ...(provenance ? { provenance } : {}),
      access: { selfReferral: true },
    });
  const feed = parseFeed({
    ...minimalFeed([
      service('a-text-only', { topics: { from: 'default' } }),
      service('b-guessed', { 'topics.feeling-worried': { from: 'inferred', evidence: ['anxiety'], confidence: 0.7 } }),
      service('c-source'),
      service('d-reviewed', { 'topics.feeling-worried': { from: 'reviewed', by: 'j.smith 2026-11-02' } }),
    ]),
    version: '1.1',
  }).feed;
  // The first has only the words: its tags are the mapping's defaults.
  const input = ready(feed);

  it('puts the source’s and a reviewer’s tags first, then a guess from the text, then the text alone', () => {
    const order = guidedResults({ ...input, answers: answers({ topics: ['feeling-worried'] }) }).results.map(
      (r) => r.service.id,
    );
    expect(order).toEqual(['c-source', 'd-reviewed', 'b-guessed', 'a-text-only']);
  });

  it('takes a service the source tagged with something specific at its tags, one tagged only wellbeing at its words', () => {
    const worriedParents = (id: string, topics: string[]) =>
      minimalService({ id, description: 'Support after self-harm. We also support worried parents.', topics });
    const tagged = parseFeed({
      ...minimalFeed([
        service('c-source'),
        worriedParents('self-harm-tagged', ['hurting-yourself']),
        worriedParents('wellbeing-only', ['wellbeing']),
      ]),
      version: '1.1',
    }).feed;
    const ids = guidedResults({ ...ready(tagged), answers: answers({ topics: ['feeling-worried'] }) }).results.map(
      (r) => r.service.id,
    );
    expect(ids).toEqual(['c-source', 'wellbeing-only']);
  });

  it('lifts services tagged with a topic the words point to, without leaving others out', () => {
    const { results } = guidedResults({ ...input, answers: answers({ query: 'I am so anxious' }) });
    expect(results.map((r) => r.service.id)).toEqual(['c-source', 'd-reviewed', 'b-guessed', 'a-text-only']);
  });
});
