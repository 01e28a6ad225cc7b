/**
 * Everything that fetches, decodes and checks a feed, as one file the element fetches as soon as
 * it starts (alongside its first render) rather than inside the first download: the questions and
 * urgent help can paint before any of it has arrived.
 */
export { readJson } from './decode.ts';
export { loadFeed } from './load.ts';
export { readFeed } from './parse.ts';
