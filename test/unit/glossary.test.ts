import { describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS } from '../../src/feed/default-topics.ts';
import { TERMS, termsIn } from '../../src/i18n/glossary.ts';
import { messages } from '../english.ts';

/**
 * Words that people meeting this finder (often young, often worried) should not have to decode:
 * service-system jargon and technical words. Each may appear only when explained on the spot.
 */
const BANNED_JARGON: readonly { term: RegExp; why: string }[] = [
  { term: /\bCAMHS\b/, why: 'an NHS acronym most young people and parents do not know' },
  { term: /\btargeted support\b/i, why: 'commissioning language' },
  { term: /\bspecialist support\b/i, why: 'commissioning language' },
  { term: /\bcommunity support\b/i, why: 'commissioning language' },
  { term: /\btiers?\b/i, why: 'commissioning language' },
  { term: /\bcare[- ]experienced\b/i, why: 'a professional term; say "in care"' },
  { term: /\bneuro(divergent|diverse|typical|atypical)\b/i, why: 'a term many families do not use' },
  { term: /\btext relay\b/i, why: 'a service name that does not say what it does' },
  { term: /\bsignpost(ing|ed)?\b/i, why: 'professional jargon' },
  { term: /\bthroughcare\b/i, why: 'a Scottish care-system term' },
  { term: /\blistings?\b/i, why: 'directory jargon: say "service" or "details"' },
  { term: /\bformats?\b/i, why: 'technical' },
  { term: /\bservers?\b/i, why: 'technical' },
  { term: /\bfeeds?\b/i, why: 'technical' },
  { term: /\bJSON\b/, why: 'technical' },
];

/**
 * Explained means the term is followed at once by its meaning in brackets, as in
 * "CAMHS (the NHS’s Child and Adolescent Mental Health Services)", or is itself the bracketed
 * name after plain words, as in "a team that supports young people leaving care (throughcare)".
 */
function unexplained(text: string): string[] {
  const found: string[] = [];
  for (const { term } of BANNED_JARGON) {
    const global = new RegExp(term.source, term.flags.includes('g') ? term.flags : `${term.flags}g`);
    for (const match of text.matchAll(global)) {
      const after = text.slice(match.index + match[0].length);
      const before = text.slice(0, match.index);
      const insideBrackets = before.lastIndexOf('(') > before.lastIndexOf(')');
      if (!/^\s*\(/.test(after) && !insideBrackets) found.push(match[0]);
    }
  }
  return found;
}

/** Every text of a message, plural forms included. */
function texts(message: string | Readonly<Record<string, string | undefined>>): string[] {
  return typeof message === 'string' ? [message] : Object.values(message).filter((t) => t !== undefined);
}

describe('the glossary check', () => {
  it('finds jargon, and accepts it explained in brackets right after', () => {
    expect(unexplained('Needs a referral from CAMHS')).toEqual(['CAMHS']);
    expect(unexplained('CAMHS (the NHS’s Child and Adolescent Mental Health Services)')).toEqual([]);
    expect(unexplained('The server failed; the listing is in the wrong format.')).toEqual([
      'listing',
      'format',
      'server',
    ]);
    expect(unexplained('Tell us what you think: feedback')).toEqual([]);
    expect(unexplained('a team for young people leaving care (throughcare)')).toEqual([]);
    expect(unexplained('a throughcare team (for care leavers)')).toEqual(['throughcare']);
  });

  it('finds no unexplained jargon in the English catalog', () => {
    // A toggletip's term is the jargon itself, named so its button can explain it (tip.mean.*).
    const offending = Object.entries(messages)
      .filter(([key]) => !key.startsWith('tip.term.'))
      .flatMap(([key, message]) =>
        texts(message).flatMap((text) => unexplained(text).map((term) => `${key}: “${term}” in “${text}”`)),
      );
    expect(offending).toEqual([]);
  });

  it('finds no unexplained jargon in the default topics’ names', () => {
    const offending = DEFAULT_TOPICS.flatMap((topic) =>
      texts(topic.name).flatMap((text) => unexplained(text).map((term) => `${topic.id}: “${term}”`)),
    );
    expect(offending).toEqual([]);
  });
});

describe('the toggletips’ terms', () => {
  it('are found in a service’s own English words, and only as whole words', () => {
    expect(termsIn('Free confidential counselling at our weekly drop-in. Ask your GP.')).toEqual([
      'gp',
      'counselling',
      'confidential',
      'drop-in',
    ]);
    expect(termsIn('A counsellor from CAMHS; drop in any time')).toEqual(['camhs', 'counselling', 'drop-in']);
    expect(termsIn('GPS tracking, a dropout, confidentially speaking')).toEqual(['confidential']);
  });

  it('are each explained in plain words, with no jargon left unexplained', () => {
    for (const term of TERMS) {
      const meaning = texts(messages[`tip.mean.${term}`]).join(' ');
      expect(meaning.length, term).toBeGreaterThan(40);
      expect(unexplained(meaning), term).toEqual([]);
    }
  });
});
