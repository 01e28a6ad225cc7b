import { describe, expect, it } from 'vitest';
import type { Area } from '../../src/feed/schema.ts';
import { areaNamed, placeSuggestions } from '../../src/match/place-suggest.ts';

const areas: Area[] = [
  {
    id: 'glenmore-north',
    name: { en: 'Glenmore North', gd: 'An Gleann Mòr a Tuath' },
    postcodePrefixes: ['GM1', 'GM2'],
  },
  { id: 'glenmore-south', name: { en: 'Glenmore South' }, postcodePrefixes: ['GM3'] },
  { id: 'firth-east', name: 'Firth East', postcodePrefixes: ['GF1'] },
  { id: 'north-shore', name: 'North Shore', postcodePrefixes: [] },
];
const ids = (typed: string) => placeSuggestions(areas, typed).map((s) => s.area.id);

describe('place suggestions', () => {
  it('offers areas whose name starts with the words, then those with a later word that does', () => {
    expect(ids('Glen')).toEqual(['glenmore-north', 'glenmore-south']);
    expect(ids('north')).toEqual(['north-shore', 'glenmore-north']);
    expect(ids('  GLENMORE  s')).toEqual(['glenmore-south']);
  });

  it('reads a name in any of its languages, accents aside', () => {
    expect(ids('gleann mor')).toEqual(['glenmore-north']);
  });

  it('offers areas by the start of a postcode, either way round, and says which prefix', () => {
    expect(placeSuggestions(areas, 'gm')).toEqual([
      { area: areas[0], postcode: 'GM1' },
      { area: areas[1], postcode: 'GM3' },
    ]);
    expect(placeSuggestions(areas, 'GM3 4AB')).toEqual([{ area: areas[1], postcode: 'GM3' }]);
    expect(ids('GX')).toEqual([]);
  });

  it('offers nothing for empty words, and at most `max`', () => {
    expect(ids('  ')).toEqual([]);
    expect(placeSuggestions(areas, 'g', 1)).toHaveLength(1);
  });

  it('finds an area only by its whole name', () => {
    expect(areaNamed(areas, 'glenmore north')?.id).toBe('glenmore-north');
    expect(areaNamed(areas, 'An Gleann Mor a Tuath')?.id).toBe('glenmore-north');
    expect(areaNamed(areas, 'Glenmore')).toBeUndefined();
    expect(areaNamed(areas, '')).toBeUndefined();
  });
});
