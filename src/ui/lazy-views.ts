/**
 * Browse mode and "My summary", loaded the first time someone opens either: most visits are one
 * guided journey, so these stay out of the first download.
 */
export { browseServices } from '../match/browse.ts';
export { browseView } from './parts/browse-view.ts';
export { summaryView } from './parts/summary-view.ts';
export { printOnly } from './print.ts';
