import { dialable } from '../feed/links.ts';
import type { UrgentContact } from '../feed/schema.ts';
import { isEmergency } from '../urgent/defaults.ts';
import { words } from './tokenise.ts';

/**
 * The dangers a person's own words can speak of, most pressing first: a body that needs a
 * doctor now, a life at risk, someone hurting them.
 */
export const CRISIS_KINDS = ['overdose', 'suicide', 'being-hurt'] as const;
export type CrisisKind = (typeof CRISIS_KINDS)[number];

/**
 * Words of immediate danger in every shipped language, by kind: drafts by the development team,
 * to be reviewed with young people and native speakers like the search lexicons. Unlike the
 * lexicons these are read without stop words, so "hurting me" is not "hurting myself"; a word
 * ending in `*` matches any word it starts ("sinucid*": "sinucid", "sinucidere"). A phrase
 * matches its words in order within one clause, with up to `GAP` other words between them.
 *
 * Negation never hides help. "I don't want to die", "not suicidal, just want it all to stop",
 * "I won't kill myself but…": people in danger often say it sideways, and a rule that read
 * those as safe would miss a person in crisis far more often than it saves anyone a calm box of
 * phone numbers they can ignore. Where "not" is the danger ("I'm not safe at home") it is part
 * of the phrase, so "I'm safe at home" says nothing.
 *
 * Kept apart from the lexicons, which load with search, so that the help beside the words does
 * not wait for anything: this file comes with the screens that have a text box.
 */
