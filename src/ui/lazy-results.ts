/**
 * The guided results with their service cards, in their own file: fetched while the questions are
 * answered, so the first download carries only what the first screens need.
 */
export { resultsView } from './views/results.ts';
