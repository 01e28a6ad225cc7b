/**
 * Who a service is for, read from its text: the feed's audiences (young people, parents and
 * carers, professionals) and whether it says it is for adults only, which scope uses to leave a
 * council's adult services out. "Families" is both young people and their parents.
 */
import type { Audience } from '../../feed/schema.ts';
import { negatedBefore, wordRegExp } from './text.ts';

export interface InferredAudiences {
  audiences: Audience[];
  /** The text names young people, children, parents, pupils or schools. */
  young: boolean;
  /** The text names families, but not children or young people: weaker, since adults have families too. */
  families: boolean;
  /** The text names only adults ("adults", "over 18s", "older people") and no young people. */
  adultsOnly: boolean;
  evidence: string[];
  confidence: number;
}

// "Youth" in "Longacre Youth Centre" names a building, not who a tai chi class is for.
const YOUNG = String.raw`young\s+(?:people|person|adults?|carers?|minds?|men|women)|teenagers?|teens|youth(?!\s+(?:centre|center|hall|building|club\s+building))|youngsters|children|child|kids|pupils|students|adolescents?|boys|girls|babies|baby|toddlers?|under[\s-]?\d{1,2}s`;
const PARENTS = String.raw`parents?(?:\s*(?:and|&|\/)\s*carers?)?|parent\s+carers?|foster\s+carers?|kinship\s+carers?|mums|dads|mothers|fathers|grandparents|your\s+child(?:ren)?|your\s+teenager`;
// "A family member" and "video calling family" say nothing about who a service is for.
const FAMILIES = String.raw`families|whole\s+family|family\s+(?:support|days?|fun|activities|learning|sessions?|groups?|events?)|for\s+(?:the\s+)?family`;
const SCHOOLS = String.raw`schools?|colleges?|sixth\s+forms?`;
const PROFESSIONALS = String.raw`professionals|practitioners|teachers|school\s+staff|social\s+workers|health\s+visitors|gps|clinicians|frontline\s+staff|for\s+staff|workforce`;
const ADULTS = String.raw`adults?(?!\s+(?:and|&)\s+(?:young|child))|over[\s-]?(?:18|19|21|25|50|55|60|65)s?|(?:18|21|25|50|55|60|65)\s?\+|older\s+(?:people|adults|persons|residents|members|men|women|generation)|later\s+life|retired|pensioners|seniors|elderly|men\s+aged|women\s+aged`;

interface Found {
  words: string;
  index: number;
}

function find(text: string, source: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(wordRegExp(source))) {
    if (negatedBefore(text, m.index)) continue;
    out.push({ words: m[0], index: m.index });
  }
  return out;
}

/** Reads who the service is for from its name, description and eligibility text. */
export function inferAudiences(text: string): InferredAudiences {
  const young = find(text, YOUNG);
  const parents = find(text, PARENTS);
  const families = find(text, FAMILIES);
  // "Referral only: schools, social workers…" names who refers, not who it is for.
  const schools = find(text, SCHOOLS).filter(
    (f) => !/refer[^.\n]*$/i.test(text.slice(Math.max(0, f.index - 80), f.index)),
  );
  const professionals = find(text, PROFESSIONALS);
  const adults = find(text, ADULTS);
  const audiences = new Set<Audience>();
  if (young.length || families.length) audiences.add('young-person');
  if (parents.length || families.length) audiences.add('parent-carer');
  if (professionals.length) audiences.add('professional');
  const isYoung = young.length + parents.length + schools.length > 0;
  const evidence = [...young, ...families, ...parents, ...schools, ...professionals, ...adults]
    .map((f) => f.words)
    .filter((w, i, all) => all.findIndex((x) => x.toLowerCase() === w.toLowerCase()) === i)
    .slice(0, 6);
  return {
    audiences: [...audiences],
    young: isYoung,
    families: !isYoung && families.length > 0,
    adultsOnly: adults.length > 0 && !isYoung && families.length === 0,
    evidence,
    confidence: young.length + parents.length + families.length + professionals.length > 1 ? 0.8 : 0.6,
  };
}
