import { provenanceOf, topicProvenance, topicTagWeight } from '../feed/known.ts';
import type { Area, Provenance, Service } from '../feed/schema.ts';
import { canSelfRefer, isFact, statedAges, statedAreas } from '../feed/stated.ts';
import { openStateAt, weekMinute, type OpenState, type OpenStates } from '../schedule/open-state.ts';
import type { AgeNote } from './age-bridge.ts';
import { serviceDistanceKm } from './geo.ts';
import { finish } from '../schedule/tasks.ts';
import { SERVICES_PER_STEP } from './steps.ts';
import { pointedGroups } from './groups.ts';
import type { Answers, DeliveryPreference } from './answers.ts';
import { GENERAL_TOPIC, HELPER_AUDIENCE } from './constants.ts';
import {
  allowsSelfReferral,
  deliveryMatches,
  inAgeRange,
  inArea,
  isOpen as isOpenState,
  offersDelivery,
} from './predicates.ts';
import { helpSoon, isSooner, soonerScore, statedWaitDays } from './wait.ts';

/** Why a result is shown, as data: the element turns each into words in the reader's language. */
export type Reason =
  | { kind: 'topic'; topics: string[] }
  | { kind: 'age'; min: number; max: number }
  | { kind: 'area'; area: string }
  | { kind: 'everywhere' }
  /** The person gave an area, and the feed does not say (as a fact) whether the service covers it. */
  | { kind: 'areaUnknown' }
  | { kind: 'selfReferral' }
  | { kind: 'delivery'; modes: DeliveryPreference[] }
  | { kind: 'openNow' }
  /** The person needs help now or soon, and the feed says this service usually sees people within a week. */
  | { kind: 'sooner' }
  | { kind: 'distance'; km: number }
  | { kind: 'forAdults' }
  | { kind: 'general' }
  /** A friend's own support: general wellbeing help, since looking out for someone is a lot. */
  | { kind: 'forFriend' }
  /** The service is only for these groups; `asked` when the answers or own words point to one. */
  | { kind: 'onlyFor'; groups: string[]; asked: boolean }
  /** Words of the service's own text that the person's words or chosen topics matched, as the feed writes them. */
  | { kind: 'words'; words: string[]; lang?: string };

/** A constraint the finder let go of to avoid an empty page, in the order it lets go. */
export type Widening = 'delivery' | 'selfReferral' | 'area' | 'topics' | 'age';
const WIDENING_ORDER: readonly Widening[] = ['delivery', 'selfReferral', 'area', 'topics', 'age'];

export interface Result {
  service: Service;
  score: number;
  reasons: Reason[];
  open: OpenState;
  /**
   * For someone-else journeys: help for the person asking (an adult, or a friend) rather than for
   * the young person they asked about.
   */
  forHelper: boolean;
  /** The adult asking may get in touch on the young person's behalf. */
  helperCanContact: boolean;
  /** From the person's own location, when they shared it. */
  distanceKm?: number;
  /** Only for a group nothing in the answers points to: listed after services open to everyone. */
  otherGroup?: boolean;
  /** What happens at its age limit, or that it carries on past another's (see age-bridge.ts). */
  age?: AgeNote;
}

export interface MatchContext {
  now: Date;
  timeZone: string;
  areas: readonly Area[];
  /**
   * How well each service's own text matches the person's words and chosen topics' words, by
   * service id, from 0 to 1 (see `guidedResults`); services not in it match too little to count.
   * With topics chosen, a service tagged with none of them is listed for its text when it is here
   * and its source tagged it with nothing more specific than general wellbeing.
   */
  queryHits?: ReadonlyMap<string, number>;
  /**
   * Topics the person's own words point to but they did not choose: a service tagged with one is
   * lifted, never required (the words may be read wrong; choosing a topic is what narrows).
   */
  queryTopics?: readonly string[];
  /** Groups the person's own words point to ("refugee", "my dad hits my mum"), for `onlyFor`. */
  queryGroups?: readonly string[];
  /** Open states at the current minute, by service id (see `PreparedFeed.openStates`). */
  open?: OpenStates;
}

export interface MatchOutcome {
  results: Result[];
  /** Empty when every answer was honoured. */
  widened: Widening[];
  /**
   * For a parent, carer or professional: the young person's "how" answers (ways of getting
   * support, contacting them myself) that some of the adult's own support does not meet. Those
   * answers put matching support first but never remove the adult's own support.
   */
  helperWidened: Widening[];
}

