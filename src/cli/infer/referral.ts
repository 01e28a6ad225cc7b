/**
 * Whether people can get in touch themselves, read from the text: "self refer", "drop in", "no
 * referral needed" say yes; "referral only", "GP referral", "must be referred by" say no, and
 * name who refers. Words that disagree leave the answer unknown for a person to check: the card
 * then says "ask them", never a guess.
 */
import { negatedBefore, wordRegExp } from './text.ts';

export interface InferredReferral {
  /** undefined when the text does not say, or says both. */
  selfReferral?: boolean;
  /** Who refers, as feed slugs: gp, school, social-work, health-visitor, camhs… */
  referralFrom: string[];
  /** The words that named who refers ("GP", "social workers"). */
  referrers: string[];
  evidence: string[];
  confidence: number;
  /** Both yes and no were found. */
  conflicting: boolean;
}

const SELF = [
  String.raw`self[\s-]?refer(?:ral|rals|ring|red)?`,
  String.raw`refer\s+(?:yourself|themselves|themself|yourselves)`,
  String.raw`drop[\s-]?ins?`,
  String.raw`walk[\s-]?ins?`,
  String.raw`just\s+(?:turn|come|pop)\s+(?:up|along|in)`,
  String.raw`open\s+access`,
  String.raw`(?:call|phone|ring|text|contact|email)\s+us(?:\s+directly)?`,
  String.raw`get\s+in\s+touch\s+(?:with\s+us\s+)?directly`,
  String.raw`give\s+us\s+a\s+(?:ring|call|bell)`,
  String.raw`book\s+(?:your|a)\s+place`,
  String.raw`(?:can|just)\s+(?:phone|call|ring|text|email|message)(?:\s+us)?`,
  // "How to access / Contact: 0117 496 0899": a number to ring is a way in without a referral.
  String.raw`contact\s*:\s*(?:\+|\(|0)[\d\s()+-]*\d`,
  String.raw`anyone\s+can\s+(?:come|attend|call|join|contact)`,
  String.raw`no\s+(?:need\s+(?:for|of)\s+(?:a\s+)?|)referrals?(?:\s+(?:is\s+|are\s+)?(?:needed|required|necessary))?`,
  String.raw`(?:without|don[’']?t\s+need|do\s+not\s+need|doesn[’']?t\s+need|does\s+not\s+need)\s+(?:a\s+)?referral`,
];

const REFERRAL_ONLY = [
  String.raw`(?:by\s+)?referrals?\s+only`,
  String.raw`only\s+(?:by|through|via|with|accept(?:s|ing)?)\s+(?:a\s+)?referrals?`,
  String.raw`must\s+be\s+referred`,
  String.raw`(?:need|needs|require|requires|required)\s+(?:a\s+)?(?:professional\s+|gp\s+)?referral`,
  String.raw`referral\s+(?:is\s+)?(?:required|needed|necessary|essential)`,
  String.raw`(?:need|needs)\s+to\s+be\s+referred`,
  String.raw`(?:can|will)\s+only\s+(?:see|accept|take|work\s+with)`,
  String.raw`self[\s-]?referrals?\s+(?:are\s+|is\s+)?not\s+(?:accepted|possible|available|taken)`,
  String.raw`(?:gp|professional|clinical|medical)\s+referral`,
  String.raw`referr(?:al|als|ed)\s+(?:from|by|through|via)\s+(?:a\s+|your\s+|the\s+|their\s+)?(?:gp|doctor|school|social\s+worker|health\s+visitor|camhs|professional|midwife|teacher)`,
];

/** Who refers, by the words used; checked only inside a sentence that talks about referral. */
const REFERRERS: readonly [string, RegExp][] = [
  ['gp', /\b(?:gps?|doctors?|family\s+doctor)\b/i],
  ['school', /\b(?:schools?|teachers?|senco|head\s+of\s+year|college)\b/i],
  ['school-nurse', /\bschool\s+nurses?\b/i],
  ['social-work', /\b(?:social\s+workers?|social\s+services|social\s+care|children[’']?s\s+services|early\s+help)\b/i],
  ['health-visitor', /\bhealth\s+visitors?\b/i],
  ['camhs', /\bcamhs\b/i],
  ['midwife', /\bmidwi(?:fe|ves)\b/i],
  ['police', /\bpolice\b/i],
  ['youth-worker', /\byouth\s+workers?\b/i],
  ['professional', /\b(?:any\s+)?professionals?\b/i],
];

interface Said {
  words: string;
  index: number;
  yes: boolean;
}

/** Every yes and no phrase; where two overlap ("self-referrals are not accepted"), the longer wins. */
function said(text: string): Said[] {
  const all: Said[] = [];
  for (const [sources, yes] of [
    [SELF, true],
    [REFERRAL_ONLY, false],
  ] as const) {
    for (const source of sources) {
      for (const m of text.matchAll(wordRegExp(source))) all.push({ words: m[0], index: m.index, yes });
    }
  }
  const overlaps = (a: Said, b: Said): boolean =>
    a.index < b.index + b.words.length && b.index < a.index + a.words.length;
  return all
    .filter((m) => !all.some((o) => o !== m && overlaps(o, m) && o.words.length > m.words.length))
    .sort((a, b) => a.index - b.index);
}

/** Reads whether people can contact the service themselves, and who else refers. */
export function inferReferral(text: string): InferredReferral {
  const yes: string[] = [];
  const no: string[] = [];
  for (const m of said(text)) {
    // "no referral needed" is a yes whose own words start with "no"; a negation before flips it.
    const ownNo = /^(?:no|without|don|do\s+not|doesn|does\s+not)\b/i.test(m.words);
    const flipped = !ownNo && negatedBefore(text, m.index);
    if (m.yes !== flipped) yes.push(m.words);
    else no.push(m.words);
  }
  // Who refers: only in sentences about referral, so "for schools" elsewhere is not a referrer.
  const referralFrom = new Set<string>();
  const referrers: string[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    if (!/\brefer/i.test(sentence)) continue;
    for (const [slug, re] of REFERRERS) {
      const m = re.exec(sentence);
      if (!m) continue;
      if (slug === 'school' && /\bschool\s+nurses?\b/i.test(sentence) && !/\bschools?\b(?!\s+nurse)/i.test(sentence))
        continue;
      referralFrom.add(slug);
      referrers.push(m[0]);
    }
  }
  const evidence = [...new Set([...yes, ...no])];
  const conflicting = yes.length > 0 && no.length > 0;
  const selfReferral = conflicting ? undefined : yes.length > 0 ? true : no.length > 0 ? false : undefined;
  return {
    ...(selfReferral === undefined ? {} : { selfReferral }),
    referralFrom: [...referralFrom],
    referrers,
    evidence,
    confidence: conflicting ? 0.3 : yes.length + no.length > 1 ? 0.8 : 0.7,
    conflicting,
  };
}
