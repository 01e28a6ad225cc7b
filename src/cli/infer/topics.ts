/**
 * Topics read from a service's name and description with the finder's own lexicons, so a
 * directory with no taxonomy still routes people to the right services.
 *
 * The lexicons were written for a person's own short words ("I can't sleep"), where one word is
 * enough. A service's paragraph is long and full of everyday words ("family", "home", "school",
 * "food"), so here: the broadest words never count; other single words are weak; a phrase of two
 * or more words, or a single unmistakable word ("anxiety", "bereavement"), is strong. A topic
 * needs one strong cue or two different weak ones, and a cue with "not"/"no" just before it
 * counts for nothing. OwnWords is not used directly: it corrects typos (wrong for a provider's
 * text), lets words sit apart ("sexual harm" is not "self harm" here) and keeps no positions.
 */
import { DEFAULT_TOPICS } from '../../feed/default-topics.ts';
import { Analyser } from '../../search/analyser.ts';
import { lexicon as ar } from '../../search/lexicon/ar.ts';
import { lexicon as cy } from '../../search/lexicon/cy.ts';
import { lexicon as en } from '../../search/lexicon/en.ts';
import { lexicon as gd } from '../../search/lexicon/gd.ts';
import { lexicon as pa } from '../../search/lexicon/pa.ts';
import { lexicon as pl } from '../../search/lexicon/pl.ts';
import { lexicon as ro } from '../../search/lexicon/ro.ts';
import type { Lexicon } from '../../search/lexicon/types.ts';
import { lexicon as uk } from '../../search/lexicon/uk.ts';
import { lexicon as ur } from '../../search/lexicon/ur.ts';
import { lexicon as zh } from '../../search/lexicon/zh-Hans.ts';
import { compilePhrase, findPhrase, isNegated, quote, textWords, type Phrase, type TextWord } from './text.ts';

export const LEXICONS: readonly Lexicon[] = [en, cy, gd, pl, uk, ar, ur, pa, ro, zh];

/** Every topic the importer can infer: the shipped ones. */
const INFERRED_TOPICS: readonly string[] = DEFAULT_TOPICS.map((t) => t.id);

/**
 * Words of service text, beside the lexicons, that name a topic. `!` marks a strong single word.
 * Relationships and sex, and money and housing, have all their English words here, so inference
 * does not depend on the lexicon files having them (it uses them too when they do).
 */
const EXTRA: Readonly<Record<string, readonly string[]>> = {
  wellbeing: [
    '!counselling',
    '!counseling',
    'counsellor',
    'counsellors',
    'therapy',
    'therapist',
    'talking therapies',
    'emotional support',
    'emotional wellbeing',
    'emotional health',
    'mental wellbeing',
    'listening service',
    'peer support',
    'crisis',
    'mental health support',
    'talk things through',
    'build confidence',
    'building confidence',
    'self esteem',
  ],
  'feeling-worried': ['!anxiety', 'low level anxiety'],
  parenting: [
    'parents of teenagers',
    'parents of children',
    'parents of young children',
    'support for parents',
    'workshops for parents',
    'meet other parents',
    'family support',
    'behaviour at home',
    'parenting support',
    'boundaries',
    'routines',
    '=parents',
  ],
  'school-stress': [
    'exam stress',
    'exam pressure',
    'worries about school',
    'support in school',
    'hard to go to school',
    'back to school',
    'school attendance',
    'school avoidance',
  ],
  sleep: ['trouble sleeping', 'sleep problems', 'sleep routines', 'help with sleep', 'sleep difficulties'],
  anger: ['keep your cool', 'anger management', 'managing anger'],
  'eating-body-image': [
    'food',
    'weight',
    'body looks',
    'body confidence',
    'eating problems',
    'eating difficulties',
    'disordered eating',
  ],
  'things-at-home': ['family support', 'parent who drinks', 'parents drinking', 'parent drinking', 'family breakdown'],
  'hurting-yourself': ['self injury', 'suicide prevention', 'suicidal thoughts', 'suicidal feelings'],
  'something-happened': [
    'sexual harm',
    'sexual abuse',
    'sexual violence',
    'sexual exploitation',
    'child sexual exploitation',
    'criminal exploitation',
    'abuse survivors',
    'survivors of abuse',
  ],
  'drugs-alcohol': [
    'overdose',
    'harm reduction',
    'substance misuse',
    'drug and alcohol',
    'needle exchange',
    'parent who drinks',
    'parents drinking',
    'parent drinking',
  ],
  caring: [
    'young carers',
    'young adult carers',
    'carers',
    'carer',
    'caring',
    'unpaid carers',
    'carers support',
    'replacement care',
    'looks after',
    'look after a family member',
    'looking after a family member',
    'care for a family member',
  ],
  friendships: [
    'make friends',
    'making friends',
    'meet friends',
    'new friends',
    'meet others',
    'meet new people',
    '!befriending',
    'befriender',
    'social group',
    'social activities',
    'good company',
    'chat',
    'youth club',
    'youth sessions',
    'youth night',
    'isolated',
    'lonely',
  ],
  loss: ['bereavement support', 'suicide bereavement'],
  'relationships-sex': [
    'sexual health',
    '!contraception',
    '!contraceptive',
    '!contraceptives',
    '!pregnancy',
    '!pregnant',
    'sti',
    'stis',
    'sexually transmitted',
    '!chlamydia',
    '!hiv',
    'condoms',
    'c card',
    'healthy relationships',
    'relationship advice',
    'relationship support',
    'relationships',
    'relationship',
    'sex',
    'sexual',
    'dating',
    'consent',
    'abortion',
    'teenage parents',
    'young parents',
    'sex education',
    'relationships and sex education',
  ],
  'money-housing': [
    '!debt',
    '!debts',
    'money worries',
    'money advice',
    'money problems',
    'benefits',
    'benefit claims',
    'universal credit',
    'welfare rights',
    'welfare benefits',
    'housing',
    'housing advice',
    'housing support',
    '!homeless',
    '!homelessness',
    'rough sleeping',
    'food bank',
    '!foodbank',
    'budgeting',
    'money',
    'employment',
    'jobs',
    'job',
    'job club',
    'job search',
    'cv',
    'apprenticeship',
    'apprenticeships',
    'rent',
    'rent arrears',
    '!eviction',
    'tenancy',
    'financial',
    'cost of living',
    'fuel poverty',
    'income',
    'sleeping rough',
    'losing their home',
    'losing your home',
    'emergency food',
    'food parcels',
    'unemployed',
    'back into work',
    'job seekers',
  ],
  'being-online': ['social media', 'online safety', 'staying safe online', 'screen time', 'gaming'],
};

