/**
 * Which services belong in a children's, young people's and families' finder, by a rule a
 * person can read and argue with. A council directory is mostly for adults; every service left
 * out is listed with its reason in plain words, and `--scope all` keeps everything.
 *
 * The rule, first match wins:
 * 1. ages start at 26 or over → out ("for adults 50 and over");
 * 2. ages overlap 0–25 and are not an all-ages range (oldest under 60) → in;
 * 3. the text or an audience type names children, young people, parents, pupils or schools → in;
 * 4. the text or an audience type says adults only ("over 50s", "older people") → out;
 * 5. the text names an adult-only need (dementia, stroke, retirement) → out ("dementia care");
 * 6. the text names families (adults have families too, so only now) → in;
 * 7. it has one of the finder's topics (from the source or read from its text) → in, saying
 *    nothing else said who it is for; money and housing, and caring, are not enough on their
 *    own, since an all-age directory's debt advice, food banks and carers' groups are for adults;
 * 8. otherwise → out: nothing says it is for young people and it names none of the finder's topics.
 */
import type { AgeRange } from '../../feed/schema.ts';

export interface ScopeInput {
  ages?: AgeRange | undefined;
  topics: readonly string[];
  young: boolean;
  families: boolean;
  adultsOnly: boolean;
  audienceEvidence: readonly string[];
  adultTopics: readonly { label: string; evidence: string }[];
  /** Audience types that name young people or families. */
  youngTypes: readonly string[];
  /** Audience types that name only adults, with their plain-words label. */
  adultTypes: readonly { type: string; label: string }[];
}

export interface ScopeDecision {
  keep: boolean;
  /** Plain words: why it is in, or why it was left out. */
  reason: string;
}

/** Topics whose services in a council directory are mostly for adults: they keep a service only beside a word about young people. */
const NOT_ENOUGH_ALONE: ReadonlySet<string> = new Set(['money-housing', 'caring']);

/** The youngest age the finder is not for. */
const ADULT_FROM = 26;
/** A range reaching this age is treated as "all ages", which says nothing about young people. */
const ALL_AGES_FROM = 60;

function agesWords(ages: AgeRange): string {
  return ages.max >= 100 ? `${ages.min} and over` : `${ages.min} to ${ages.max}`;
}

const quoted = (words: readonly string[]): string =>
  words
    .slice(0, 3)
    .map((w) => `“${w}”`)
    .join(', ');

export function decideScope(input: ScopeInput): ScopeDecision {
  const { ages } = input;
  if (ages && ages.min >= ADULT_FROM) return { keep: false, reason: `for adults ${agesWords(ages)}` };
  if (ages && ages.min < ADULT_FROM && ages.max < ALL_AGES_FROM)
    return { keep: true, reason: `for ages ${agesWords(ages)}` };
  if (input.youngTypes.length > 0)
    return { keep: true, reason: `its audience type names young people or families (${quoted(input.youngTypes)})` };
  if (input.young)
    return { keep: true, reason: `its text names young people or families (${quoted(input.audienceEvidence)})` };
  const adultType = input.adultTypes[0];
  if (adultType) return { keep: false, reason: `${adultType.label} (audience type “${adultType.type}”)` };
  if (input.adultsOnly) return { keep: false, reason: `for adults (the text says ${quoted(input.audienceEvidence)})` };
  const adultTopic = input.adultTopics[0];
  if (adultTopic) return { keep: false, reason: `${adultTopic.label} (the text says “${adultTopic.evidence}”)` };
  if (input.families) return { keep: true, reason: `its text names families (${quoted(input.audienceEvidence)})` };
  const keeping = input.topics.filter((t) => !NOT_ENOUGH_ALONE.has(t));
  if (keeping.length > 0) {
    const about = keeping.slice(0, 3).join(', ');
    return {
      keep: true,
      reason: ages
        ? `open to ages ${agesWords(ages)} and about ${about}`
        : `nothing says who it is for; kept because it is about ${about}`,
    };
  }
  if (input.topics.length > 0) {
    return {
      keep: false,
      reason: `about ${input.topics.join(', ')}, but nothing says it is for children, young people or families (such services in an all-age directory are mostly for adults)`,
    };
  }
  return {
    keep: false,
    reason: ages
      ? `open to ages ${agesWords(ages)} but nothing says it is for young people, and it names none of the finder’s topics`
      : 'nothing says it is for children, young people or families, and it names none of the finder’s topics',
  };
}
