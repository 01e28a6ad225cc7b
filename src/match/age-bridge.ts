import { provenanceOf, topicProvenance } from '../feed/known.ts';
import type { AgeRange, Service } from '../feed/schema.ts';
import { canSelfRefer, isFact, statedAges, statedAreas } from '../feed/stated.ts';
import type { Answers } from './answers.ts';
import type { Result } from './match.ts';

/**
 * Across age barriers: a young person near the top of a service's ages is told what happens
 * then, and shown what carries on after it, so nobody meets a dead end at 16, 18 or 25. Only ages
 * the source or a reviewer stated are acted on: an unknown age, a mapping's default or a reading
 * of the text never makes a service "end" or "carry on", since the card says so as a fact.
 */

/** Within this many years of a service's upper age (or at it), the person is near its end. */
export const NEAR_YEARS = 2;
/** Where children's services most often end and adults' begin. */
export const ADULT_AT = 18;
/** The services a card names as carrying on, at most: enough to choose from, short enough to read. */
export const NEXT_NAMED = 3;
/** The first page of results: PAGE_SIZE in ui/parts/page-size.ts (a test holds them equal). */
export const FIRST_PAGE = 10;
/**
 * Services brought onto the first page, at most, put at its end: the best matches for now keep
 * the top of the page, and what comes next is still seen without "Show more".
 */
export const BROUGHT_AT_MOST = 3;

const GENERAL_TOPIC = 'wellbeing';

/** What a card says about ages beyond "For ages 12 to 18". */
export type AgeNote =
  /** The person is near the service's upper age `max`: what carries on after it (none: ask). */
  | { kind: 'ends'; max: number; next: readonly Service[] }
  /** It carries on after `after`, the upper age of a listed service the person is near. */
  | { kind: 'continues'; after: number }
  /** Its ages run across `at` (16 to 25 across 18): moving on at that age needs no change. */
  | { kind: 'bridges'; min: number; max: number; at: number };

/** Who the notes are worked out for: from the guided answers or the browse filters. */
export interface AgePerson {
  age?: number | undefined;
  area?: string | undefined;
  topics: readonly string[];
}

export function agePerson(answers: Pick<Answers, 'age' | 'area' | 'topics'>): AgePerson {
  return { age: answers.age, area: answers.area, topics: answers.topics };
}

/** The ages the source or a review stated: the only ones a claim about an age limit rests on. */
export function factAges(service: Pick<Service, 'ages' | 'provenance'>): AgeRange | undefined {
  const ages = statedAges(service);
  return ages && isFact(provenanceOf(service, 'ages')) ? ages : undefined;
}

/** The service's upper age when the person is within NEAR_YEARS of it (and not past it), else undefined. */
export function nearLimit(service: Service, age: number | undefined): number | undefined {
  const ages = factAges(service);
  if (age === undefined || !ages) return undefined;
  return ages.min <= age && age <= ages.max && ages.max - age <= NEAR_YEARS ? ages.max : undefined;
}

/**
 * The service's ages when they run across ADULT_AT (16 to 25, or 8 to 21) and the person is about
 * to reach it or their age is not given; a ten-year-old is not told about a gap at 18.
 */
export function bridging(service: Service, age: number | undefined): AgeRange | undefined {
  const ages = factAges(service);
  if (!ages || ages.min > ADULT_AT || ages.max <= ADULT_AT) return undefined;
  if (age !== undefined && (age < ADULT_AT - NEAR_YEARS || age > ADULT_AT || age < ages.min)) return undefined;
  return ages;
}

/** The topics a service carrying on must share: the chosen ones it helps with, else its own specific ones. */
function topicsKept(service: Service, chosen: readonly string[]): string[] {
  const stated = service.topics.filter((t) => topicProvenance(service, t) !== 'default');
  const asked = stated.filter((t) => chosen.includes(t));
  if (asked.length) return asked;
  const specific = stated.filter((t) => t !== GENERAL_TOPIC);
  return specific.length ? specific : stated;
}

/**
 * Whether `next` is known to be offered where the person is (their area) or, with no area given,
 * where `from` is. An unknown area is not known to be the same place.
 */
function sameArea(next: Service, from: Service, area: string | undefined): boolean {
  const where = statedAreas(next);
  if (where === undefined) return false;
  if (where === 'all') return true;
  if (area) return where.includes(area);
  const before = statedAreas(from);
  return before !== undefined && before !== 'all' && before.some((a: string) => where.includes(a));
}

/**
 * Whether `next` carries on after `from` ends at `max`: for young people, taking them by the next
 * birthday, on the same topics and in the same area, open to the same people, and not itself
 * ending within NEAR_YEARS for this person.
 */
export function carriesOn(next: Service, from: Service, max: number, person: AgePerson): boolean {
  if (next.id === from.id || !next.audiences.includes('young-person')) return false;
  const ages = factAges(next);
  if (!ages || ages.max <= max || ages.min > max + 1) return false;
  if (person.age !== undefined && ages.max - person.age <= NEAR_YEARS) return false;
  if (next.onlyFor.length > 0 && !next.onlyFor.some((g) => from.onlyFor.includes(g))) return false;
  const kept = topicsKept(from, person.topics);
  if (!kept.some((t) => next.topics.includes(t) && topicProvenance(next, t) !== 'default')) return false;
  return sameArea(next, from, person.area);
}

/**
 * Finds what carries on after a service, for one person: the services that could, picked once
 * (the ones with stated ages going past the person's age plus NEAR_YEARS), so a card on a feed of
 * thousands does not read every service again.
 */