const PHRASES: Readonly<Record<string, Readonly<Record<CrisisKind, readonly string[]>>>> = {
  en: {
    suicide: [
      'kill myself',
      'killing myself',
      'kill my self',
      'kil myself',
      'kms',
      'kill herself',
      'kill himself',
      'kill themselves',
      'want* to die',
      'wanna die',
      'want* to be dead',
      'wish i was dead',
      'wish i were dead',
      'better off dead',
      'better off without me',
      'end it all',
      'end my life',
      'ending my life',
      'take my own life',
      'take my life',
      'suicide',
      'suicidal',
      'sucidal',
      'suicidle',
      'dont want to live',
      'dont want to be alive',
      'dont want to be here anymore',
      'no reason to live',
      'cant go on',
      'hang myself',
    ],
    overdose: [
      'overdose',
      'overdosed',
      'overdosing',
      'too many pills',
      'too many tablets',
      'too much paracetamol',
      'took pills',
      'taken pills',
      'took tablets',
      'taken tablets',
      'swallowed pills',
      'swallowed tablets',
      'took all my pills',
      'drank bleach',
      'swallowed bleach',
      'poisoned myself',
    ],
    'being-hurt': [
      'hurting me',
      'hurts me',
      'hurt me',
      'hits me',
      'hitting me',
      'hit me',
      'beats me',
      'beating me',
      'beat me',
      'kicks me',
      'kicking me',
      'punches me',
      'chokes me',
      'strangled me',
      'abusing me',
      'abuses me',
      'abused me',
      'touching me',
      'touches me',
      'touched me',
      'raped me',
      'raping me',
      'forced me',
      'not safe',
      'dont feel safe',
      'scared to go home',
      'afraid to go home',
      'threatened to kill me',
      'threatens to kill me',
      'threatening to kill me',
    ],
  },
  cy: {
    suicide: [
      'lladd fy hun',
      'lladd fy hunan',
      'eisiau marw',
      'isio marw',
      'hunanladd*',
      'dod â fy mywyd i ben',
      'ddim eisiau byw',
      'ddim isio byw',
    ],
    overdose: ['gorddos', 'gormod o dabledi', 'gormod o bils', 'llyncu tabledi', 'llyncu pils', 'wedi llyncu'],
    'being-hurt': ['fy mrifo', 'fy nharo', 'fy nghuro', 'fy ngham-drin', 'ddim yn ddiogel', 'ddim yn saff'],
  },
  gd: {
    suicide: [
      'mi fhìn a mharbhadh',
      'mi fhèin a mharbhadh',
      'fèin-mharbhadh',
      'airson bàsachadh',
      'ag iarraidh bàsachadh',
      'chan eil mi airson a bhith beò',
      'crìoch a chur air mo bheatha',
    ],
    overdose: ['cus phileachan', 'cus chungaidhean', 'ro-dhòs', 'shluig mi pileachan'],
    'being-hurt': ['gam ghoirteachadh', 'gam bhualadh', 'gam dhroch-dhìol', 'chan eil mi sàbhailte'],
  },
  pl: {
    suicide: [
      'chcę się zabić',
      'zabić się',
      'zabiję się',
      'się zabiję',
      'chcę umrzeć',
      'nie chcę żyć',
      'samobój*',
      'odebrać sobie życie',
      'skończyć ze sobą',
      'skończę ze sobą',
      'powiesić się',
    ],
    overdose: [
      'przedawk*',
      'za dużo tabletek',
      'za dużo leków',
      'połknąłem tabletki',
      'połknęłam tabletki',
      'łyknąłem tabletki',
      'łyknęłam tabletki',
      'wziąłem tabletki',
      'wzięłam tabletki',
    ],
    'being-hurt': [
      'krzywdzi mnie',
      'mnie krzywdzi',
      'bije mnie',
      'mnie bije',
      'biją mnie',
      'mnie biją',
      'uderza mnie',
      'uderzył mnie',
      'kopie mnie',
      'molestuje mnie',
      'zgwałcił mnie',
      'nie jestem bezpieczny',
      'nie jestem bezpieczna',
      'nie czuję się bezpiecznie',
      'grozi że mnie zabije',
    ],
  },
  uk: {
    suicide: [
      'вбити себе',
      'убити себе',
      'вбю себе',
      'хочу померти',
      'хочу вмерти',
      'не хочу жити',
      'покінчити з собою',
      'накласти на себе руки',
      'самогубств*',
      'суїцид*',
    ],
    overdose: [
      'передозув*',
      'забагато таблеток',
      'багато таблеток',
      'випив таблетки',
      'випила таблетки',
      'наковтався таблеток',
      'наковталася таблеток',
      'отруїв себе',
      'отруїла себе',
    ],
    'being-hurt': [
      'мене бють',
      'бють мене',
      'бє мене',
      'мене бє',
      'мене кривдить',
      'кривдить мене',
      'мені небезпечно',
      'не в безпеці',
      'погрожує вбити',
    ],
  },
  ar: {
    suicide: [
      'أقتل نفسي',
      'قتل نفسي',
      'سأقتل نفسي',
      'انتحار',
      'الانتحار',
      'أنتحر',
      'سأنتحر',
      'انتحارية',
      'أريد أن أموت',
      'أريد الموت',
      'لا أريد أن أعيش',
      'لا أريد العيش',
      'أنهي حياتي',
      'إنهاء حياتي',
    ],
    overdose: [
      'جرعة زائدة',
      'حبوب كثيرة',
      'بلعت حبوب',
      'ابتلعت حبوب',
      'بلعت أقراص',
      'ابتلعت أقراص',
      'تناولت حبوب',
      'أخذت حبوب',
      'تسممت',
    ],
    'being-hurt': [
      'يؤذيني',
      'تؤذيني',
      'يؤذونني',
      'يضربني',
      'تضربني',
      'يضربونني',
      'يعتدي علي',
      'يتحرش بي',
      'اغتصبني',
      'لست بأمان',
      'لست آمنا',
      'لست آمنة',
      'غير آمن',
      'غير آمنة',
      'يهدد بقتلي',
    ],
  },
  ur: {
    suicide: [
      'خودکشی',
      'خود کشی',
      'خود کو مار*',
      'اپنے آپ کو مار*',
      'مرنا چاہتا',
      'مرنا چاہتی',
      'جینا نہیں چاہتا',
      'جینا نہیں چاہتی',
      'اپنی جان لے*',
      'زندگی ختم',
    ],
    overdose: ['زیادہ گولیاں', 'بہت سی گولیاں', 'گولیاں کھا', 'اوور ڈوز', 'اوورڈوز', 'زہر کھا'],
    'being-hurt': ['مجھے مارتا', 'مجھے مارتی', 'مجھے مارتے', 'مجھے تکلیف', 'مجھے نقصان', 'محفوظ نہیں', 'زیادتی'],
  },
  pa: {
    suicide: [
      'ਖ਼ੁਦਕੁਸ਼ੀ',
      'ਖੁਦਕੁਸ਼ੀ',
      'ਆਤਮ-ਹੱਤਿਆ',
      'ਆਤਮ ਹੱਤਿਆ',
      'ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰ*',
      'ਮਰਨਾ ਚਾਹੁੰਦਾ',
      'ਮਰਨਾ ਚਾਹੁੰਦੀ',
      'ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦਾ',
      'ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦੀ',
    ],
    overdose: ['ਬਹੁਤ ਗੋਲੀਆਂ', 'ਜ਼ਿਆਦਾ ਗੋਲੀਆਂ', 'ਗੋਲੀਆਂ ਖਾ', 'ਓਵਰਡੋਜ਼', 'ਜ਼ਹਿਰ ਖਾ'],
    'being-hurt': ['ਮੈਨੂੰ ਕੁੱਟ*', 'ਮੈਨੂੰ ਮਾਰਦਾ', 'ਮੈਨੂੰ ਮਾਰਦੀ', 'ਮੈਨੂੰ ਮਾਰਦੇ', 'ਮੈਨੂੰ ਦੁੱਖ ਦੇ*', 'ਸੁਰੱਖਿਅਤ ਨਹੀਂ'],
  },
  ro: {
    suicide: [
      'sinucid*',
      'suicid*',
      'mă omor',
      'să mă omor',
      'vreau să mor',
      'nu vreau să trăiesc',
      'nu mai vreau să trăiesc',
      'îmi iau viața',
      'să-mi iau viața',
    ],
    overdose: [
      'supradoz*',
      'prea multe pastile',
      'prea multe medicamente',
      'am luat pastile',
      'am înghițit pastile',
      'am înghițit medicamente',
    ],
    'being-hurt': [
      'mă bate',
      'mă lovește',
      'mă rănește',
      'mă abuzează',
      'm-a violat',
      'nu sunt în siguranță',
      'amenință că mă omoară',
    ],
  },
  'zh-Hans': {
    suicide: ['想死', '自杀', '不想活', '杀了自己', '结束生命', '结束自己的生命', '活不下去', '轻生'],
    overdose: [
      '吃了很多药',
      '吃了太多药',
      '吃了一大把药',
      '服药过量',
      '过量服药',
      '药物过量',
      '吞药',
      '吞了药',
      '喝了农药',
    ],
    'being-hurt': ['伤害我', '打我', '打了我', '被打', '被他打', '被她打', '家暴', '虐待我', '不安全', '强奸'],
  },
};

