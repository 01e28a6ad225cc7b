import { messages as first, type Messages } from './en.ts';
import { messages as later } from './en-later.ts';

/**
 * The whole English catalog, both parts, in packing order (first part, then later). For tests and
 * build scripts: the finder's browser code must not import this, or every visitor downloads the
 * later part too (see en-later.ts).
 */
export const messages: Messages = { ...first, ...later };
