import type { MessageKey } from '../i18n/en.ts';
import type { HelpWhen } from '../match/answers.ts';
import { labelFor, wordingFor, type Reader, type WordingByReader } from './steps.ts';

/** The answers to "Do you need help right now?", in the order the question offers them. */
export const HELP_WHEN: readonly HelpWhen[] = [true, 'soon', false];

/**
 * Labels worded by reader whose words are in the later catalog: the first download's table
 * (`LABELS_BY_READER` in steps.ts) may only name words that download carries.
 */
const LATER_LABELS: Partial<Record<MessageKey, WordingByReader>> = {
  'now.soon': {
    me: 'now.soon',
    'parent-carer': 'now.soonOther',
    professional: 'now.soonOther',
    friend: 'now.soonOther',
  },
};

/** `labelFor`, knowing the later screens' labels too. */
export function readerLabel(key: MessageKey, reader: Reader | undefined): MessageKey {
  const wording = LATER_LABELS[key];
  return wording ? wordingFor(wording, reader) : labelFor(key, reader);
}

/** A "now" answer in the reader's words. */
export function nowLabel(when: HelpWhen, reader: Reader | undefined): MessageKey {
  return readerLabel(when === 'soon' ? 'now.soon' : when ? 'now.yes' : 'now.no', reader);
}
