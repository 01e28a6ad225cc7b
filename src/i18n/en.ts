import type { messages as later } from './en-later.ts';

/**
 * English: the source catalog. Every other locale is checked against these keys at compile time.
 * Its name, direction and review status live with the others in `locales.ts`.
 * Placeholders are `{name}`; plural messages are objects keyed by `Intl.PluralRules` categories.
 *
 * English comes in two parts. This one is in the file every visitor downloads: the words of the
 * frame, urgent help, quick exit, feed errors, the first question, and whatever the code in that
 * file asks for. The words only later screens use are in `en-later.ts`, which comes with them:
 * with both parts in the first download it measured 33.2 KB gzip, over its 30 KB budget
 * (scripts/size.mjs), against 29.8 KB split.
 */
export const messages = {
  'finder.title': 'Find support',
  'finder.intro': 'Answer a few questions to find people who can help. You can skip any question.',
  'finder.loading': 'Loading services…',
  'finder.draftTranslation': 'This translation is a draft that a native speaker has not checked yet.',
  'finder.partFailed': 'This part of the finder could not load. Check your connection and try again.',
  'finder.language': 'Language',
  'finder.warnings': {
    one: '{count} service could not be shown because of a mistake in the list of services.',
    other: '{count} services could not be shown because of mistakes in the list of services.',
  },
  'error.title': 'We could not load the list of services',
  'error.body': 'You can still get help right now from the contacts above.',
  'error.retry': 'Try again',
  'error.url': 'The address of the list of services is not allowed.',
  'error.network': 'The list of services could not be reached. You may be offline.',
  'error.http': 'The website with the list of services had a problem.',
  'error.timeout': 'The list of services took too long to arrive.',
  'error.too-large': 'The list of services is too large to load.',
  'error.not-json': 'The list of services is damaged.',
  'error.shape': 'The list of services could not be read: it is not set out the way this finder expects.',
  'error.version': 'The list of services was made for a newer version of this finder.',
  'error.no-src': 'This page has not been set up with a list of services yet.',
  'error.offline': 'Your device seems to be offline. Try again when you are connected.',
  'error.cors': 'The website with the list of services does not let this page read it.',
  'error.not-found': 'The list of services was not found at its address.',
  'error.empty': 'The list of services arrived empty.',
  'error.html': 'A web page arrived instead of the list of services.',
  'error.content-type': 'Something other than the list of services arrived.',
  'error.truncated': 'The list of services arrived incomplete.',
  'error.busy': 'The website with the list of services is busy. Try again in a few minutes.',
  'fallback.notice': 'We could not load the latest list of services, so this is a saved copy. It may be out of date.',
  'finder.noServices':
    'There are no services in this list yet. You can still get help right now from the contacts above.',

  'exit.button': 'Quick exit',
  'exit.hint': 'Press Shift 3 times to leave quickly',
  'exit.press': { one: 'Shift: press {count} more time to exit.', other: 'Shift: press {count} more times to exit.' },
  'exit.expired': 'Quick exit timed out.',
  'exit.leaving': 'Leaving this page.',

  'feedback.link': 'Tell {partnership} what you think',
  'safety.title': 'Using a shared phone or computer?',
  'safety.exit':
    'Quick exit, or pressing Shift 3 times, leaves this page at once for a weather website, and Back will not return here.',
  'safety.history':
    'It cannot delete your browsing history. If someone checks your device, use a private or incognito window, and clear your history afterwards.',
  'safety.storage': 'This finder saves nothing on your device and sends your answers nowhere.',

  'urgent.title': 'Need help right now?',
  'urgent.summary': 'Talk to someone now',
  'urgent.jump': 'Get help now',
  'urgent.lead': 'If you or someone else is in danger right now, call 999.',
  'urgent.text': 'Text {body} to {number}',
  'urgent.ages': 'Ages {min} to {max}',
  'urgent.agesUpTo': 'Up to age {max}',
  'urgent.agesFrom': 'Age {min} and over',
  'urgent.open247': 'Open 24 hours, every day',
  'urgent.checked': 'Details checked {date}',
  'urgent.999.desc':
    'Police, ambulance or fire when a life is at risk. Deaf or speech-impaired: call 18000 with a textphone or the Relay UK app, which turns your typing into speech.',
  'urgent.childline.desc':
    'Free, private support for anyone up to age 19. Call, chat online or email. It does not show on phone bills.',
  'urgent.samaritans.desc': 'Someone to listen, any time, about anything. Free from any phone.',
  'urgent.shout.desc': 'Free, confidential text support for anyone in the UK. Text SHOUT to 85258.',
  'urgent.nhs24.desc':
    'Urgent mental health support in Scotland when your GP is closed. Call 111 and choose the mental health option.',
  'urgent.papyrus.desc': 'For young people up to 35 with thoughts of suicide, and anyone worried about a young person.',
  'urgent.breathingspace.desc':
    'A listening line for people in Scotland aged 16 and over feeling low, worried or stressed.',
  'urgent.breathingspace.hours': 'Monday to Thursday 6pm to 2am; Friday 6pm to Monday 6am',

  'step.progress': 'Question {step} of {total}',
  'step.next': 'Next',
  'step.back': 'Back',
  'step.skip': 'Skip this question',

  'who.title': 'Who are you looking for support for?',
  'who.me': 'Me',
  'who.parent-carer': 'My child, as their parent or carer',
  'who.professional': 'A young person I work with',
  'who.friend': 'A friend',

  'age.title': 'How old are you?',
  'age.titleOther': 'How old is the young person?',
  'age.titleParent': 'How old is your child?',
  'age.titleFriend': 'How old is your friend?',
  'age.invalid': 'Enter an age from 0 to 25, or skip this question.',
  // Checked by the journey when Next meets it, so in the first download with the age's error.
  'where.postcodeUnknown':
    'We do not know that postcode. Check it, choose an area instead, or leave the box empty to see services everywhere.',
  'where.placeUnknown':
    'We do not know that place. Choose one from the list, type the first part of a postcode, or leave the box empty to see services everywhere.',

  'topics.title': "What's on your mind?",
  'topics.titleOther': 'What would you like help with?',
  'topics.titleFriend': 'What is your friend going through?',
  'topics.hint': 'Choose as many as you like.',

  'now.title': 'Do you need help right now?',
  'now.yes': 'Yes, I need to talk to someone now',
  'now.no': 'No, I can wait a little',
  'now.titleParent': 'Does your child need help right now?',
  'now.titleOther': 'Does the young person need help right now?',
  'now.titleFriend': 'Does your friend need help right now?',
  'now.yesOther': 'Yes, we need to talk to someone now',
  'now.noOther': 'No, it can wait a little',
  'now.yesLead':
    'The contacts at the top, under “Need help right now?”, can help straight away. When you are ready, you can also answer the rest of these questions to find other support.',

  'how.title': 'How would you like to get support?',
  'how.titleParent': 'How would your child like to get support?',
  'how.titleOther': 'How would the young person like to get support?',
  'how.titleFriend': 'How would your friend like to get support?',
  'how.hint': 'Choose any that suit you.',
  'how.hintOther': 'Choose any that suit them.',
  'how.self': 'I want to contact them myself, without a referral',
  'how.selfOther': 'Only services you can contact directly, without a referral',

  'where.title': 'Where do you live?',
  'where.titleOther': 'Where does the young person live?',
  'where.titleParent': 'Where does your child live?',
  'where.titleFriend': 'Where does your friend live?',
  'where.postcode': 'Area, town or the first part of your postcode',
  'where.postcodeOther': 'Area, town or the first part of their postcode',

  'results.count': { one: '{count} service found', other: '{count} services found' },
  'results.forYou': 'Support for you as a parent, carer or professional',
  'results.forYouParent': 'Support for you as a parent or carer',
  'results.forYouProfessional': 'Support for you as a professional',
  'results.forYouFriend': 'Support for you',
  'results.forThem': 'Support for the young person',
  'results.forThemParent': 'Support for your child',
  'results.forThemFriend': 'Support for your friend',

  'card.call': 'Call {number}',
  'card.text': 'Text {number}',
  'card.email': 'Email {address}',
  'card.web': 'Website: {host}',
  'card.form': 'Online form: {host}',

  'lang.bfi': 'British Sign Language',

  'view.label': 'Ways to find support',
  'view.guided': 'Questions',
  'view.browse': 'All services',
  'view.summary': 'My summary ({count})',

  'save.added': 'Saved {name} to your summary.',
  'save.removed': 'Removed {name} from your summary.',

  'summary.topics': 'What is on my mind',
  'summary.topicsOther': 'What they need help with',
  'summary.selfOnly': 'I want to contact them myself',
  'summary.selfOnlyOther': 'Services we can contact directly',
  'summary.copied': 'Summary copied. You can paste it into a message or a note.',
  'summary.copyFailed': 'Could not copy. Select the text below and copy it instead.',
  'summary.cleared': 'Your summary and answers have been cleared.',

  // The default topics' names (src/feed/default-topics.ts takes its English names from here).
  'topic.feeling-worried': 'Feeling worried or anxious',
  'topic.feeling-low': 'Feeling low or sad',
  'topic.anger': 'Anger and big feelings',
  'topic.friendships': 'Friendships and feeling lonely',
  'topic.bullying': 'Bullying',
  'topic.things-at-home': 'Things at home',
  'topic.school-stress': 'School, exams and college',
  'topic.sleep': 'Sleep',
  'topic.eating-body-image': 'Eating and how I feel about my body',
  'topic.hurting-yourself': 'Hurting yourself or thoughts of suicide',
  'topic.loss': 'Losing someone',
  'topic.identity': 'Who I am: identity, gender and sexuality',
  'topic.drugs-alcohol': 'Alcohol and drugs',
  'topic.something-happened': 'Something bad happened to me',
  'topic.how-i-think': 'Autism, ADHD and how my mind works',
  'topic.caring': 'Looking after someone at home',
  'topic.being-online': 'Being online and gaming',
  'topic.parenting': 'Supporting my child',
  'topic.wellbeing': 'Feeling OK and looking after myself',
  'topic.relationships-sex': 'Relationships, sex and pregnancy',
  'topic.money-housing': 'Money, jobs and a place to live',
} as const;

type Message = string | { readonly one?: string; readonly other: string; readonly [k: string]: string | undefined };
/** Every message's key, from both parts of the English catalog: the one list of keys. */
export type MessageKey = keyof typeof messages | keyof typeof later;
/**
 * What a translation must look like: every key (typecheck fails on a missing one), with the same
 * placeholders and the language's plural categories (checked in test/unit/i18n.test.ts).
 */
export type Messages = { readonly [K in MessageKey]: Message };
export type { Message };
