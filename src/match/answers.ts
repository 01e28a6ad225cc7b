import type { Delivery } from '../feed/schema.ts';

/** Who the person is looking for help for, in the order the question offers them. */
export const SEEKERS = ['me', 'parent-carer', 'professional', 'friend'] as const;
/** `me` is the young person themselves. */
export type Seeker = (typeof SEEKERS)[number];

export function isSeeker(value: unknown): value is Seeker {
  return (SEEKERS as readonly unknown[]).includes(value);
}

/** The ways of getting support a person can ask for, in their words rather than the feed's. */
/** The topic about hurting oneself: choosing it offers the urgent contacts at once. */
export const URGENT_TOPIC = 'hurting-yourself';

export const DELIVERY_PREFERENCES = ['in-person', 'phone', 'text', 'online', 'group'] as const;
export type DeliveryPreference = (typeof DELIVERY_PREFERENCES)[number];

/** Which feed delivery modes satisfy each preference. */
export const DELIVERY_MATCHES: Record<DeliveryPreference, readonly Delivery[]> = {
  'in-person': ['in-person'],
  phone: ['phone'],
  text: ['text', 'chat'],
  online: ['online', 'video', 'chat'],
  group: ['group'],
};

/**
 * An answer to "Do you need help right now?": to talk to someone now, soon (in the next few
 * days), or it can wait a little. The answers in order and what they mean for ranking are in
 * the later files (journey/now-labels.ts, match/wait.ts), which alone use them.
 */
export type HelpWhen = true | 'soon' | false;

/** Everything is optional: every question can be skipped. */
export interface Answers {
  seeker?: Seeker;
  age?: number;
  topics: string[];
  /** Free text in the person's own words; matched on the device. */
  query?: string;
  /**
   * The "now" question: `true` to talk to someone now, `'soon'` for help in the next few days,
   * `false` when it can wait a little. Read through `helpSoon`, never as a truthy value.
   */
  urgentNow?: HelpWhen;
  delivery: DeliveryPreference[];
  selfReferralOnly?: boolean;
  area?: string;
  postcode?: string;
  /** Only after the person asked for "near me"; kept in memory, never sent. */
  near?: { lat: number; lon: number };
}

export function emptyAnswers(): Answers {
  return { topics: [], delivery: [] };
}
