import { provenanceOf } from '../feed/known.ts';
import type { AgeRange, Service } from '../feed/schema.ts';
import { isFact, statedAges, statedSelfReferral } from '../feed/stated.ts';
import type { Localizer, MessageKey } from '../i18n/localize.ts';

/**
 * What a card and My summary say about values a feed may not know: a stated value plainly, a value
 * read from the service's description as such ("Ages 11 to 18 (from its description)"), and an
 * unknown or defaulted one as something to ask ("Ask them whether you need a referral").
 */

export interface ReferralWording {
  /** Yes, no, or not known (unknown or only a mapping default). */
  kind: 'self' | 'referral' | 'ask';
  key: MessageKey;
  /** Read from the service's description, so worded as such. */
  inferred: boolean;
}

/** The referral badge's wording, in the helper's words when someone asks for another person. */
export function referralWording(service: Service, helper: boolean): ReferralWording {
  const self = statedSelfReferral(service);
  const inferred = self !== undefined && !isFact(provenanceOf(service, 'access.selfReferral'));
  if (self === undefined) {
    return { kind: 'ask', key: helper ? 'card.referralUnknownOther' : 'card.referralUnknown', inferred };
  }
  if (self) return { kind: 'self', key: helper ? 'card.selfReferralOther' : 'card.selfReferral', inferred };
  return { kind: 'referral', key: 'card.referral', inferred };
}

/** The ages to show, and whether they were read from the description; undefined when unknown. */
export function agesWording(service: Service): { ages: AgeRange; inferred: boolean } | undefined {
  const ages = statedAges(service);
  return ages && { ages, inferred: !isFact(provenanceOf(service, 'ages')) };
}

/** `text`, marked as read from the description when it was. */
export function fromDescription(l: Localizer, text: string, inferred: boolean): string {
  return inferred ? l.t('card.fromDescription', { what: text }) : text;
}

/** The referral line of a saved service in My summary, as plain text. */
export function referralLine(l: Localizer, service: Service, helper: boolean): string {
  const wording = referralWording(service, helper);
  return fromDescription(l, l.t(wording.key), wording.inferred);
}
