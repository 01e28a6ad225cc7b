import type { MessageKey } from '../i18n/en.ts';
import { URGENT_TOPIC } from '../match/answers.ts';
import type { JourneyAction, JourneyState } from './journey.ts';
import { isStep, STEP_IDS, stepDefinition } from './steps.ts';

/** What a person is told after a change to the journey, and where focus goes. */
export interface JourneyNews {
  /**
   * `heading`: a new screen, whose heading takes focus; `field`: the id of the field with the
   * error, which keeps it there as GOV.UK's pattern does.
   */
  focus?: 'heading' | { field: string };
  /** Said politely; `now`: at once (an error, an urgent offer). `results`: the results' count. */
  say?: { key: MessageKey; vars?: Record<string, number>; now?: boolean } | 'results';
}

/**
 * A new screen takes focus on its heading and says where the person is ("Question 3 of 6", the
 * results' count; "Check your answers" is not a question, and its heading says what it is). On the
 * same screen an error is focused and said each time Next meets it (WCAG 3.3.1, 4.1.3), and an
 * answer that offers urgent contacts says so, since the offer appears after the control that
 * caused it; focus stays where the person is otherwise.
 */
export function journeyNews(before: JourneyState, after: JourneyState, action: JourneyAction): JourneyNews {
  const { screen, error, answers: a } = after;
  if (screen !== before.screen) {
    if (screen === 'check') return { focus: 'heading' };
    if (!isStep(screen)) return { focus: 'heading', say: 'results' };
    return {
      focus: 'heading',
      say: { key: 'step.progress', vars: { step: STEP_IDS.indexOf(screen) + 1, total: STEP_IDS.length } },
    };
  }
  if (error && isStep(screen) && (action.type === 'next' || error !== before.error)) {
    const field = stepDefinition(screen).errorField;
    return { ...(field ? { focus: { field } } : {}), say: { key: error, now: true } };
  }
  if (a.urgentNow === true && before.answers.urgentNow !== true) return { say: { key: 'now.yesLead', now: true } };
  if (a.topics.includes(URGENT_TOPIC) && !before.answers.topics.includes(URGENT_TOPIC))
    return { say: { key: 'urgent.lead', now: true } };
  return {};
}
