/**
 * Words a reader meets on the cards and questions that the service world uses and many young
 * people and parents do not: each has a "What does this mean?" toggletip in plain words
 * (`tip.term.<id>` names it, `tip.mean.<id>` explains it, in every language's catalog).
 */
export const TERMS = ['referral', 'self-referral', 'gp', 'camhs', 'counselling', 'confidential', 'drop-in'] as const;
export type TermId = (typeof TERMS)[number];

/**
 * How each term shows in a service's own English text. Feed text in other languages is not read:
 * a term missed costs a tip, a term wrongly found would explain a word that is not there.
 */
const IN_TEXT: Readonly<Partial<Record<TermId, RegExp>>> = {
  gp: /\bGPs?\b/,
  camhs: /\bCAMHS\b/,
  counselling: /\bcounsell?(ing|or|ors)\b/i,
  confidential: /\bconfidential(ly|ity)?\b/i,
  'drop-in': /\bdrop[- ]ins?\b/i,
};

/** The terms a piece of text uses, in `TERMS` order. */
export function termsIn(text: string): TermId[] {
  return TERMS.filter((term) => IN_TEXT[term]?.test(text));
}
