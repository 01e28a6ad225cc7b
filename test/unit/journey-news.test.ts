import { describe, expect, it } from 'vitest';
import { initialJourney, journeyReducer, type JourneyAction, type JourneyState } from '../../src/journey/journey.ts';
import { journeyNews } from '../../src/journey/news.ts';
import { STEP_IDS, STEPS } from '../../src/journey/steps.ts';
import { URGENT_TOPIC } from '../../src/match/answers.ts';

/** The news of `action` after `actions`. */
function news(actions: JourneyAction[], action: JourneyAction) {
  const before = actions.reduce(journeyReducer, initialJourney());
  return journeyNews(before, journeyReducer(before, action), action);
}
const toAge: JourneyAction[] = [{ type: 'next' }];

describe('what a change to the journey says, and where focus goes', () => {
  it('a new question: its heading takes focus, and where the person is is said', () => {
    expect(news([], { type: 'next' })).toEqual({
      focus: 'heading',
      say: { key: 'step.progress', vars: { step: 2, total: STEP_IDS.length } },
    });
  });

  it('check your answers says nothing (its heading does); the results say their count', () => {
    const toCheck = STEP_IDS.map((): JourneyAction => ({ type: 'skip' }));
    expect(news(toCheck.slice(0, -1), { type: 'skip' })).toEqual({ focus: 'heading' });
    expect(news(toCheck, { type: 'next' })).toEqual({ focus: 'heading', say: 'results' });
  });

  it('an error: the field the step names takes focus, and the error is said at once, each time Next meets it', () => {
    const typed: JourneyAction[] = [...toAge, { type: 'draft', value: 'abc' }];
    const first = news(typed, { type: 'next' });
    expect(first).toEqual({ focus: { field: 'age' }, say: { key: 'age.invalid', now: true } });
    expect(news([...typed, { type: 'next' }], { type: 'next' })).toEqual(first);
    // Typing more says nothing until Next.
    expect(news([...typed, { type: 'next' }], { type: 'draft', value: 'abcd' })).toEqual({});
  });

  it('every step that checks what was given names a field for its errors', () => {
    for (const step of STEPS) if (step.validate || step.check) expect(step.errorField, step.id).toBeTruthy();
  });

  it('an answer that offers urgent contacts says so at once; focus stays on the answer', () => {
    const toNow: JourneyAction[] = [...toAge, { type: 'skip' }, { type: 'skip' }];
    expect(news(toNow, { type: 'answer', set: { urgentNow: true } })).toEqual({
      say: { key: 'now.yesLead', now: true },
    });
    const toTopics: JourneyAction[] = [...toAge, { type: 'skip' }];
    expect(news(toTopics, { type: 'answer', set: { topics: [URGENT_TOPIC] } })).toEqual({
      say: { key: 'urgent.lead', now: true },
    });
    // Already chosen: nothing new to say.
    const chosen: JourneyAction[] = [...toTopics, { type: 'answer', set: { topics: [URGENT_TOPIC] } }];
    expect(news(chosen, { type: 'answer', set: { topics: [URGENT_TOPIC, 'sleep'] } })).toEqual({});
  });

  it('an answer on the same screen moves nothing', () => {
    const state: JourneyState = initialJourney();
    const action: JourneyAction = { type: 'answer', set: { seeker: 'me' } };
    expect(journeyNews(state, journeyReducer(state, action), action)).toEqual({});
  });
});
