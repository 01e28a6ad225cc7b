/**
 * What every file that brings later screens carries besides them: their English words and their
 * styles. The element takes both in before any of those screens shows (`lazyScreens`, lazy-part.ts).
 */
export { messages as laterEnglish } from '../i18n/en-later.ts';
export { laterStyles } from './later-screens.styles.ts';
