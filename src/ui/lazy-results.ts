/**
 * The rest of the guided journey in its own file: the questions after the first, matching, "Check your
 * answers", and the results with their service cards. Fetched as the first question shows, so the first download
 * carries only what the first screen needs.
 */
export { resultsView } from './views/results.ts';
export { checkView } from './views/check.ts';
export { checkRows } from './views/check-rows.ts';
export { guidedSteps } from '../match/guided.ts';
export { questionFor } from './views/questions/index.ts';
export { suggestedWords } from './views/questions/topics.ts';
export { laterEnglish, laterStyles } from './later-screens.ts';
