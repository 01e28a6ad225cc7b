import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hasAnswer,
  initialJourney,
  journeyReducer,
  type JourneyAction,
  type JourneyState,
} from '../../src/journey/journey.ts';
import {
  AFTER_STEPS,
  isFeedStep,
  isStep,
  needsFeed,
  STEP_IDS,
  STEPS,
  stepOf,
  wordingFor,
  stepDefinition,
  type AnswerKey,
} from '../../src/journey/steps.ts';
import { HELP_WHEN } from '../../src/journey/now-labels.ts';
import { DELIVERY_PREFERENCES, SEEKERS, type Answers } from '../../src/match/answers.ts';

const run = (actions: JourneyAction[], start = initialJourney()): JourneyState => actions.reduce(journeyReducer, start);
const ANSWER_KEYS = STEPS.flatMap((s) => s.sets);

describe('journey reducer', () => {
  it('walks the questions in registry order, then check your answers, then the results', () => {
    const seen: string[] = [];
    let state = initialJourney();
    for (let i = 0; i <= STEP_IDS.length + 1; i++) {
      seen.push(state.screen);
      state = journeyReducer(state, { type: 'next' });
    }
    expect(seen).toEqual([...STEP_IDS, 'check', 'results']);
    expect(state.screen).toBe('results');
  });

  it('goes Back from the results to check your answers, and from there to the last question', () => {
    const results = run([...STEP_IDS, 'check'].map(() => ({ type: 'next' }) as const));
    expect(results.screen).toBe('results');
    const check = journeyReducer(results, { type: 'back' });
    expect(check.screen).toBe('check');
    expect(journeyReducer(check, { type: 'back' }).screen).toBe(STEP_IDS.at(-1));
    // Nothing to skip or type on the check page.
    expect(journeyReducer(check, { type: 'skip' })).toBe(check);
    expect(journeyReducer(check, { type: 'draft', value: '12' })).toBe(check);
  });

  it('changes one answer from check your answers and comes back to it, then to the results', () => {
    const check = run([
      { type: 'answer', set: { seeker: 'friend' } },
      ...STEP_IDS.map(() => ({ type: 'next' }) as const),
    ]);
    expect(check.screen).toBe('check');
    const changing = journeyReducer(check, { type: 'goTo', screen: 'who', returnTo: 'check' });
    expect(changing.screen).toBe('who');
    const back = run([{ type: 'answer', set: { seeker: 'parent-carer' } }, { type: 'next' }], changing);
    expect(back.screen).toBe('check');
    expect(back.answers.seeker).toBe('parent-carer');
    expect(back.returnTo).toBeUndefined();
    // A skipped question on the way back also returns to the check page, without its answer.
    const skipped = run([{ type: 'goTo', screen: 'age', returnTo: 'check' }, { type: 'skip' }], back);
    expect(skipped.screen).toBe('check');
    expect(journeyReducer(back, { type: 'next' }).screen).toBe('results');
    // "Change answers" on the results opens the check page.
    const results = journeyReducer(back, { type: 'next' });
    expect(journeyReducer(results, { type: 'goTo', screen: 'check' }).screen).toBe('check');
    // Not before every question was shown.
    expect(journeyReducer(initialJourney(), { type: 'goTo', screen: 'check' }).screen).toBe('who');
  });

  it('keeps answers on Back and shows them again', () => {
    const state = run([
      { type: 'answer', set: { seeker: 'friend' } },
      { type: 'next' },
      { type: 'draft', value: '14' },
      { type: 'next' },
      { type: 'back' },
      { type: 'back' },
    ]);
    expect(state.screen).toBe('who');
    expect(state.answers.seeker).toBe('friend');
    expect(state.answers.age).toBe(14);
  });

  it('stays on the age question with an error for an age it cannot use', () => {
    for (const bad of ['abc', '26', '-1', '1.5', '100']) {
      const state = run([{ type: 'next' }, { type: 'draft', value: bad }, { type: 'next' }]);
      expect(state.screen).toBe('age');
      expect(state.error).toBe('age.invalid');
      expect(state.answers.age).toBeUndefined();
    }
    const fixed = run([
      { type: 'next' },
      { type: 'draft', value: 'x' },
      { type: 'next' },
      { type: 'draft', value: '9' },
      { type: 'next' },
    ]);
    expect(fixed.screen).toBe('topics');
    expect(fixed.error).toBeUndefined();
    expect(fixed.answers.age).toBe(9);
  });

  it('forgets an answer when its question is skipped', () => {
    const state = run([
      { type: 'next' },
      { type: 'next' },
      { type: 'answer', set: { topics: ['sleep'], query: 'cant sleep' } },
      { type: 'back' },
      { type: 'next' },
      { type: 'skip' },
    ]);
    expect(state.screen).toBe('now');
    expect(state.answers.topics).toEqual([]);
    expect(state.answers.query).toBeUndefined();
  });

  it('ignores answers for questions not reached yet', () => {
    const state = run([{ type: 'answer', set: { area: 'islands', seeker: 'me' } }]);
    expect(state.answers.area).toBeUndefined();
    expect(state.answers.seeker).toBe('me');
  });

  it('gives a host preselection to its question when first reached, and drops it when skipped', () => {
    let state = initialJourney({ area: 'islands', seeker: 'parent-carer' });
    expect(state.answers.seeker).toBe('parent-carer');
    expect(state.answers.area).toBeUndefined();
    state = run(
      STEP_IDS.slice(0, 5).map(() => ({ type: 'next' }) as const),
      state,
    );
    expect(state.screen).toBe('where');
    expect(state.answers.area).toBe('islands');
    expect(journeyReducer(state, { type: 'skip' }).answers.area).toBeUndefined();
  });

  it('stops at where, with an error, when Next meets a postcode in none of the areas', () => {
    const atWhere = run(STEP_IDS.slice(0, 5).map(() => ({ type: 'next' }) as const));
    expect(atWhere.screen).toBe('where');
    const unknown = run([{ type: 'answer', set: { postcode: 'ZZ9' } }, { type: 'next' }], atWhere);
    expect(unknown.screen).toBe('where');
    expect(unknown.error).toBe('where.postcodeUnknown');
    // Words that name no area are reported as a place, not as a postcode.
    const place = run([{ type: 'answer', set: { postcode: 'Glen' } }, { type: 'next' }], atWhere);
    expect(place.screen).toBe('where');
    expect(place.error).toBe('where.placeUnknown');
    const known = run(
      [{ type: 'answer', set: { postcode: 'GM1', area: 'glenmore-north' } }, { type: 'next' }],
      unknown,
    );
    expect(known.screen).toBe('check');
    expect(known.error).toBeUndefined();
    // Skipping drops the postcode and moves on.
    expect(journeyReducer(unknown, { type: 'skip' }).screen).toBe('check');
  });

  it('goes to a reached question and returns to the results after a change', () => {
    const done = run([...STEP_IDS, 'check'].map(() => ({ type: 'next' }) as const));
    expect(done.screen).toBe('results');
    const changing = journeyReducer(done, { type: 'goTo', screen: 'topics', returnTo: 'results' });
    expect(changing.screen).toBe('topics');
    const back = run([{ type: 'answer', set: { topics: ['anger'] } }, { type: 'next' }], changing);
    expect(back.screen).toBe('results');
    expect(back.answers.topics).toEqual(['anger']);
    // Not to a question never shown.
    expect(journeyReducer(initialJourney(), { type: 'goTo', screen: 'where' }).screen).toBe('who');
    expect(journeyReducer(initialJourney(), { type: 'goTo', screen: 'results' }).screen).toBe('who');
  });

  it('starts again and forgets everything but the host presets', () => {
    const done = run(
      [{ type: 'answer', set: { seeker: 'me' } }, ...STEP_IDS.map(() => ({ type: 'next' }) as const)],
      initialJourney({ area: 'north' }),
    );
    for (const type of ['startAgain', 'forget'] as const) {
      const state = journeyReducer(done, { type });
      expect(state).toEqual(initialJourney({ area: 'north' }));
    }
  });

  it('words each question for whoever is asking', () => {
    const age = stepDefinition('age');
    expect(wordingFor(age.heading, undefined)).toBe('age.title');
    expect(wordingFor(age.heading, 'me')).toBe('age.title');
    expect(wordingFor(age.heading, 'parent-carer')).toBe('age.titleParent');
    expect(wordingFor(age.heading, 'professional')).toBe('age.titleOther');
    expect(wordingFor(age.heading, 'friend')).toBe('age.titleFriend');
    expect(wordingFor(stepDefinition('who').heading, 'friend')).toBe('who.title');
  });

  it('has one owning step for each answer', () => {
    const keys: AnswerKey[] = [
      'seeker',
      'age',
      'topics',
      'query',
      'urgentNow',
      'delivery',
      'selfReferralOnly',
      'area',
      'postcode',
      'near',
    ];
    expect(new Set(ANSWER_KEYS)).toEqual(new Set(keys));
    expect(ANSWER_KEYS.length).toBe(keys.length);
    for (const key of keys) expect(STEP_IDS).toContain(stepOf(key));
  });
});

