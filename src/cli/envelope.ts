/** The parts of a feed around the services (partnership, areas, topics), from a settings file. */
import { today } from './clean.ts';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A feed from the officer's settings (the `--base` file for CSV, the mapping file for Open
 * Referral) and the imported services. Settings that are missing get a visible placeholder
 * rather than a guess, and `validate` says so.
 */
export function buildFeed(settings: unknown, services: Json[], day = today()): Json {
  const base = isObject(settings) ? settings : {};
  const feed: Json = {
    // 1.1: values may be "unknown" and carry provenance, as the importers now write them.
    version: '1.1',
    partnership: isObject(base['partnership']) ? base['partnership'] : { name: 'Your partnership name (change this)' },
    updated: day,
  };
  for (const key of ['urgentHelp', 'urgentHelpMode', 'topics'] as const) {
    if (base[key] !== undefined) feed[key] = base[key];
  }
  // Areas in settings may carry `match` (source names that mean this area); the feed does not need it.
  feed['areas'] = Array.isArray(base['areas'])
    ? (base['areas'] as unknown[]).map((a) => {
        if (!isObject(a)) return a;
        const { match: _match, ...area } = a;
        return area;
      })
    : [];
  feed['services'] = services;
  return feed;
}
