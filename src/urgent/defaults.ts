import { dialable } from '../feed/links.ts';
import type { UrgentContact } from '../feed/schema.ts';
import type { Feed } from '../feed/parse.ts';
import type { Localizer } from '../i18n/localize.ts';

/**
 * The date these built-in contacts were last compared with the providers' published details.
 * Bump it only after checking each number, its hours and its ages again on these pages: people in
 * crisis will dial what this says.
 *
 * - Childline: https://www.childline.org.uk/ and https://learning.nspcc.org.uk/services/childline
 *   (0800 1111, free, 24 hours, up to age 19)
 * - Samaritans: https://www.samaritans.org/how-we-can-help/contact-samaritan/ (116 123, 24/7)
 * - Shout: https://giveusashout.org/about-us/faq/ (text SHOUT to 85258, 24/7, anyone in the UK)
 * - NHS 24 Mental Health Hub: https://www.gov.scot/policies/mental-health/mental-health-unscheduled-care
 *   (111, 24/7; the menu option number is not given, so the text says "the mental health option")
 * - PAPYRUS: https://papyrus-uk.org/help-advice/about-hopelineuk/remit-of-service-policy
 *   (0800 068 4141, SMS 07786 209697, up to 35 and anyone worried about a young person; 24/7
 *   since 2023, overnight cover funded by appeal in 2025: re-check)
 * - Breathing Space: https://www.breathingspace.scot/ (0800 83 85 87, Mon-Thu 6pm-2am, Fri 6pm to
 *   Mon 6am, people in Scotland; 16+ per its partners' descriptions)
 *
 * Checked on this date against stored copies of those pages (the build environment has no live
 * web access); a human should confirm each against the live page before release.
 */
const URGENT_CHECKED = '2026-11-25';

/**
 * Built-in UK and Scotland urgent contacts, shown in every state, including when the feed fails
 * to load. Names stay in English (they are the services' own names); descriptions and hours come
 * from the reader's language catalog. Each text carries its language tag.
 */
function builtInUrgentHelp(l: Localizer): UrgentContact[] {
  // Tagged with their languages, so an English service name in an Arabic page is marked English.
  const own = (text: string) => ({ [l.lang]: text });
  const english = (name: string) => ({ en: name });
  const always = own(l.t('urgent.open247'));
  const base = { open247: true, hours: always, checked: URGENT_CHECKED };
  return [
    { ...base, id: '999', name: english('999'), description: own(l.t('urgent.999.desc')), phone: '999' },
    {
      ...base,
      id: 'childline',
      name: english('Childline'),
      description: own(l.t('urgent.childline.desc')),
      phone: '0800 1111',
      web: 'https://www.childline.org.uk/',
      ages: { min: 0, max: 19 },
    },
    {
      ...base,
      id: 'shout',
      name: english('Shout 85258'),
      description: own(l.t('urgent.shout.desc')),
      sms: '85258',
      smsBody: 'SHOUT',
      web: 'https://giveusashout.org/',
    },
    {
      ...base,
      id: 'samaritans',
      name: english('Samaritans'),
      description: own(l.t('urgent.samaritans.desc')),
      phone: '116 123',
      web: 'https://www.samaritans.org/',
    },
    {
      ...base,
      id: 'nhs24',
      name: english('NHS 24 (111)'),
      description: own(l.t('urgent.nhs24.desc')),
      phone: '111',
      web: 'https://www.nhs24.scot/',
    },
    {
      ...base,
      id: 'papyrus',
      name: english('PAPYRUS HOPELINE247'),
      description: own(l.t('urgent.papyrus.desc')),
      phone: '0800 068 4141',
      sms: '07786 209697',
      web: 'https://www.papyrus-uk.org/',
      ages: { min: 0, max: 35 },
    },
    {
      id: 'breathingspace',
      name: english('Breathing Space'),
      description: own(l.t('urgent.breathingspace.desc')),
      phone: '0800 83 85 87',
      web: 'https://breathingspace.scot/',
      hours: own(l.t('urgent.breathingspace.hours')),
      open247: false,
      ages: { min: 16, max: 120 },
      checked: URGENT_CHECKED,
    },
  ];
}

/** True for a contact that rings the emergency services. */
export function isEmergency(contact: UrgentContact): boolean {
  return contact.id === '999' || (contact.phone !== undefined && dialable(contact.phone) === '999');
}

/**
 * The contacts to show: the feed's own extend or replace the built-ins as the feed says; with an
 * age known, lines that do not take that age are left out (Breathing Space is 16+). 999 always
 * stays: a feed's `replace` list without it gets the built-in 999 first, and the feed checker has
 * already turned a `replace` list with no phone line at all into `extend` (see `parseFeed`).
 */
export function urgentContacts(l: Localizer, feed: Feed | undefined, age?: number): UrgentContact[] {
  const builtIn = builtInUrgentHelp(l);
  const fromFeed = feed?.urgentHelp ?? [];
  const replacing = feed?.urgentHelpMode === 'replace' && fromFeed.some((c) => c.phone);
  let all = replacing ? fromFeed : [...builtIn, ...fromFeed];
  if (!all.some(isEmergency)) all = [...builtIn.filter(isEmergency), ...all];
  if (age === undefined) return all;
  return all.filter((c) => isEmergency(c) || !c.ages || (c.ages.min <= age && age <= c.ages.max));
}