/** What a service whose ages or areas are unknown gives up, per unknown, against one known to fit. */
const UNKNOWN_FIT = 2;

const LEVEL_BONUS: Record<string, number> = { 'self-help': 3, community: 3, targeted: 2, specialist: 0 };

/**
 * Filters and ranks services for a set of answers. Pure and deterministic: the same feed,
 * answers and clock always give the same order, so results can be tested and explained.
 *
 * With no exact match it widens one constraint at a time and reports which, so a journey never
 * ends on an empty page and the person is told what changed.
 */
export function matchServices(services: readonly Service[], answers: Answers, context: MatchContext): MatchOutcome {
  return finish(matchSteps(services, answers, context));
}

/**
 * Matching in steps (see steps.ts): `matchServices`, pausing after every few hundred services.
 */
export function* matchSteps(
  services: readonly Service[],
  answers: Answers,
  context: MatchContext,
): Generator<void, MatchOutcome> {
  const widened: Widening[] = [];
  let results = yield* rankAll(services, answers, context, widened);
  for (const step of WIDENING_ORDER) {
    if (results.length > 0) break;
    if (!isConstrained(step, answers)) continue;
    widened.push(step);
    results = yield* rankAll(services, answers, context, widened);
  }
  if (answers.seeker === 'friend') results = [...results, ...forFriend(services, answers, context, results)];
  // The adult's own support is ordered by the young person's "how" answers, never filtered by
  // them; the outcome says which answers it would otherwise have failed.
  const helperWidened = HOW_STEPS.filter(
    (step) =>
      !widened.includes(step) &&
      results.some(
        (r) =>
          r.forHelper &&
          (step === 'delivery'
            ? !offersDelivery(r.service, answers.delivery)
            : !allowsSelfReferral(r.service, answers.selfReferralOnly)),
      ),
  );
  return { results, widened, helperWidened };
}

/** The answers about how the young person wants support, which say nothing about the adult's own. */
const HOW_STEPS: readonly Widening[] = ['delivery', 'selfReferral'];

/**
 * Adults' own support after the young person's; then services open to everyone before those
 * only for a group nobody mentioned; then nearest first when a location was shared (services
 * with no place to go after those with one), else best score; ties by self-referral and id, so
 * the order never depends on the feed's order.
 */
function byRank(a: Result, b: Result): number {
  const distance =
    a.distanceKm !== undefined || b.distanceKm !== undefined
      ? (a.distanceKm ?? Number.POSITIVE_INFINITY) - (b.distanceKm ?? Number.POSITIVE_INFINITY)
      : 0;
  return (
    Number(a.forHelper) - Number(b.forHelper) ||
    Number(a.otherGroup ?? false) - Number(b.otherGroup ?? false) ||
    (Number.isNaN(distance) ? 0 : distance) ||
    b.score - a.score ||
    Number(canSelfRefer(b.service)) - Number(canSelfRefer(a.service)) ||
    a.service.id.localeCompare(b.service.id)
  );
}

/** How many services a friend is offered for themselves, after the ones for their friend. */
const FRIEND_SELF_LIMIT = 3;

/**
 * A friend who is worried about someone may need support too. Feeds have no audience for friends,
 * so they are offered general wellbeing support for young people that anyone can contact directly,
 * in the same area. A friend is taken to be about their friend's age: the finder does not ask.
 */
function forFriend(
  services: readonly Service[],
  answers: Answers,
  context: MatchContext,
  already: readonly Result[],
): Result[] {
  const listed = new Set(already.map((r) => r.service.id));
  const own: Answers = {
    topics: [GENERAL_TOPIC],
    delivery: [],
    selfReferralOnly: true,
    ...(answers.age !== undefined ? { age: answers.age } : {}),
    ...(answers.area !== undefined ? { area: answers.area } : {}),
  };
  const minute = context.open ? 0 : weekMinute(context.now, context.timeZone);
  // The friend's own words were about their friend: none of them count here.
  const ownContext: MatchContext = { ...context, queryTopics: [], queryHits: new Map() };
  const noGroups = new Set<string>();
  const found: Result[] = [];
  for (const service of services) {
    if (listed.has(service.id) || !service.topics.includes(GENERAL_TOPIC)) continue;
    const result = rankOne(service, own, ownContext, [], minute, noGroups);
    if (!result) continue;
    const reasons = result.reasons.filter((r) => r.kind !== 'topic');
    found.push({ ...result, forHelper: true, helperCanContact: false, reasons: [{ kind: 'forFriend' }, ...reasons] });
  }
  return found
    .sort((a, b) => b.score - a.score || a.service.id.localeCompare(b.service.id))
    .slice(0, FRIEND_SELF_LIMIT);
}