export class AgeBridges {
  readonly #person: AgePerson;
  readonly #pool: readonly Service[];
  readonly #after = new Map<string, Service[]>();

  constructor(services: readonly Service[], person: AgePerson) {
    this.#person = person;
    const { age } = person;
    this.#pool =
      age === undefined
        ? []
        : services.filter((s) => {
            const ages = factAges(s);
            return ages !== undefined && ages.max > age + NEAR_YEARS && s.audiences.includes('young-person');
          });
  }

  /**
   * Every service that carries on after `from`, for a person near its end, closest first: most of
   * `from`'s topics shared, then those people can contact themselves. The order rests on the
   * answers alone, not on where a service ranked, so a card and My summary name the same ones.
   */
  after(from: Service): Service[] {
    const max = nearLimit(from, this.#person.age);
    if (max === undefined) return [];
    const kept = topicsKept(from, this.#person.topics);
    // Services ending at the same age on the same topics in the same place share one answer: a
    // long list of school services ending at 18 reads the feed once.
    const where = this.#person.area ?? JSON.stringify(statedAreas(from) ?? null);
    const key = JSON.stringify([max, kept, where, from.onlyFor]);
    const known = this.#after.get(key);
    if (known) return known.filter((s) => s.id !== from.id);
    const shared = (s: Service) => kept.filter((t) => s.topics.includes(t)).length;
    const found = this.#pool
      .filter((s) => carriesOn(s, { ...from, id: '' }, max, this.#person))
      .map((s) => ({ s, shared: shared(s), self: canSelfRefer(s) }))
      .sort((a, b) => b.shared - a.shared || Number(b.self) - Number(a.self) || a.s.id.localeCompare(b.s.id))
      .map(({ s }) => s);
    this.#after.set(key, found);
    return found.filter((s) => s.id !== from.id);
  }

  /** The note for one service: near its end, with the first NEXT_NAMED that carry on; else bridging; else none. */
  noteFor(service: Service): AgeNote | undefined {
    const max = nearLimit(service, this.#person.age);
    if (max !== undefined) return { kind: 'ends', max, next: this.after(service).slice(0, NEXT_NAMED) };
    const ages = bridging(service, this.#person.age);
    return ages ? { kind: 'bridges', min: ages.min, max: ages.max, at: ADULT_AT } : undefined;
  }
}

/**
 * Notes for a page of services shown together (browse): each near its end names what carries on
 * (those on the page first), and one on the page that carries on after another's end says so.
 */
export function pageNotes(bridges: AgeBridges, shown: readonly Service[]): Map<string, AgeNote> {
  const here = new Set(shown.map((s) => s.id));
  const notes = new Map<string, AgeNote>();
  for (const service of shown) {
    const note = bridges.noteFor(service);
    if (note) notes.set(service.id, note);
  }
  for (const note of [...notes.values()]) {
    if (note.kind !== 'ends') continue;
    for (const next of note.next) {
      if (here.has(next.id) && notes.get(next.id)?.kind !== 'continues') {
        notes.set(next.id, { kind: 'continues', after: note.max });
      }
    }
  }
  return notes;
}

/**
 * The guided results with their age notes. For each of the young person's results near its end,
 * the services that carry on are named on its card (see `AgeBridges.after`) and are in the
 * results: any that ranked below the first page are brought to its end (BROUGHT_AT_MOST at most,
 * for the first page's services), and any not listed at all are made with `resultFor` and added,
 * after the first page when not brought. The adult's own support is left as it is.
 */
export function withAgeNotes(
  results: readonly Result[],
  services: readonly Service[],
  person: AgePerson,
  resultFor: (service: Service) => Result | undefined,
): Result[] {
  const theirs = results.filter((r) => !r.forHelper);
  const bridges = new AgeBridges(services, person);
  const rank = new Map(theirs.map((r, i) => [r.service.id, i]));
  const at = (s: Service) => rank.get(s.id) ?? Number.POSITIVE_INFINITY;
  const notes = new Map<string, AgeNote>();
  const carried = new Map<string, number>();
  const brought: Service[] = [];
  const added: Service[] = [];
  theirs.forEach((r, i) => {
    const note = bridges.noteFor(r.service);
    if (!note) return;
    notes.set(r.service.id, note);
    if (note.kind !== 'ends') return;
    for (const next of note.next) {
      if (!carried.has(next.id)) carried.set(next.id, note.max);
      if (at(next) < FIRST_PAGE || brought.includes(next) || added.includes(next)) continue;
      if (i < FIRST_PAGE && brought.length < BROUGHT_AT_MOST) brought.push(next);
      else if (!rank.has(next.id)) added.push(next);
    }
  });
  if (notes.size === 0) return [...results];
  const noted = (r: Result): Result => {
    const after = carried.get(r.service.id);
    const own = notes.get(r.service.id);
    // Ending soon says more than bridging; carrying on after a listed service more still.
    const age: AgeNote | undefined = after !== undefined && own?.kind !== 'ends' ? { kind: 'continues', after } : own;
    return age ? { ...r, age } : r;
  };
  const made = (s: Service): Result[] => {
    const listed = theirs[at(s)];
    const r = listed ?? resultFor(s);
    return r ? [noted(r)] : [];
  };
  const moved = new Set([...brought, ...added].map((s) => s.id));
  const kept = theirs.filter((r) => !moved.has(r.service.id)).map(noted);
  const cut = Math.min(kept.length, FIRST_PAGE - brought.length);
  return [
    ...kept.slice(0, cut),
    ...brought.flatMap(made),
    ...kept.slice(cut),
    ...added.flatMap(made),
    ...results.filter((r) => r.forHelper),
  ];
}
