import type { MessageKey } from '../i18n/en.ts';
import type { Answers, Seeker } from '../match/answers.ts';
import { isPlaceName } from '../match/postcode.ts';

/**
 * The question steps, in order: the one place a step is declared. Adding a step is an entry here,
 * its view in `src/ui/views/questions/`, and its strings in the catalogs.
 */
export const STEP_IDS = ['who', 'age', 'topics', 'now', 'how', 'where'] as const;
export type StepId = (typeof STEP_IDS)[number];

/**
 * Everything the finder can show in the guided journey: a question, "Check your answers" after the
 * last one (the GOV.UK pattern: every answer with a way to change it), then the results.
 */
export type Screen = StepId | 'check' | 'results';

/** The screens after the questions, in order. */
export const AFTER_STEPS = ['check', 'results'] as const;
export type AfterSteps = (typeof AFTER_STEPS)[number];

export function isStep(screen: Screen): screen is StepId {
  return (STEP_IDS as readonly string[]).includes(screen);
}

/** The answers a person gives; each belongs to exactly one step. */
export type AnswerKey = Exclude<keyof Answers, never>;

/** Who is reading the words: the young person, or an adult or friend asking for someone else. */
export type Reader = Seeker;

/** A message per reader; `me` is also used while "who is this for" has no answer. */
export type WordingByReader = { me: MessageKey } & Partial<Record<Exclude<Reader, 'me'>, MessageKey>>;

/** What checking a step's typed input found: the answers to set, or why it cannot be used. */
export type Validation = { ok: true; set: Partial<Answers> } | { ok: false; error: MessageKey };

interface StepBase {
  id: StepId;
  heading: WordingByReader;
  hint?: WordingByReader;
  /** The answers this step sets; skipping the step clears exactly these. */
  sets: readonly AnswerKey[];
  /**
   * The question is built from the feed (its topics, its areas), so it waits for the feed; the
   * others are asked while the feed is still loading.
   */
  needsFeed: boolean;
}

/** A step that checks what the person gave names the field that takes focus when a check fails. */
type StepChecks =
  | {
      /**
       * Checks text the person typed (held as a draft until they move on). Absent for steps whose
       * answers are chosen, not typed.
       */
      validate?: (draft: string) => Validation;
      /** Checks the answers given on the step when the person moves on: why they cannot be used, if so. */
      check?: (answers: Answers) => MessageKey | undefined;
      /** The id of the field with the error: it takes focus, and keeps it, each time Next meets one. */
      errorField: string;
    }
  | { validate?: never; check?: never; errorField?: never };

export type StepDefinition = StepBase & StepChecks;

const MAX_AGE = 25;

function validateAge(draft: string): Validation {
  const raw = draft.trim();
  if (raw === '') return { ok: true, set: {} };
  if (!/^\d{1,2}$/.test(raw) || Number(raw) > MAX_AGE) return { ok: false, error: 'age.invalid' };
  return { ok: true, set: { age: Number(raw) } };
}

/** The same words for anyone asking for someone else. */
const helperWording = (me: MessageKey, other: MessageKey): WordingByReader => ({
  me,
  'parent-carer': other,
  professional: other,
  friend: other,
});