function isConstrained(step: Widening, answers: Answers): boolean {
  switch (step) {
    case 'delivery':
      return answers.delivery.length > 0;
    case 'selfReferral':
      return answers.selfReferralOnly === true;
    case 'area':
      return answers.area !== undefined;
    case 'topics':
      return answers.topics.length > 0;
    case 'age':
      return answers.age !== undefined;
  }
}

function* rankAll(
  services: readonly Service[],
  answers: Answers,
  context: MatchContext,
  widened: readonly Widening[],
): Generator<void, Result[]> {
  const results: Result[] = [];
  const minute = context.open ? 0 : weekMinute(context.now, context.timeZone);
  const groups = pointedGroups(answers.topics, context.queryGroups);
  for (const [i, service] of services.entries()) {
    if (i > 0 && i % SERVICES_PER_STEP === 0) yield;
    const result = rankOne(service, answers, context, widened, minute, groups);
    if (result) results.push(result);
  }
  return results.sort(byRank);
}

/** What a chosen topic's tag is worth, times how much the tag counts by where it came from (`topicTagWeight`). */
const CHOSEN_TOPIC = 10;
/** A tag for a topic the person's words point to, unchosen. */
const POINTED_TOPIC = 5;
/**
 * The most a service's own text adds. With topics chosen, less than a guessed tag (a guess from
 * the text is more than the text's words alone); with none, the person's words are all there is
 * to go on, so they outweigh every practical bonus (self-referral, open now, level) together.
 */
const TEXT_WITH_TOPICS = 5;
const TEXT_ALONE = 24;

const SAID: ReadonlySet<Provenance> = new Set(['source', 'reviewed']);

/** Whether the source or a review tagged the service with a topic other than general wellbeing. */
function taggedBySource(service: Service): boolean {
  return service.topics.some((t) => t !== GENERAL_TOPIC && SAID.has(topicProvenance(service, t)));
}

/** How much what the service is about counts: its tags for chosen and pointed topics, and its text. */
function topicScore(
  service: Service,
  chosen: readonly string[],
  pointed: readonly string[],
  textHit: number,
  anyChosen: boolean,
): number {
  let score = 0;
  for (const t of chosen) score += CHOSEN_TOPIC * topicTagWeight(service, t);
  for (const t of pointed) score += POINTED_TOPIC * topicTagWeight(service, t);
  return score + textHit * (anyChosen ? TEXT_WITH_TOPICS : TEXT_ALONE);
}