/**
 * Single words strong enough on their own in a service's text. Every other single word is weak.
 * Shared across languages only for English; another language's single words are all weak.
 */
const STRONG = new Set([
  'anxiety',
  'anxious',
  'panic',
  'phobia',
  'ocd',
  'depression',
  'depressed',
  'bereavement',
  'bereaved',
  'grief',
  'grieving',
  'autism',
  'autistic',
  'adhd',
  'asperger',
  'asd',
  'dyslexia',
  'dyspraxia',
  'neurodivergent',
  'neurodiverse',
  'neurodiversity',
  'tourettes',
  'bullying',
  'bullied',
  'cyberbullying',
  'anorexia',
  'bulimia',
  'arfid',
  'suicide',
  'suicidal',
  'selfharm',
  'lgbtq',
  'lgbt',
  'lgbtqia',
  'gay',
  'lesbian',
  'bisexual',
  'transgender',
  'nonbinary',
  'trauma',
  'traumatic',
  'ptsd',
  'insomnia',
  'alcohol',
  'drugs',
  'addiction',
  'cannabis',
  'cocaine',
  'wellbeing',
  'mindfulness',
  'resilience',
  'loneliness',
  'lonely',
  'anger',
  'cyberbullying',
  'sexting',
  'parenting',
  'racism',
  'befriending',
  'temper',
]);

/**
 * Lexicon phrases that point elsewhere in a listing: "domestic abuse" is about what happened
 * (and the group `domestic-abuse`), not family rows; "social media" is where a service posts its
 * news ("follow us on social media"), so it is only weak.
 */
const DROP: Readonly<Record<string, readonly string[]>> = {
  'things-at-home': ['domestic abuse', 'domestic violence', 'not safe at home', 'homeless', 'housing', 'money worries'],
};
const WEAK: ReadonlySet<string> = new Set([
  'social media',
  'someone to talk to',
  'talk to someone',
  'meet others',
  'social group',
  'peer support',
  'look after',
  'looks after',
]);

/**
 * Lexicon entries that say too little in a service's text to count at all: everyday words
 * ("home", "food", "school", "talk") and phrases that mean something else in a listing ("loved
 * one" is about caring for someone with dementia as often as about grief).
 */
