import type { Service } from '../feed/schema.ts';
import type { Localizer } from '../i18n/localize.ts';
import { pickText } from '../i18n/text.ts';
import { wordingFor, type Reader, type WordingByReader } from '../journey/steps.ts';
import { AgeBridges, agePerson, type AgeNote } from '../match/age-bridge.ts';
import type { Answers } from '../match/answers.ts';

/** What carries on after an age limit, said to whoever is reading (see match/age-bridge.ts). */
export const GO_ON: WordingByReader = {
  me: 'ageNext.goOn',
  'parent-carer': 'ageNext.goOnParent',
  professional: 'ageNext.goOnOther',
  friend: 'ageNext.goOnFriend',
};

/** Nothing in the feed carries on: who to ask, never a service made up. */
export const ASK: WordingByReader = {
  me: 'ageNext.ask',
  'parent-carer': 'ageNext.askParent',
  professional: 'ageNext.askOther',
  friend: 'ageNext.askFriend',
};

/** "This service is for people up to 18. After 18, you can go on to …", as plain text. */
export function ageNoteText(
  note: AgeNote | undefined,
  l: Localizer,
  langs: readonly string[],
  reader: Reader | undefined,
): string | undefined {
  if (note?.kind !== 'ends') return undefined;
  const names = note.next.map((s: Service) => pickText(s.name, langs).text);
  const then = names.length
    ? l.t(wordingFor(GO_ON, reader), { max: note.max, list: l.list(names) })
    : l.t(wordingFor(ASK, reader), { max: note.max });
  return `${l.t('ageNext.endsAt', { max: note.max })} ${then}`;
}

/**
 * What My summary says about a saved service's age limit when the person is near it, with what
 * carries on after it in the feed; the summary goes to whoever helps next, so this goes with it.
 */
export function savedAgeLine(
  l: Localizer,
  langs: readonly string[],
  answers: Answers,
  services: readonly Service[],
  service: Service,
): string | undefined {
  const note = new AgeBridges(services, agePerson(answers)).noteFor(service);
  return ageNoteText(note, l, langs, answers.seeker);
}