const answersArb: fc.Arbitrary<Partial<Answers>> = fc.record(
  {
    seeker: fc.constantFrom(...SEEKERS),
    age: fc.integer({ min: 0, max: 25 }),
    topics: fc.subarray(['sleep', 'anger', 'worry', 'school']),
    query: fc.string({ maxLength: 12 }),
    urgentNow: fc.constantFrom(...HELP_WHEN),
    delivery: fc.subarray([...DELIVERY_PREFERENCES]),
    selfReferralOnly: fc.boolean(),
    area: fc.constantFrom('north', 'islands'),
    postcode: fc.constantFrom('KY1 2AB', 'ZZ9'),
    near: fc.record({
      lat: fc.double({ min: 55, max: 58, noNaN: true }),
      lon: fc.double({ min: -6, max: -2, noNaN: true }),
    }),
  },
  { requiredKeys: [] },
);

const actionArb: fc.Arbitrary<JourneyAction> = fc.oneof(
  answersArb.map((set) => ({ type: 'answer' as const, set })),
  fc.subarray(ANSWER_KEYS).map((clear) => ({ type: 'answer' as const, clear })),
  fc
    .oneof(fc.constantFrom('', '7', '12', '25', '26', 'x'), fc.string({ maxLength: 4 }))
    .map((value) => ({ type: 'draft' as const, value })),
  fc.constant({ type: 'next' as const }),
  fc.constant({ type: 'back' as const }),
  fc.constant({ type: 'skip' as const }),
  fc
    .constantFrom(...STEP_IDS, 'check' as const, 'results' as const)
    .chain((screen) =>
      fc
        .option(fc.constantFrom(...STEP_IDS, 'check' as const, 'results' as const), { nil: undefined })
        .map((returnTo) => ({ type: 'goTo' as const, screen, returnTo })),
    ),
  fc.constant({ type: 'startAgain' as const }),
  fc.constant({ type: 'forget' as const }),
);

