import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UrgentContact } from '../../src/feed/schema.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { ENGLISH, Localizer } from '../../src/i18n/localize.ts';
import { CRISIS_KINDS, CRISIS_LANGUAGES, crisisContacts, crisisKinds } from '../../src/search/crisis.ts';
import { LEXICON_LANGUAGES } from '../../src/search/lexicons.ts';
import { urgentContacts } from '../../src/urgent/defaults.ts';

/** What a person might type, in each shipped language, and the dangers it speaks of. */
const SAID: readonly [lang: string, text: string, kinds: string[]][] = [
  ['en', 'i want to kill myself', ['suicide']],
  ['en', 'I want to die', ['suicide']],
  ['en', 'sometimes i just want to end it all', ['suicide']],
  ['en', "I'm going to kill myself tonight", ['suicide']],
  ['en', 'Suicidal', ['suicide']],
  ['en', 'i took too many pills', ['overdose']],
  ['en', 'I took an overdose', ['overdose']],
  ['en', 'i swallowed a load of pills', ['overdose']],
  ['en', 'someone is hurting me', ['being-hurt']],
  ['en', 'he hits me', ['being-hurt']],
  ['en', "I'm not safe at home", ['being-hurt']],
  ['en', 'took an overdose because i wanted to die', ['overdose', 'suicide']],
  ['cy', 'dw i eisiau lladd fy hun', ['suicide']],
  ['cy', 'dw i wedi cymryd gormod o dabledi', ['overdose']],
  ['cy', 'mae rhywun yn fy mrifo', ['being-hurt']],
  ['gd', 'tha mi airson mi fhìn a mharbhadh', ['suicide']],
  ['gd', 'ghabh mi cus phileachan', ['overdose']],
  ['gd', 'tha cuideigin gam ghoirteachadh', ['being-hurt']],
  ['pl', 'chcę się zabić', ['suicide']],
  ['pl', 'Mam myśli samobójcze', ['suicide']],
  ['pl', 'wzięłam za dużo tabletek', ['overdose']],
  ['pl', 'ktoś mnie krzywdzi', ['being-hurt']],
  ['uk', 'я хочу вбити себе', ['suicide']],
  ['uk', 'я випила забагато таблеток', ['overdose']],
  ['uk', 'хтось мене кривдить', ['being-hurt']],
  ['ar', 'أريد أن أقتل نفسي', ['suicide']],
  ['ar', 'ابتلعت حبوب كثيرة', ['overdose']],
  ['ar', 'شخص يؤذيني', ['being-hurt']],
  ['ur', 'میں خود کو مارنا چاہتا ہوں', ['suicide']],
  ['ur', 'میں نے بہت سی گولیاں کھا لیں', ['overdose']],
  ['ur', 'وہ مجھے مارتا ہے', ['being-hurt']],
  ['pa', 'ਮੈਂ ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ', ['suicide']],
  ['pa', 'ਮੈਂ ਬਹੁਤ ਗੋਲੀਆਂ ਖਾ ਲਈਆਂ', ['overdose']],
  ['pa', 'ਉਹ ਮੈਨੂੰ ਕੁੱਟਦਾ ਹੈ', ['being-hurt']],
  ['ro', 'vreau să mă sinucid', ['suicide']],
  ['ro', 'am luat prea multe pastile', ['overdose']],
  ['ro', 'cineva mă rănește', ['being-hurt']],
  ['zh-Hans', '我想自杀', ['suicide']],
  ['zh-Hans', '我吃了太多药', ['overdose']],
  ['zh-Hans', '有人伤害我', ['being-hurt']],
];

