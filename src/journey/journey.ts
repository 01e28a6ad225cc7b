import type { MessageKey } from '../i18n/en.ts';
import { emptyAnswers, type Answers } from '../match/answers.ts';
import {
  AFTER_STEPS,
  isStep,
  STEP_IDS,
  STEPS,
  stepDefinition,
  stepOf,
  type AnswerKey,
  type Screen,
  type StepId,
} from './steps.ts';

/**
 * The guided journey as data: where the person is, what they answered, and what they typed but
 * have not yet moved on from. Changed only by `journeyReducer`, so its rules can be tested
 * without a browser.
 */
export interface JourneyState {
  readonly screen: Screen;
  readonly answers: Answers;
  /** Steps the person has been shown. Only these hold answers. */
  readonly reached: readonly StepId[];
  /** Typed text not yet checked, by step (the age box). */
  readonly drafts: Readonly<Partial<Record<StepId, string>>>;
  /** Why the current step's typed text cannot be used. */
  readonly error?: MessageKey;
  /** After changing one answer from a later screen, Next goes back there instead of onward. */
  readonly returnTo?: Screen;
  /** The host page's preselections, given to a step when the person first reaches it. */
  readonly presets: Readonly<Partial<Answers>>;
}

export type JourneyAction =
  /** Sets or clears answers; only answers of steps already reached are taken. */
  | { type: 'answer'; set?: Partial<Answers>; clear?: readonly AnswerKey[] }
  /** Typed text for the current step, checked when the person moves on. */
  | { type: 'draft'; value: string }
  | { type: 'next' }
  | { type: 'back' }
  /** Moves on and forgets this step's answer, so skipping really is the person's choice. */
  | { type: 'skip' }
  /** To a step already reached or to the results, e.g. from a check-your-answers page. */
  | { type: 'goTo'; screen: Screen; returnTo?: Screen }
  /** Back to the first question with nothing answered; saved services are not the journey's. */
  | { type: 'startAgain' }
  /** Drops everything the person gave; the host's preselections stay, as configuration. */
  | { type: 'forget' }
  | { type: 'presets'; presets: Partial<Answers> };

export function initialJourney(presets: Partial<Answers> = {}): JourneyState {
  return reach({ screen: 'who', answers: emptyAnswers(), reached: [], drafts: {}, presets }, 'who');
}

/** True when the answer has a value worth keeping (an empty list is no answer). */
export function hasAnswer(answers: Answers, key: AnswerKey): boolean {
  const value = answers[key];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

function withoutKeys(answers: Answers, keys: readonly AnswerKey[]): Answers {
  const drop = new Set<string>(keys);
  const kept = Object.fromEntries(Object.entries(answers).filter(([key]) => !drop.has(key)));
  return {
    ...kept,
    topics: drop.has('topics') ? [] : answers.topics,
    delivery: drop.has('delivery') ? [] : answers.delivery,
  };
}

/** Marks a step as shown, giving it the host's preselection if it has no answer yet. */
function reach(state: JourneyState, screen: Screen): JourneyState {
  if (!isStep(screen) || state.reached.includes(screen)) return { ...state, screen };
  const reached = STEP_IDS.filter((id) => id === screen || state.reached.includes(id));
  const answers: Answers = { ...state.answers };
  for (const key of stepDefinition(screen).sets) {
    const preset = state.presets[key];
    if (preset !== undefined && !hasAnswer(answers, key)) (answers as Record<AnswerKey, unknown>)[key] = preset;
  }
  return { ...state, screen, reached, answers };
}

/** A screen the person may jump to: one already shown, or check and results once every question was. */
function canShow(state: JourneyState, screen: Screen): boolean {
  return isStep(screen) ? state.reached.includes(screen) : state.reached.length === STEP_IDS.length;
}

/** The guided journey in order: the questions, then check, then results. */
const ORDER: readonly Screen[] = [...STEP_IDS, ...AFTER_STEPS];

function screenAfter(screen: Screen): Screen {
  return ORDER[ORDER.indexOf(screen) + 1] ?? 'results';
}

function moveOn(state: JourneyState): JourneyState {
  const target = state.returnTo ?? screenAfter(state.screen);
  return reach({ ...state, error: undefined, returnTo: undefined }, target);
}

function ownedByReached(state: JourneyState, patch: Partial<Answers>): Partial<Answers> {
  const allowed = new Set(STEPS.filter((s) => state.reached.includes(s.id)).flatMap((s) => s.sets));
  return Object.fromEntries(
    Object.entries(patch).filter(([key, value]) => (value as unknown) !== undefined && allowed.has(key as AnswerKey)),
  );
}

export function journeyReducer(state: JourneyState, action: JourneyAction): JourneyState {
  switch (action.type) {
    case 'answer': {
      const set = ownedByReached(state, action.set ?? {});
      const clear = (action.clear ?? []).filter((key) => state.reached.includes(stepOf(key)));
      return { ...state, answers: { ...withoutKeys(state.answers, clear), ...set } };
    }
    case 'draft':
      if (!isStep(state.screen)) return state;
      return { ...state, drafts: { ...state.drafts, [state.screen]: action.value } };
    case 'next': {
      if (!isStep(state.screen)) return state.screen === 'check' ? moveOn(state) : state;
      const def = stepDefinition(state.screen);
      const problem = def.check?.(state.answers);
      if (problem) return { ...state, error: problem };
      if (def.validate) {
        const checked = def.validate(state.drafts[state.screen] ?? '');
        if (!checked.ok) return { ...state, error: checked.error };
        const answers = { ...withoutKeys(state.answers, def.sets), ...checked.set };
        return moveOn({ ...state, answers });
      }
      return moveOn(state);
    }
    case 'skip': {
      if (!isStep(state.screen)) return state;
      const screen = state.screen;
      const drafts = Object.fromEntries(Object.entries(state.drafts).filter(([step]) => step !== screen));
      const answers = withoutKeys(state.answers, stepDefinition(state.screen).sets);
      return moveOn({ ...state, answers, drafts });
    }
    case 'back': {
      const previous = ORDER[ORDER.indexOf(state.screen) - 1];
      if (!previous) return state;
      return { ...state, screen: previous, error: undefined, returnTo: undefined };
    }
    case 'goTo': {
      if (!canShow(state, action.screen)) return state;
      const returnTo = action.returnTo && canShow(state, action.returnTo) ? action.returnTo : undefined;
      return { ...state, screen: action.screen, error: undefined, returnTo };
    }
    case 'startAgain':
    case 'forget':
      return initialJourney(state.presets);
    case 'presets': {
      const presets = Object.fromEntries(
        Object.entries(action.presets).filter(([, v]) => (v as unknown) !== undefined),
      );
      // A preselection the host changes applies at once to a question already shown.
      const answers = { ...state.answers, ...ownedByReached(state, presets) };
      return { ...state, presets, answers };
    }
  }
}
