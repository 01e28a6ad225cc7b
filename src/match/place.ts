import type { Answers } from './answers.ts';

/**
 * Which of the person's place answers the results could not use: a postcode in none of the feed's
 * areas (kept, with no area, so the person is told), or an area the feed does not have (a page's
 * `area` preset for an area since removed from the feed). Either way every area's services are
 * shown, and the results say so rather than show them as if the place had been used.
 */
export type UnusedPlace = 'postcode' | 'area';

export function unusedPlace(answers: Answers, areaIds: ReadonlyMap<string, unknown>): UnusedPlace | undefined {
  if (answers.area !== undefined) return areaIds.has(answers.area) ? undefined : 'area';
  return answers.postcode !== undefined ? 'postcode' : undefined;
}

/** The answers as the results use them: an area the feed does not have is left out, not matched. */
export function usableAnswers(answers: Answers, areaIds: ReadonlyMap<string, unknown>): Answers {
  if (answers.area === undefined || areaIds.has(answers.area)) return answers;
  const { area: _unknown, ...rest } = answers;
  return rest;
}
