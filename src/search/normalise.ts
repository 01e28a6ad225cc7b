const ASCII = /^[\0-\x7f]*$/;
const ASCII_APOSTROPHES = /['`]/g;

/** Whether {@link normalise} takes its short cut for this text. */
export const isAscii = (text: string): boolean => ASCII.test(text);

/** {@link normalise} for text already known to be ASCII: only case and apostrophes change. */
export const normaliseAscii = (text: string): string => text.toLowerCase().replace(ASCII_APOSTROPHES, '');

/**
 * Text as search compares it: the same word written with or without accents, in full-width
 * or compatibility forms, with curly or straight apostrophes, in any case, becomes one string.
 *
 * Diacritics are dropped only from the Latin, Greek and Cyrillic blocks (U+0300–U+036F) and
 * Arabic vowel marks; the vowel signs of Indic scripts are letters in all but name and stay.
 */
export function normalise(text: string): string {
  // Most feed text is plain ASCII, where only case and apostrophes change: skipping the Unicode
  // passes makes building the index several times faster. A property test holds the two equal.
  return isAscii(text) ? normaliseAscii(text) : normaliseUnicode(text);
}

/** {@link normalise} without its ASCII short cut. @internal exported for the test that proves them equal. */
export function normaliseUnicode(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // "can't" and "cant" are one word to someone typing on a phone.
      .replace(/['’‘`´ʼ]/g, '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      // Letters with no decomposition, after it, so "ǽ" (æ with an accent) also becomes "ae".
      .replace(/ł/g, 'l')
      .replace(/ß/g, 'ss')
      .replace(/æ/g, 'ae')
      .replace(/[øœ]/g, 'o')
      .replace(/đ/g, 'd')
      // Arabic short vowels, shadda, sukun, dagger alif and the tatweel used for stretching.
      .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
      // Letter shapes people type interchangeably (and Urdu's forms of the same letters).
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/[ىی]/g, 'ي')
      .replace(/[ةہ]/g, 'ه')
      .replace(/ک/g, 'ك')
      .normalize('NFC')
  );
}

/** Han, Hiragana and Katakana: written without spaces between words. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
