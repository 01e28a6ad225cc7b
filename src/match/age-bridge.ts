import { provenanceOf, topicProvenance } from '../feed/known.ts';
import type { AgeRange, Service } from '../feed/schema.ts';
import { canSelfRefer, isFact, statedAges, statedAreas } from '../feed/stated.ts';
import type { Answers } from './answers.ts';
import { GENERAL_TOPIC } from './constants.ts';
import type { Result } from './match.ts';
import { finish } from '../schedule/tasks.ts';
import { SERVICES_PER_STEP } from './steps.ts';

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

/** What carrying on is judged by, read once per service: its stated ages, topics and areas. */
interface Candidate {
  service: Service;
  ages: AgeRange;
  /** Topics the source, a review or a reading gave it; a mapping's default is no topic. */
  topics: ReadonlySet<string>;
  areas: 'all' | ReadonlySet<string>;
  self: boolean;
}

/** A service that could carry on after another: for young people, with stated ages and areas. */
function candidate(service: Service): Candidate | undefined {
  const ages = factAges(service);
  const areas = statedAreas(service);
  if (!ages || areas === undefined || !service.audiences.includes('young-person')) return undefined;
  const topics = new Set(service.topics.filter((t) => topicProvenance(service, t) !== 'default'));
  return { service, ages, topics, areas: areas === 'all' ? 'all' : new Set(areas), self: canSelfRefer(service) };
}

/** What `from` ending at `max` asks of a service that carries on after it. */
interface Ending {
  from: Service;
  max: number;
  kept: readonly string[];
  /** The person's area, else where `from` is offered; undefined when that is unknown. */
  places: readonly string[] | 'all' | undefined;
}

function ending(from: Service, max: number, person: AgePerson): Ending {
  return { from, max, kept: topicsKept(from, person.topics), places: person.area ? [person.area] : statedAreas(from) };
}

/**
 * Whether a candidate carries on after an ending: taking people by the next birthday and not
 * itself ending within NEAR_YEARS for this person, on one of the same topics, open to the same
 * people, and known to be offered in the same place (everywhere, or in the person's area, or with
 * no area given, where `from` is). An unknown area is not known to be the same place.
 */
function takesOn(c: Candidate, e: Ending, age: number | undefined): boolean {
  const { service: next, ages } = c;
  if (next.id === e.from.id || ages.max <= e.max || ages.min > e.max + 1) return false;
  if (age !== undefined && ages.max - age <= NEAR_YEARS) return false;
  if (next.onlyFor.length > 0 && !next.onlyFor.some((g) => e.from.onlyFor.includes(g))) return false;
  if (!e.kept.some((t) => c.topics.has(t))) return false;
  const { areas } = c;
  if (areas === 'all') return true;
  return Array.isArray(e.places) && e.places.some((a: string) => areas.has(a));
}

/** Whether `next` carries on after `from` ends at `max`, for this person (see `takesOn`). */
export function carriesOn(next: Service, from: Service, max: number, person: AgePerson): boolean {
  const c = candidate(next);
  return c !== undefined && takesOn(c, ending(from, max, person), person.age);
}

/** Those people can contact themselves first, then by id: an order from the feed alone. */
function byPreference(a: Candidate, b: Candidate): number {
  return Number(b.self) - Number(a.self) || a.service.id.localeCompare(b.service.id);
}

/**
 * The first `limit` candidates that take on after `e`, from lists each in `byPreference` order:
 * each list is read only until it gives `limit`, as nothing after that in it can come first.
 */
function closest(
  lists: readonly (readonly Candidate[])[],
  e: Ending,
  age: number | undefined,
  limit: number,
): Service[] {
  const found = new Set<Candidate>();
  for (const list of lists) {
    let taken = 0;
    for (const c of list) {
      if (taken === limit) break;
      if (takesOn(c, e, age)) {
        found.add(c);
        taken++;
      }
    }
  }
  return [...found]
    .sort(byPreference)
    .slice(0, limit)
    .map((c) => c.service);
}

/** A candidate offered in every area is filed under this, as no area id can be empty. */
const EVERYWHERE = '';
const filing = (topic: string, place: string) => `${topic} ${place}`;

/**
 * Finds what carries on after a service, for one person: the services that could are read once
 * (stated ages going past the person's age plus NEAR_YEARS) and filed by topic and area, and services
 * ending at the same age on the same topics in the same place share one answer, so a long list
 * of school services ending at 18 on a feed of thousands stays quick.
 */