const NEVER = new Set([
  'home',
  'family',
  'school',
  'food',
  'eating',
  'die',
  'dies',
  'died',
  'dying',
  'death',
  'drink',
  'drinks',
  'games',
  'internet',
  'talk',
  'tired',
  'results',
  'classes',
  'lessons',
  'tests',
  'study',
  'studying',
  'college',
  'university',
  'uni',
  'weight',
  'diet',
  'fat',
  'empty',
  'mood',
  'failure',
  'alone',
  'shy',
  'sensory',
  'concentration',
  'gender',
  'identity',
  'behaviour',
  'behavior',
  'pills',
  'smoking',
  'war',
  'attacked',
  'unsafe',
  'appearance',
  'numb',
  'relax',
  'confidence',
  'fear',
  'afraid',
  'tense',
  'exhausted',
  'fatigue',
  'sleepy',
  'asleep',
  'bedtime',
  'arguments',
  'argue',
  'arguing',
  'at home',
  'foster',
  'loved one',
  'loss',
  'feel better',
  'phone',
  'game',
  'on my phone',
  'grades',
  'substance',
  'substances',
  'drunk',
  'trans',
  'identity',
  'annoyed',
  'shouting',
  'calm down',
  'no point',
  'pointless',
  'ignored',
  'cutting',
  'separation',
  'separated',
  'homeless',
  'housing',
  'money worries',
  'games',
  'online',
  'youtube',
  'instagram',
  'tiktok',
  'snapchat',
  'overdose',
  'results',
  'coping',
  'cope',
  'struggling',
  'uneasy',
  'nerves',
  'violent',
  'funeral',
]);

/** A cue found inside a longer phrase that means something else does not count: "hair cutting". */
const BLOCKERS: readonly string[] = [
  'hair cutting',
  'grass cutting',
  'cutting edge',
  'wood cutting',
  'follow social media',
  'find social media',
  'check website social media',
  'pension credit',
  'substance abuse',
  'drug abuse',
  'alcohol abuse',
  'harm reduction',
  'panic button',
  'healthy eating',
  'sexual harm',
  'weight management',
];

/** Topics some words say in a directory but the finder does not carry (adult-only needs, for scope). */
const ADULT_TOPICS: Readonly<Record<string, readonly string[]>> = {
  'dementia care': ['dementia', 'alzheimers', 'alzheimer', 'memory loss', 'memory cafe'],
  'stroke support': ['stroke', 'stroke survivors'],
  'retirement and later life': [
    'retirement',
    'retired',
    'pensioners',
    'pension',
    'pension credit',
    'later life',
    'older people',
    'older adults',
  ],
  'menopause support': ['menopause'],
  'care homes': ['care home', 'care homes', 'residential care', 'nursing home'],
};

interface Cue {
  topic: string;
  phrase: Phrase;
  strong: boolean;
}

export interface InferredTopic {
  topic: string;
  /** The source's words that gave it, as written. */
  evidence: string[];
  confidence: number;
}

// English stop words only: another language's ("care" is Romanian for "which") would eat English
// words. Search drops "support", "advice" and "help" as noise in a person's query; in a listing
// they make phrases ("housing advice", "emotional support"), so here they count.
const analyser = new Analyser('en', [en]);
const CONTENT = new Set([
  'support',
  'advice',
  'help',
  'helps',
  'need',
  'needs',
  'service',
  'services',
  'things',
  'keep',
  'time',
]);
const isStop = (word: string): boolean => analyser.isStop(word) && !CONTENT.has(word);

function buildCues(): Cue[] {
  const cues: Cue[] = [];
  const seen = new Set<string>();
  // Lists are compared by the words' stems, so "looking after" is weak like "look after", and
  // "on my phone" (just "phone" once stop words go) is never a cue, like "phone".
  const keysOf = (list: Iterable<string>): Set<string> =>
    new Set([...list].map((w) => compilePhrase(w, isStop).keys.join(' ')));
  const never = keysOf(NEVER);
  const weak = keysOf(WEAK);
  const strongWords = keysOf(STRONG);
  const add = (topic: string, raw: string, lang: string, ours = false): void => {
    // Another language's single word is matched exactly, never by stem: Romanian "teamă" (fear)
    // stems to "team", an English word every listing uses.
    const single = !/\s/.test(raw.trim());
    const phrase = compilePhrase(lang !== 'en' && single && !raw.startsWith('=') ? `=${raw}` : raw, isStop, lang);
    if (phrase.keys.length === 0) return;
    const key = phrase.keys.join(' ').replace(/\be:/g, 's:');
    const english = lang === 'en';
    // NEVER and DROP judge the lexicons' words; this file's own lists are chosen for listings.
    if (english && !ours && (never.has(key) || (DROP[topic] && keysOf(DROP[topic]).has(key)))) return;
    const id = `${topic} ${phrase.keys.join(' ')}`;
    if (seen.has(id)) return;
    seen.add(id);
    const strong =
      !raw.startsWith('~') &&
      !(english && weak.has(key)) &&
      (raw.startsWith('!') || phrase.keys.length > 1 || (english && strongWords.has(key)));
    cues.push({ topic, phrase, strong });
  };
  for (const topic of INFERRED_TOPICS) {
    for (const l of LEXICONS) for (const raw of l.topics[topic] ?? []) add(topic, raw, l.lang);
    for (const raw of EXTRA[topic] ?? []) add(topic, raw, 'en', true);
  }
  return cues;
}