function rankOne(
  service: Service,
  answers: Answers,
  context: MatchContext,
  widened: readonly Widening[],
  minute: number,
  groups: ReadonlySet<string>,
): Result | undefined {
  const relaxed = (w: Widening) => widened.includes(w);
  const helperAudience = answers.seeker ? HELPER_AUDIENCE[answers.seeker] : undefined;
  const forYoungPerson = service.audiences.includes('young-person');
  // With "who is this for" skipped, adults' services still show, after the young person's.
  const forHelper =
    helperAudience !== undefined
      ? service.audiences.includes(helperAudience)
      : answers.seeker === undefined && !forYoungPerson;
  if (!forYoungPerson && !forHelper) return undefined;

  if (!relaxed('age') && !inAgeRange(service, answers.age)) return undefined;
  if (!relaxed('area') && !inArea(service, answers.area)) return undefined;
  const adultsOwn = forHelper && !forYoungPerson;
  if (!relaxed('selfReferral') && !adultsOwn && !allowsSelfReferral(service, answers.selfReferralOnly)) {
    return undefined;
  }
  const modes = deliveryMatches(service, answers.delivery);
  if (!relaxed('delivery') && !adultsOwn && answers.delivery.length > 0 && modes.length === 0) return undefined;

  const wantedTopics = new Set(answers.topics);
  const topicHits = service.topics.filter((t) => wantedTopics.has(t));
  // A topic the import's mapping gave every service says little about this one: it still lets the
  // service through, but counts for little (TAG_WEIGHT) and is never given as a reason.
  const statedHits = topicHits.filter((t) => topicProvenance(service, t) !== 'default');
  const pointedHits = service.topics.filter((t) => !wantedTopics.has(t) && context.queryTopics?.includes(t));
  const queryHit = context.queryHits?.get(service.id) ?? 0;
  const general = service.topics.includes(GENERAL_TOPIC);
  // A service the source or a reviewer tagged with what it is about is taken at its tags; one
  // tagged only as general wellbeing, or only by guesses, at its words.
  if (wantedTopics.size > 0 && topicHits.length === 0 && (queryHit === 0 || taggedBySource(service))) {
    // Widening topics keeps general wellbeing support, not everything.
    if (!(relaxed('topics') && general)) return undefined;
  }

  const open = context.open?.get(service.id) ?? openStateAt(service.hours, service.open247, minute);
  const isOpen = isOpenState(open);
  const reasons: Reason[] = [];
  let score = 0;

  if (forHelper && !forYoungPerson) reasons.push({ kind: 'forAdults' });
  if (statedHits.length > 0) {
    reasons.push({ kind: 'topic', topics: statedHits });
  } else if (
    wantedTopics.size > 0 &&
    general &&
    queryHit === 0 &&
    topicProvenance(service, GENERAL_TOPIC) !== 'default'
  ) {
    reasons.push({ kind: 'general' });
  }
  score += topicScore(service, topicHits, pointedHits, queryHit, wantedTopics.size > 0);
  // Unknown ages or areas (or a mapping default) let a service through, since nobody said it is
  // not for this person, but a service known to fit comes first among otherwise equal ones. The
  // step is small on purpose: less than being open now or offered the way they asked, far less
  // than a topic, so a service that helps with what was asked is never buried for a blank field.
  // The "why" gives only ages and areas the source or a review stated: a reading of the text is
  // not said as a fact there.
  const ages = statedAges(service);
  if (answers.age !== undefined) {
    if (ages === undefined) score -= UNKNOWN_FIT;
    else if (inAgeRange(service, answers.age) && isFact(provenanceOf(service, 'ages'))) {
      reasons.push({ kind: 'age', min: ages.min, max: ages.max });
    }
  }
  if (answers.area !== undefined) {
    const areas = statedAreas(service);
    if (areas === undefined) score -= UNKNOWN_FIT;
    else if (areas !== 'all' && areas.includes(answers.area)) score += 2;
    if (areas === undefined || !isFact(provenanceOf(service, 'areas'))) reasons.push({ kind: 'areaUnknown' });
    else if (areas === 'all') reasons.push({ kind: 'everywhere' });
    else if (areas.includes(answers.area)) reasons.push({ kind: 'area', area: answers.area });
  }
  // Unknown (or a defaulted yes) is not self-referral: no bonus, so it follows a stated yes.
  if (canSelfRefer(service)) {
    reasons.push({ kind: 'selfReferral' });
    score += 8;
  }
  if (modes.length > 0) {
    reasons.push({ kind: 'delivery', modes });
    // A delivery the mapping gave every service earns nothing (the card leaves it out of the why).
    if (provenanceOf(service, 'delivery') !== 'default') score += 4;
  }
  if (isOpen) {
    reasons.push({ kind: 'openNow' });
    score += 3;
  }
  score += LEVEL_BONUS[service.level ?? 'community'] ?? 0;
  // Needing help now or soon puts what usually sees people sooner first among equal fits.
  if (helpSoon(answers)) {
    const days = statedWaitDays(service);
    score += soonerScore(days);
    if (isSooner(days)) reasons.push({ kind: 'sooner' });
  }
  const km = answers.near ? serviceDistanceKm(service, answers.near) : undefined;
  if (km !== undefined) {
    reasons.push({ kind: 'distance', km: Math.round(km * 10) / 10 });
    // Closer is better, but never outweighs what the service helps with.
    score += Math.max(0, 6 - km / 2);
  }

  let otherGroup = false;
  if (service.onlyFor.length > 0) {
    const asked = service.onlyFor.some((g) => groups.has(g));
    // First among the reasons: who the service is for is the first thing to know about it.
    reasons.unshift({ kind: 'onlyFor', groups: service.onlyFor, asked });
    if (asked) score += 4;
    else otherGroup = true;
  }

  const helperCanContact =
    helperAudience !== undefined && (service.access.whoCanContact.includes(helperAudience) || canSelfRefer(service));
  return {
    service,
    score,
    reasons,
    open,
    forHelper: forHelper && !forYoungPerson,
    helperCanContact,
    ...(km !== undefined ? { distanceKm: km } : {}),
    ...(otherGroup ? { otherGroup } : {}),
  };
}
