import type { MessageKey } from '../i18n/en.ts';
import type { HelpWhen } from '../match/answers.ts';
import { labelFor, wordingFor, type Reader } from './steps.ts';

/** The answers to "Do you need help right now?", in the order the question offers them. */
export const HELP_WHEN: readonly HelpWhen[] = [true, 'soon', false];

/**
 * A "now" answer in the reader's words. The third answer ("Soon, …") came after the first
 * download was full, so its words are in the later catalog and its wording by reader is here,
 * beside the question and the summary that use it, rather than in `LABELS_BY_READER`.
 */
export function nowLabel(when: HelpWhen, reader: Reader | undefined): MessageKey {
  if (when === 'soon') {
    const other: MessageKey = 'now.soonOther';
    return wordingFor({ me: 'now.soon', 'parent-carer': other, professional: other, friend: other }, reader);
  }
  return labelFor(when ? 'now.yes' : 'now.no', reader);
}
