import type { Audience } from '../feed/schema.ts';
import type { Seeker } from './answers.ts';

// Ranking, "while you wait" and age limits share these. They live apart from answers.ts, which is
// in the first download, since only the later screens' matching reads them.

/** The everyday topic: what the journey falls back on, and too general to say what a service is for. */
export const GENERAL_TOPIC = 'wellbeing';

/** The feed's audience for the adults asking who have one of their own; a friend's is young people's. */
export const HELPER_AUDIENCE: Partial<Record<Seeker, Audience>> = {
  'parent-carer': 'parent-carer',
  professional: 'professional',
};
