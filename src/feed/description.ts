/**
 * Long descriptions on a phone: a card shows a short lead and keeps the rest behind "Read more".
 * Descriptions are plain text with paragraphs (a blank line) and "• " list lines; no HTML.
 */

/** Leads shorter than this are shown whole; longer ones are cut near it. */
export const LEAD_LENGTH = 280;

export interface DescriptionParts {
  lead: string;
  /** The rest of the text, or undefined when the whole description is short enough to show. */
  rest: string | undefined;
}

/** Paragraphs of a description: split at blank lines, trimmed, empty ones dropped. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * Splits a description into a lead and the rest. Whole paragraphs are kept together where they
 * fit; a first paragraph that is itself long is cut at the end of a sentence, or failing that at
 * a space, so a word is never broken. Text only a little over the limit is not split at all:
 * hiding one line behind a button helps nobody.
 */
export function splitDescription(text: string, limit = LEAD_LENGTH): DescriptionParts {
  const trimmed = text.trim();
  if (trimmed.length <= limit * 1.3) return { lead: trimmed, rest: undefined };
  const paras = paragraphs(trimmed);
  const lead: string[] = [];
  let used = 0;
  for (const p of paras) {
    if (lead.length > 0 && used + p.length > limit) break;
    if (lead.length === 0 && p.length > limit * 1.3) break;
    lead.push(p);
    used += p.length;
  }
  if (lead.length > 0) {
    return { lead: lead.join('\n\n'), rest: paras.slice(lead.length).join('\n\n') || undefined };
  }
  const first = paras[0] ?? trimmed;
  const window = first.slice(0, limit);
  const sentenceEnd = Math.max(...['. ', '! ', '? ', '.\n', '\n'].map((m) => window.lastIndexOf(m)));
  const cut =
    sentenceEnd > limit / 2 ? sentenceEnd + 1 : window.lastIndexOf(' ') > limit / 2 ? window.lastIndexOf(' ') : limit;
  const head = first.slice(0, cut).trim();
  const tail = [first.slice(cut).trim(), ...paras.slice(1)].filter((p) => p !== '').join('\n\n');
  const midSentence = !/[.!?:]$/.test(head);
  return { lead: midSentence ? `${head}…` : head, rest: tail === '' ? undefined : midSentence ? `…${tail}` : tail };
}