describe('crisisKinds', () => {
  it.each(SAID)('%s: “%s”', (_lang, text, kinds) => {
    expect(crisisKinds(text)).toEqual(kinds);
  });

  it('has phrases of every kind in every shipped language, UI and search alike', () => {
    const langs = new Set([...LOCALES.map((l) => l.lang), ...LEXICON_LANGUAGES]);
    expect(new Set(CRISIS_LANGUAGES)).toEqual(langs);
    for (const lang of langs) {
      for (const kind of CRISIS_KINDS) {
        expect(
          SAID.some(([l, , kinds]) => l === lang && kinds.includes(kind)),
          `${lang} ${kind}`,
        ).toBe(true);
      }
    }
  });

  it('still offers help when the danger is denied: people in crisis often say it sideways', () => {
    expect(crisisKinds("I don't want to die but I can't keep going")).toEqual(['suicide']);
    expect(crisisKinds('not suicidal, just want it all to stop')).toEqual(['suicide']);
  });

  it('keeps the "not" that is the danger, and reads "hurting me" apart from "hurting myself"', () => {
    expect(crisisKinds("I'm not safe at home")).toEqual(['being-hurt']);
    expect(crisisKinds("I'm safe at home now")).toEqual([]);
    expect(crisisKinds('I keep hurting myself')).toEqual([]);
  });

  it('says nothing of everyday worries, half-typed words, or words across sentences', () => {
    for (const text of [
      '',
      'i cant sleep and exams are soon',
      'i want to di',
      'my diet is bad',
      'my mum will kill me if i fail',
      'I want to. Die Hard is on',
      'no money for food',
      'I might be pregnant',
    ]) {
      expect(crisisKinds(text), text).toEqual([]);
    }
  });

  it('never throws, and names each kind once in the fixed order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (text) => {
        const kinds = crisisKinds(text);
        expect(kinds).toEqual(CRISIS_KINDS.filter((k) => kinds.includes(k)));
      }),
    );
  });
});

describe('crisisContacts', () => {
  const l = new Localizer(ENGLISH);
  const ids = (list: readonly UrgentContact[]) => list.map((c) => c.id);
  const all = urgentContacts(l, undefined);

  it('gives 999 and the crisis lines for thoughts of suicide', () => {
    expect(ids(crisisContacts(['suicide'], all))).toEqual(['999', 'childline', 'shout', 'samaritans', 'papyrus']);
  });

  it('gives 999 and 111 for an overdose, and 999 and Childline for someone hurting the person', () => {
    expect(ids(crisisContacts(['overdose'], all))).toEqual(['999', 'nhs24']);
    expect(ids(crisisContacts(['being-hurt'], all))).toEqual(['999', 'childline']);
    expect(ids(crisisContacts(['overdose', 'suicide'], all))).toEqual([
      '999',
      'childline',
      'shout',
      'samaritans',
      'nhs24',
      'papyrus',
    ]);
  });

  it('gives nothing when no danger is named', () => {
    expect(crisisContacts([], all)).toEqual([]);
  });

  it('leaves out what the urgent panel leaves out for an age (Childline is up to 19)', () => {
    expect(ids(crisisContacts(['being-hurt'], urgentContacts(l, undefined, 22)))).toEqual(['999']);
  });

  it('adds the feed’s own lines for thoughts of suicide, and its own 111 line for an overdose', () => {
    const local: UrgentContact = {
      id: 'local-line',
      name: 'Local line',
      description: 'Out of hours',
      hours: 'Weeknights',
      phone: '0808 157 0102',
      open247: false,
      checked: '2026-11-02',
    };
    const nhs111: UrgentContact = { ...local, id: 'nhs-111', name: 'NHS 111', phone: '111' };
    const feed = { urgentHelp: [local, nhs111], urgentHelpMode: 'replace' } as Parameters<typeof urgentContacts>[1];
    const shown = urgentContacts(l, feed);
    expect(ids(crisisContacts(['suicide'], shown, [local, nhs111]))).toEqual(['999', 'local-line', 'nhs-111']);
    expect(ids(crisisContacts(['overdose'], shown, [local, nhs111]))).toEqual(['999', 'nhs-111']);
    expect(ids(crisisContacts(['being-hurt'], shown, [local, nhs111]))).toEqual(['999']);
  });
});