const CUES = buildCues();
const BLOCKER_PHRASES = BLOCKERS.map((b) => compilePhrase(b, isStop));

interface Hit {
  topic: string;
  strong: boolean;
  first: number;
  last: number;
  inName: boolean;
  words: string;
  /** The cue's keys: "jobs" and "job" are one weak cue, not two. */
  key: string;
}

function hitsIn(text: string, inName: boolean): Hit[] {
  const words = textWords(text);
  const blocked = new Set<number>();
  for (const b of BLOCKER_PHRASES) {
    for (const o of findPhrase(words, b, isStop)) for (let i = o.first; i <= o.last; i++) blocked.add(i);
  }
  const hits: Hit[] = [];
  for (const cue of CUES) {
    for (const o of findPhrase(words, cue.phrase, isStop)) {
      if (isNegated(words, o.first)) continue;
      // A cue wholly inside a blocker ("cutting" in "hair cutting") means something else there;
      // a longer cue that includes the blocker's words ("child sexual exploitation") still counts.
      let inside = true;
      for (let i = o.first; i <= o.last; i++) if (!blocked.has(i)) inside = false;
      if (inside && !BLOCKERS.some((b) => b === cue.phrase.text.replace(/^[~!=]/, ''))) continue;
      hits.push({
        topic: cue.topic,
        strong: cue.strong,
        first: o.first,
        last: o.last,
        inName,
        words: quote(text, words, o.first, o.last),
        key: cue.phrase.keys.join(' '),
      });
    }
  }
  return dropInner(hits);
}

/** "panic attack" is about worry, not an attack: a hit inside a longer hit for another topic goes. */
function dropInner(hits: Hit[]): Hit[] {
  return hits.filter(
    (h) =>
      !hits.some(
        (k) => k.topic !== h.topic && k.first <= h.first && h.last <= k.last && k.last - k.first > h.last - h.first,
      ),
  );
}

/**
 * The finder's topics a service's name and text name, each with the words that gave it and a
 * confidence: 0.9 for a strong cue in the name, 0.8 for one in the text, 0.6 for two different
 * weak cues (0.7 for three or more); a weak cue in the name adds 0.1 to what the text gives.
 */
export function inferTopics(name: string, description: string): InferredTopic[] {
  const hits = [...hitsIn(name, true), ...hitsIn(description, false)];
  const byTopic = new Map<string, Hit[]>();
  for (const h of hits) byTopic.set(h.topic, [...(byTopic.get(h.topic) ?? []), h]);
  const out: InferredTopic[] = [];
  for (const [topic, list] of byTopic) {
    const strongName = list.some((h) => h.strong && h.inName);
    const strongText = list.some((h) => h.strong && !h.inName);
    // Two lexicon entries for the same words ("=carers", "carers") are one cue, not two.
    const weakWords = new Set(list.filter((h) => !h.strong).map((h) => stemmed(h.words)));
    const weakInName = list.some((h) => !h.strong && h.inName);
    let confidence = 0;
    if (strongName) confidence = 0.9;
    else if (strongText) confidence = weakInName ? 0.9 : 0.8;
    else if (weakWords.size >= 2)
      confidence = Math.min(0.8, (weakWords.size >= 3 ? 0.7 : 0.6) + (weakInName ? 0.1 : 0));
    if (confidence === 0) continue;
    const evidence = uniqueWords(list.map((h) => h.words)).slice(0, 5);
    out.push({ topic, evidence, confidence });
  }
  return out.sort((a, b) => b.confidence - a.confidence || a.topic.localeCompare(b.topic));
}

/** Words as one stem each, so "carer" and "Carers" are the same cue. */
function stemmed(words: string): string {
  return textWords(words)
    .map((w) => w.keys.find((k) => k.startsWith('s:')) ?? w.norm)
    .join(' ');
}

/** The words once each, whatever their capitals, in the order found. */
function uniqueWords(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return list.filter((w) => {
    const key = w.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Adult-only needs the text names ("dementia care"), with the words that said so. */
export function adultTopics(name: string, description: string): { label: string; evidence: string }[] {
  const found: { label: string; evidence: string }[] = [];
  for (const text of [name, description]) {
    const words: TextWord[] = textWords(text);
    for (const [label, list] of Object.entries(ADULT_TOPICS)) {
      if (found.some((f) => f.label === label)) continue;
      for (const raw of list) {
        const o = findPhrase(words, compilePhrase(raw, isStop), isStop).find((x) => !isNegated(words, x.first));
        if (o) {
          found.push({ label, evidence: quote(text, words, o.first, o.last) });
          break;
        }
      }
    }
  }
  return found;
}