/** Other words allowed between two words of a phrase: "i really just want to fucking die". */
const GAP = 3;

interface Part {
  text: string;
  prefix: boolean;
}

interface Pattern {
  kind: CrisisKind;
  parts: readonly Part[];
}

interface Patterns {
  /** Phrases by their first word, when that is a whole word. */
  byFirst: Map<string, Pattern[]>;
  /** Phrases whose first word is a beginning ("samobój*"), tried at every word. */
  prefixFirst: Pattern[];
  /** Chinese phrases, found inside a run of characters as they are written, without spaces. */
  cjk: { kind: CrisisKind; text: string }[];
}

let patterns: Patterns | undefined;

/** Every language's phrases, read once: someone may write in any of them whatever the page's language. */
function allPatterns(): Patterns {
  if (patterns) return patterns;
  const built: Patterns = { byFirst: new Map(), prefixFirst: [], cjk: [] };
  for (const byKind of Object.values(PHRASES)) {
    for (const kind of CRISIS_KINDS) {
      for (const phrase of byKind[kind]) {
        const parts: Part[] = [];
        for (const piece of phrase.split(/\s+/)) {
          const pieceWords = words(piece.replace(/\*$/, ''));
          pieceWords.forEach((word, i) => {
            if (word.cjk) built.cjk.push({ kind, text: word.text });
            else parts.push({ text: word.text, prefix: piece.endsWith('*') && i === pieceWords.length - 1 });
          });
        }
        const [first] = parts;
        if (!first) continue;
        if (first.prefix) built.prefixFirst.push({ kind, parts });
        else built.byFirst.set(first.text, [...(built.byFirst.get(first.text) ?? []), { kind, parts }]);
      }
    }
  }
  patterns = built;
  return built;
}

