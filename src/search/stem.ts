/**
 * Light stemmers: they cut the common endings of a word so that "worried", "worries" and
 * "worrying" meet, and "lęku" meets "lęk". They are deliberately timid (search also matches word
 * starts and tolerates typos), and they only ever see normalised words (see normalise.ts), so
 * Polish "ę" is already "e" and Ukrainian "й" already "и".
 */

type Stemmer = (word: string) => string;

const KEEP_DOUBLE = new Set(['l', 's', 'z']);

function undouble(word: string): string {
  const last = word.at(-1);
  return last && last === word.at(-2) && !KEEP_DOUBLE.has(last) && !/[aeiou]/.test(last) ? word.slice(0, -1) : word;
}

/** English: plurals, -ing, -ed and a final -e ("house", "houses", "housing" → "hous"). */
export const stemEnglish: Stemmer = (word) => {
  if (word.length <= 3) return word;
  let s = word;
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (/(sh|ch|x|z)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('ied') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('ing') && s.length > 5) s = undouble(s.slice(0, -3));
  else if (s.endsWith('ed') && !s.endsWith('eed') && s.length > 4) s = undouble(s.slice(0, -2));
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  return s;
};

function suffixStemmer(suffixes: readonly string[], minStem = 3): Stemmer {
  const sorted = [...suffixes].sort((a, b) => b.length - a.length);
  return (word) => {
    for (const suffix of sorted) {
      if (word.length - suffix.length >= minStem && word.endsWith(suffix)) return word.slice(0, -suffix.length);
    }
    return word;
  };
}

/** Polish noun and adjective endings ("depresja", "depresji", "depresję" → "depresj"). */
export const stemPolish = suffixStemmer([
  'owanie',
  'owania',
  'iami',
  'ami',
  'ach',
  'ego',
  'emu',
  'iej',
  'ych',
  'ymi',
  'imi',
  'owi',
  'owie',
  'iem',
  'om',
  'em',
  'ie',
  'ia',
  'iu',
  'ow',
  'y',
  'i',
  'a',
  'e',
  'o',
  'u',
]);

/** Ukrainian (and Russian) case endings ("тривога", "тривоги", "тривогою" → "тривог"). */
export const stemCyrillic = suffixStemmer([
  'ами',
  'ями',
  'ого',
  'ому',
  'ими',
  'іми',
  'ою',
  'ею',
  'ах',
  'ях',
  'ів',
  'ам',
  'ям',
  'ом',
  'ем',
  'им',
  'ім',
  'ии',
  'іи',
  'ия',
  'а',
  'я',
  'у',
  'ю',
  'о',
  'е',
  'и',
  'і',
  'ь',
]);

/** Romanian case endings and the definite article ("anxietatea" → "anxietat"). */
export const stemRomanian = suffixStemmer([
  'urilor',
  'ilor',
  'elor',
  'ului',
  'ile',
  'ele',
  'lor',
  'ul',
  'ii',
  'le',
  'ea',
  'ei',
  'a',
  'e',
  'i',
  'u',
]);

const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const stripArabicSuffix = suffixStemmer(['ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'ه', 'ي']);

/** Arabic: the article and common suffixes ("القلق" → "قلق"), keeping at least three letters. */
export const stemArabic: Stemmer = (word) => {
  let s = word;
  for (const prefix of ARABIC_PREFIXES) {
    if (s.startsWith(prefix) && s.length - prefix.length >= 3) {
      s = s.slice(prefix.length);
      break;
    }
  }
  return stripArabicSuffix(s);
};

/** Stemmers for Latin-script text in the reader's language, used beside English's. */
const LATIN: Partial<Record<string, Stemmer>> = { pl: stemPolish, ro: stemRomanian };

const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;
const LATIN_SCRIPT = /\p{Script=Latin}/u;

/**
 * The stems a normalised word is indexed or looked up under. Latin-script words get the English
 * stem and, for a Polish or Romanian reader, that language's too: a feed mixes languages, and
 * the same function runs on the text and on the query, so the two always meet.
 */
export function stemsOf(word: string, lang: string): string[] {
  const first = word.charAt(0);
  if (CYRILLIC.test(first)) return [stemCyrillic(word)];
  if (ARABIC.test(first)) return [stemArabic(word)];
  if (!LATIN_SCRIPT.test(first)) return [word];
  const english = stemEnglish(word);
  const local = LATIN[lang.split('-')[0] ?? lang]?.(word);
  return local === undefined || local === english ? [english] : [english, local];
}
