import { pickText } from '../i18n/text.ts';
import { openStateAt, weekMinute, type OpenState, type OpenStates } from '../schedule/open-state.ts';
import type { Feed } from './parse.ts';
import { yieldToPage } from '../schedule/tasks.ts';
import type { Area, Service, Topic } from './schema.ts';

/**
 * A feed made ready for the screen once, when it arrives: the lookups every render and every
 * result list would otherwise rebuild. What depends on the clock or the reader's language is
 * worked out on first use and kept for as long as the minute or the language stays the same.
 */
export interface PreparedFeed {
  readonly feed: Feed;
  /** Services the feed listed but the finder could not use. */
  readonly skipped: number;
  readonly topicsById: ReadonlyMap<string, Topic>;
  readonly areasById: ReadonlyMap<string, Area>;
  readonly servicesById: ReadonlyMap<string, Service>;
  /** Base languages services are offered in, A to Z, for the language filter. */
  readonly languages: readonly string[];
  /**
   * Whether each service is open, by id, in the partnership's time zone at `now`'s minute. Each is
   * worked out when first asked for: a page of twenty cards must not wait for 20,000 services'
   * hours every time the minute turns.
   */
  openStates(now: Date): OpenStates;
  /** Every service by name in the reader's language (`langs` in order of preference), A to Z. */
  byName(langs: readonly string[]): readonly Service[];
  /** Each service's place in {@link byName}'s order, by its place in the feed. */
  nameRanks(langs: readonly string[]): Int32Array;
  /** The week minute of `now` in the partnership's time zone. */
  minuteOf(now: Date): number;
  /** Works out the name order for `langs`, then the languages (its answer), each in a task of its own. */
  warm(langs: readonly string[]): Promise<readonly string[]>;
}

export function prepareFeed(feed: Feed, skipped = 0): PreparedFeed {
  const timeZone = feed.partnership.timeZone;
  let openCache: { minute: number; states: OpenStates } | undefined;
  const nameCache = new Map<string, { sorted: readonly Service[]; ranks: Int32Array }>();
  const minuteOf = (now: Date) => weekMinute(now, timeZone);
  const namesInOrder = (langs: readonly string[]) => {
    const key = langs.join(',');
    let order = nameCache.get(key);
    if (!order) {
      // One collator and one name lookup per service, not per comparison; places, not services,
      // are sorted, so each service's rank needs no map from service to place (20,000 entries).
      // Put in code-unit order first, the names are nearly in the collator's, and the sort (which
      // finds runs already in order) asks the collator about once a name rather than about twelve.
      const { services } = feed;
      const collator = new Intl.Collator(langs[0], { sensitivity: 'base', numeric: true });
      const names = services.map((s) => pickText(s.name, langs).text);
      const lower = names.map((n) => n.toLowerCase());
      const places = Array.from(services, (_, i) => i)
        .sort((a, b) => Number((lower[a] ?? '') > (lower[b] ?? '')) - Number((lower[a] ?? '') < (lower[b] ?? '')))
        .sort(
          (a, b) =>
            collator.compare(names[a] ?? '', names[b] ?? '') ||
            (services[a]?.id ?? '').localeCompare(services[b]?.id ?? ''),
        );
      const ranks = new Int32Array(services.length);
      places.forEach((place, rank) => (ranks[place] = rank));
      order = { sorted: places.map((place) => services[place] as Service), ranks };
      nameCache.set(key, order);
    }
    return order;
  };
  let servicesById: Map<string, Service> | undefined;
  const byId = () => (servicesById ??= new Map(feed.services.map((s) => [s.id, s])));
  let languages: string[] | undefined;
  return {
    feed,
    skipped,
    topicsById: new Map(feed.topics.map((t) => [t.id, t])),
    areasById: new Map(feed.areas.map((a) => [a.id, a])),
    // Worked out when first asked for (browse asks for both before its first list: see warm).
    get servicesById() {
      return byId();
    },
    get languages() {
      return (languages ??= [
        ...new Set(feed.services.flatMap((s) => s.languages.map((l) => l.split('-')[0] ?? l))),
      ].sort());
    },
    async warm(langs) {
      await yieldToPage();
      namesInOrder(langs);
      await yieldToPage();
      const { languages } = this;
      await yieldToPage();
      return languages;
    },
    minuteOf,
    openStates(now) {
      const minute = minuteOf(now);
      if (openCache?.minute !== minute) {
        const known = new Map<string, OpenState>();
        const states: OpenStates = {
          get(id) {
            let state = known.get(id);
            const service = state ? undefined : byId().get(id);
            if (service) known.set(id, (state = openStateAt(service.hours, service.open247, minute)));
            return state;
          },
        };
        openCache = { minute, states };
      }
      return openCache.states;
    },
    byName(langs) {
      return namesInOrder(langs).sorted;
    },
    nameRanks(langs) {
      return namesInOrder(langs).ranks;
    },
  };
}