const fits = (part: Part, word: string) => (part.prefix ? word.startsWith(part.text) : word === part.text);

/**
 * The dangers a text speaks of, most pressing first (`CRISIS_KINDS` order), in any shipped
 * language. Pure and quick enough to run on every key typed.
 */
export function crisisKinds(text: string): CrisisKind[] {
  const { byFirst, prefixFirst, cjk } = allPatterns();
  const found = new Set<CrisisKind>();
  const all = words(text);
  const latin = all.filter((w) => !w.cjk);
  for (const run of all) {
    if (run.cjk) for (const p of cjk) if (run.text.includes(p.text)) found.add(p.kind);
  }
  latin.forEach((word, start) => {
    const candidates = [
      ...(byFirst.get(word.text) ?? []),
      ...prefixFirst.filter((p) => p.parts[0] && fits(p.parts[0], word.text)),
    ];
    for (const { kind, parts } of candidates) {
      let at = start;
      const matched = parts.slice(1).every((part) => {
        for (let next = at + 1; next <= at + 1 + GAP; next++) {
          const candidate = latin[next];
          if (!candidate || candidate.clause !== word.clause) return false;
          if (fits(part, candidate.text)) {
            at = next;
            return true;
          }
        }
        return false;
      });
      if (matched) found.add(kind);
    }
  });
  return CRISIS_KINDS.filter((k) => found.has(k));
}

/** Which built-in lines (by id, src/urgent/defaults.ts) answer each danger; 999 answers every one. */
const LINES: Readonly<Record<CrisisKind, readonly string[]>> = {
  overdose: ['nhs24'],
  suicide: ['childline', 'shout', 'samaritans', 'papyrus'],
  'being-hurt': ['childline'],
};

/**
 * The urgent contacts that fit these dangers, in the order the urgent panel lists them: 999
 * always; for an overdose, 111 (NHS 24, or a feed's own 111 line); for thoughts of suicide, the
 * crisis lines and every contact the feed adds of its own (its partnership's crisis lines); for
 * someone hurting the person, Childline. `shown` is what the urgent panel shows (`urgentContacts`,
 * so a line that does not take the person's age is already left out); `fromFeed`, the feed's own.
 */
export function crisisContacts(
  kinds: readonly CrisisKind[],
  shown: readonly UrgentContact[],
  fromFeed: readonly UrgentContact[] = [],
): UrgentContact[] {
  if (kinds.length === 0) return [];
  const fitsKind = (kind: CrisisKind, c: UrgentContact) =>
    LINES[kind].includes(c.id) ||
    (kind === 'overdose' && c.phone !== undefined && dialable(c.phone) === '111') ||
    (kind === 'suicide' && fromFeed.includes(c));
  return shown.filter((c) => isEmergency(c) || kinds.some((kind) => fitsKind(kind, c)));
}

/** Languages with crisis phrases, for tests that check none is missing. */
export const CRISIS_LANGUAGES: readonly string[] = Object.keys(PHRASES);
