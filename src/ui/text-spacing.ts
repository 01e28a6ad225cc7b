/**
 * Which of the text spacing a person applies to the page (WCAG 1.4.12) the finder takes, from the
 * computed styles of the finder's own element and of one of the page's paragraphs. Pure: no DOM.
 */

/** Values for the finder's `--_letter`, `--_word`, `--_line` and `--_para`; "initial" leaves the finder's own. */
export interface Spacing {
  readonly letter: string;
  readonly word: string;
  readonly line: string;
  readonly para: string;
}

/** The computed styles read (as `getComputedStyle` gives them: "16px", "normal", "1.92px"). */
export interface ElementSpacing {
  readonly fontSize: string;
  readonly letterSpacing: string;
  readonly wordSpacing: string;
  readonly lineHeight: string;
}

export interface ParagraphSpacing {
  readonly fontSize: string;
  readonly marginBlockEnd: string;
}

/** The finder's body text is this far apart already; a person's setting from here up is taken. */
const OWN_LINE_HEIGHT = 1.5;
/**
 * Paragraphs a page sets this far apart or more (in their own em) are a person's setting: WCAG's
 * 2em, which text-spacing tools apply. A browser's own paragraphs are 1em apart and many site themes
 * set 1.5em; the finder's are spaced by its layout, which those would only loosen.
 */
const PARAGRAPH_FROM = 1.95;

const UNSET = 'initial';

function px(value: string | undefined): number {
  const n = Number.parseFloat(value ?? '');
  return Number.isFinite(n) ? n : 0;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Each spacing only where it is wider than the finder's own, in em of the text it applies to, so
 * it follows the finder's text size: a page may widen the finder's spacing, never squeeze it.
 */
export function readerSpacing(own: ElementSpacing, paragraph?: ParagraphSpacing | null): Spacing {
  const size = px(own.fontSize) || 16;
  const letter = px(own.letterSpacing) / size;
  const word = px(own.wordSpacing) / size;
  const line = own.lineHeight.endsWith('px') ? px(own.lineHeight) / size : 0;
  const paraSize = px(paragraph?.fontSize) || size;
  const para = paragraph ? px(paragraph.marginBlockEnd) / paraSize : 0;
  return {
    letter: letter > 0 ? `${round(letter)}em` : UNSET,
    word: word > 0 ? `${round(word)}em` : UNSET,
    line: line >= OWN_LINE_HEIGHT - 0.01 ? String(round(line)) : UNSET,
    para: para >= PARAGRAPH_FROM ? `${round(para)}em` : UNSET,
  };
}
