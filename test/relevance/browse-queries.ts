import { normalise } from '../../src/search/normalise.ts';

/**
 * Browse-search queries and how to tell which services must be found: those whose name or
 * description contains every word of the query, as written or in a plain inflection. English
 * inflections are derived (s, es, ed, ing…); other languages list their forms.
 */
export interface BrowseQuery {
  query: string;
  /** For each word of the query, the forms that count as "containing" it; derived for English. */
  forms?: string[][];
}

export const SYNTHETIC_BROWSE_QUERIES: readonly BrowseQuery[] = [
  ...[
    'housing',
    'counselling',
    'anxiety',
    'self harm',
    'bereavement',
    'bullying',
    'sleep',
    'exam',
    'autism',
    'carer',
    'parenting',
    'trauma',
    'drug',
    'loneliness',
    'confidence',
    'depression',
    'worry',
    'panic',
    'nightmare',
    'interpreter',
    'wheelchair',
    'young carers',
    'family',
    'gaming',
    'anger',
    'grief',
    'referral',
    'waiting list',
    'LGBTQ',
    'eating',
    'worried',
    'counsellor',
    'Counselling Service',
    'school',
    'mediation',
  ].map((query) => ({ query })),
  { query: 'lęk', forms: [['lęk', 'lęku', 'lęki', 'lękiem']] },
  { query: 'depresja', forms: [['depresja', 'depresji', 'depresję']] },
  { query: 'тривога', forms: [['тривога', 'тривогу', 'тривоги', 'тривогою']] },
  { query: 'депресія', forms: [['депресія', 'депресією', 'депресії']] },
  { query: 'القلق', forms: [['القلق', 'قلق']] },
  { query: 'الاكتئاب', forms: [['الاكتئاب', 'اكتئاب']] },
  { query: '焦虑' },
  { query: '压力' },
  { query: '睡' },
  { query: '考试' },
];

export const SAMPLE_BROWSE_QUERIES: readonly BrowseQuery[] = [
  'worried',
  'anxious',
  'exams',
  'counselling',
  'housing',
  'sleep',
  'bullying',
  'young carers',
  'autism',
  'grief',
  'parents',
  'group',
  'online',
  'self harm',
  'drop-in',
  'refugees',
  'BSL',
  'art',
  'football',
  'nurse',
].map((query) => ({ query }));

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Plain English inflections of a word: worry → worries, worried, worrying; hope → hoping. */
export function englishForms(word: string): string[] {
  const forms = [word, `${word}s`, `${word}es`, `${word}ed`, `${word}d`, `${word}ing`];
  if (word.endsWith('y')) forms.push(`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`);
  if (word.endsWith('e')) forms.push(`${word.slice(0, -1)}ing`);
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}

/**
 * A test of whether a normalised text contains every word of the query (in one of its forms) as
 * a whole word. Built once per query; run it on `normalise(text)`.
 */
export function mentions(query: BrowseQuery): (normalisedText: string) => boolean {
  const queryWords = normalise(query.query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const tests = queryWords.map((word, i): ((text: string) => boolean) => {
    if (CJK.test(word)) return (text) => text.includes(word);
    const forms = (query.forms?.[i] ?? englishForms(word)).map(normalise);
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])(${forms.join('|')})($|[^\\p{L}\\p{N}])`, 'u');
    return (text) => pattern.test(text);
  });
  return (text) => tests.every((test) => test(text));
}