const STEP_LIST = [
  { id: 'who', heading: { me: 'who.title' }, sets: ['seeker'], needsFeed: false },
  {
    id: 'age',
    heading: {
      me: 'age.title',
      'parent-carer': 'age.titleParent',
      professional: 'age.titleOther',
      friend: 'age.titleFriend',
    },
    sets: ['age'],
    validate: validateAge,
    errorField: 'age',
    needsFeed: false,
  },
  {
    id: 'topics',
    heading: {
      me: 'topics.title',
      'parent-carer': 'topics.titleOther',
      professional: 'topics.titleOther',
      friend: 'topics.titleFriend',
    },
    hint: { me: 'topics.hint' },
    sets: ['topics', 'query'],
    needsFeed: true,
  },
  {
    id: 'now',
    heading: {
      me: 'now.title',
      'parent-carer': 'now.titleParent',
      professional: 'now.titleOther',
      friend: 'now.titleFriend',
    },
    sets: ['urgentNow'],
    needsFeed: false,
  },
  {
    id: 'how',
    heading: {
      me: 'how.title',
      'parent-carer': 'how.titleParent',
      professional: 'how.titleOther',
      friend: 'how.titleFriend',
    },
    hint: helperWording('how.hint', 'how.hintOther'),
    sets: ['delivery', 'selfReferralOnly'],
    needsFeed: false,
  },
  {
    id: 'where',
    heading: {
      me: 'where.title',
      'parent-carer': 'where.titleParent',
      professional: 'where.titleOther',
      friend: 'where.titleFriend',
    },
    sets: ['area', 'postcode', 'near'],
    // Words are kept with no area only when they name none of the feed's areas or postcodes.
    check: (answers: Answers) =>
      answers.postcode !== undefined && answers.area === undefined ? unknownPlaceKey(answers.postcode) : undefined,
    errorField: 'postcode',
    needsFeed: true,
  },
] as const satisfies readonly StepDefinition[];

export const STEPS: readonly StepDefinition[] = STEP_LIST;

/** What to say about words in the "where" box that match nothing: a place's name or a postcode. */
export function unknownPlaceKey(typed: string): 'where.placeUnknown' | 'where.postcodeUnknown' {
  return isPlaceName(typed) ? 'where.placeUnknown' : 'where.postcodeUnknown';
}

/** The steps whose question is built from the feed; their views are given it. */
export type FeedStepId = Extract<(typeof STEP_LIST)[number], { needsFeed: true }>['id'];

/**
 * Answer and field labels worded for someone asking for another person, by the young person's
 * own key. A label not listed here reads the same for everyone.
 */
export const LABELS_BY_READER: Readonly<Partial<Record<MessageKey, WordingByReader>>> = {
  'now.yes': helperWording('now.yes', 'now.yesOther'),
  'now.no': helperWording('now.no', 'now.noOther'),
  'how.self': helperWording('how.self', 'how.selfOther'),
  'where.postcode': helperWording('where.postcode', 'where.postcodeOther'),
  'summary.topics': helperWording('summary.topics', 'summary.topicsOther'),
  'summary.selfOnly': helperWording('summary.selfOnly', 'summary.selfOnlyOther'),
  'results.forThem': {
    me: 'results.forThem',
    'parent-carer': 'results.forThemParent',
    professional: 'results.forThem',
    friend: 'results.forThemFriend',
  },
  'results.forYou': {
    me: 'results.forYou',
    'parent-carer': 'results.forYouParent',
    professional: 'results.forYouProfessional',
    friend: 'results.forYouFriend',
  },
};

/** A label in the reader's words: their own version if it has one, else the young person's. */
export function labelFor(key: MessageKey, reader: Reader | undefined): MessageKey {
  const wording = LABELS_BY_READER[key];
  return wording ? wordingFor(wording, reader) : key;
}

const BY_ID = new Map(STEPS.map((s) => [s.id, s]));

export function stepDefinition(id: StepId): StepDefinition {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`unknown step ${id}`);
  return def;
}

/** The wording for whoever is reading, falling back to the young person's own words. */
export function wordingFor(wording: WordingByReader, reader: Reader | undefined): MessageKey {
  return (reader && wording[reader]) ?? wording.me;
}

/** The step's question is built from the feed. */
export function isFeedStep(step: StepId): step is FeedStepId {
  return stepDefinition(step).needsFeed;
}

/**
 * The screen cannot be shown until the feed is ready: a question built from it, "Check your
 * answers" (topic and area names) and the results.
 */
export function needsFeed(screen: Screen): boolean {
  return !isStep(screen) || isFeedStep(screen);
}

/** The step that owns an answer. */
export function stepOf(key: AnswerKey): StepId {
  const owner = STEPS.find((s) => s.sets.includes(key));
  if (!owner) throw new Error(`no step sets ${key}`);
  return owner.id;
}
