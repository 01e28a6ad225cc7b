import { messages as first, type Messages } from '../src/i18n/en.ts';
import { messages as later } from '../src/i18n/en-later.ts';

/**
 * The whole English catalog, both parts, for tests. The finder's own code never joins the parts
 * this way, or every visitor would download the later part too (see src/i18n/en-later.ts).
 */
export const messages: Messages = { ...first, ...later };