export class AgeBridges {
  readonly #person: AgePerson;
  /** Candidates by topic and area (or EVERYWHERE), so one look-up reads only those that could fit. */
  readonly #filed = new Map<string, Candidate[]>();
  readonly #after = new Map<string, Service[]>();

  constructor(services: readonly Service[], person: AgePerson) {
    this.#person = person;
    finish(this.file(services));
  }

  /** Files `services` as candidates, in steps (see steps.ts). */
  *file(services: readonly Service[]): Generator<void, void> {
    const { age } = this.#person;
    if (age === undefined) return;
    for (const [i, service] of services.entries()) {
      if (i > 0 && i % SERVICES_PER_STEP === 0) yield;
      const c = candidate(service);
      if (!c || c.ages.max <= age + NEAR_YEARS) continue;
      for (const topic of c.topics) {
        for (const place of c.areas === 'all' ? [EVERYWHERE] : c.areas) {
          const key = filing(topic, place);
          const filed = this.#filed.get(key);
          if (filed) filed.push(c);
          else this.#filed.set(key, [c]);
        }
      }
    }
    yield;
    for (const list of this.#filed.values()) list.sort(byPreference);
  }

  /**
   * The services that carry on after `from`, for a person near its end, NEXT_NAMED at most: those
   * people can contact themselves first. The order rests on the feed and answers alone, not on
   * where a service ranked, so a card and My summary name the same ones.
   */
  after(from: Service): Service[] {
    const max = nearLimit(from, this.#person.age);
    if (max === undefined) return [];
    const e = ending(from, max, this.#person);
    const key = JSON.stringify([max, e.kept, e.places ?? null, from.onlyFor]);
    let found = this.#after.get(key);
    if (!found) {
      // Judged as if for a service of another id, so the answer holds for every one sharing the
      // key; one more than is named is kept, in case `from` itself is among them.
      found = closest(
        this.#candidates(e.kept, e.places),
        { ...e, from: { ...from, id: '' } },
        this.#person.age,
        NEXT_NAMED + 1,
      );
      this.#after.set(key, found);
    }
    return found.filter((s) => s.id !== from.id).slice(0, NEXT_NAMED);
  }

  /** The lists of candidates with one of `topics`, offered everywhere or in one of `places`. */
  #candidates(topics: readonly string[], places: Ending['places']): Candidate[][] {
    const where = [EVERYWHERE, ...(places === undefined || places === 'all' ? [] : places)];
    return topics.flatMap((topic) => where.flatMap((place) => [this.#filed.get(filing(topic, place)) ?? []]));
  }

  /** The note for one service: near its end, with the first NEXT_NAMED that carry on; else bridging; else none. */
  noteFor(service: Service): AgeNote | undefined {
    const max = nearLimit(service, this.#person.age);
    if (max !== undefined) return { kind: 'ends', max, next: this.after(service) };
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
export function* withAgeNotes(
  results: readonly Result[],
  services: readonly Service[],
  person: AgePerson,
  resultFor: (service: Service) => Result | undefined,
): Generator<void, Result[]> {
  const theirs = results.filter((r) => !r.forHelper);
  const bridges = new AgeBridges([], person);
  yield* bridges.file(services);
  const rank = new Map(theirs.map((r, i) => [r.service.id, i]));
  const at = (s: Service) => rank.get(s.id) ?? Number.POSITIVE_INFINITY;
  const notes = new Map<string, AgeNote>();
  const carried = new Map<string, number>();
  const brought: Service[] = [];
  const added: Service[] = [];
  const moving = new Set<string>();
  theirs.forEach((r, i) => {
    const note = bridges.noteFor(r.service);
    if (!note) return;
    notes.set(r.service.id, note);
    if (note.kind !== 'ends') return;
    for (const next of note.next) {
      if (!carried.has(next.id)) carried.set(next.id, note.max);
      if (at(next) < FIRST_PAGE || moving.has(next.id)) continue;
      if (i < FIRST_PAGE && brought.length < BROUGHT_AT_MOST) brought.push(next);
      else if (!rank.has(next.id)) added.push(next);
      else continue;
      moving.add(next.id);
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
  const kept = theirs.filter((r) => !moving.has(r.service.id)).map(noted);
  const cut = Math.min(kept.length, FIRST_PAGE - brought.length);
  return [
    ...kept.slice(0, cut),
    ...brought.flatMap(made),
    ...kept.slice(cut),
    ...added.flatMap(made),
    ...results.filter((r) => r.forHelper),
  ];
}