function assertConsistent(state: JourneyState): void {
  // Only reached steps hold answers or drafts.
  for (const key of ANSWER_KEYS) {
    if (hasAnswer(state.answers, key)) expect(state.reached).toContain(stepOf(key));
  }
  for (const step of Object.keys(state.drafts)) expect(state.reached).toContain(step);
  // The screen shown has been reached, and reaching is in order with no gaps.
  if (isStep(state.screen)) expect(state.reached).toContain(state.screen);
  else expect(state.reached).toEqual([...STEP_IDS]);
  expect(state.reached).toEqual(STEP_IDS.slice(0, state.reached.length));
  expect(Array.isArray(state.answers.topics) && Array.isArray(state.answers.delivery)).toBe(true);
  if (state.answers.age !== undefined) expect(state.answers.age).toBeLessThanOrEqual(25);
}

describe('journey reducer, any sequence of actions', () => {
  it('keeps the state consistent', () => {
    fc.assert(
      fc.property(answersArb, fc.array(actionArb, { maxLength: 40 }), (presets, actions) => {
        let state = initialJourney(presets);
        assertConsistent(state);
        for (const action of actions) {
          state = journeyReducer(state, action);
          assertConsistent(state);
        }
      }),
    );
  });

  it('forgets a step’s answers when it is skipped', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 30 }), (actions) => {
        const state = run(actions);
        if (!isStep(state.screen)) return;
        const skipped = journeyReducer(state, { type: 'skip' });
        for (const key of stepDefinition(state.screen).sets) expect(hasAnswer(skipped.answers, key)).toBe(false);
        expect(skipped.drafts[state.screen]).toBeUndefined();
      }),
    );
  });

  it('forget clears all the person gave', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 30 }), (actions) => {
        const state = journeyReducer(run(actions), { type: 'forget' });
        expect(state).toEqual(initialJourney());
        for (const key of ANSWER_KEYS) expect(hasAnswer(state.answers, key)).toBe(false);
      }),
    );
  });
});

describe('which screens wait for the feed', () => {
  it('asks who, age, now and how while the feed loads; topics, where, check and results wait for it', () => {
    expect(STEP_IDS.filter((id) => !needsFeed(id))).toEqual(['who', 'age', 'now', 'how']);
    expect(STEP_IDS.filter((id) => isFeedStep(id))).toEqual(['topics', 'where']);
    for (const screen of AFTER_STEPS) expect(needsFeed(screen)).toBe(true);
  });

  it('never makes the first question wait: it is what shows while the feed loads', () => {
    expect(needsFeed(initialJourney().screen)).toBe(false);
    expect(needsFeed(initialJourney({ seeker: 'parent-carer', area: 'north' }).screen)).toBe(false);
  });

  it('the registry flag and the screen check agree for every step', () => {
    for (const step of STEPS) expect(needsFeed(step.id)).toBe(step.needsFeed);
  });
});
