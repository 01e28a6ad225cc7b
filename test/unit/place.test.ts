import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../../src/match/answers.ts';
import { unusedPlace, usableAnswers } from '../../src/match/place.ts';

const areas = new Map([['glenmore-north', {}]]);

describe('place answers the results could not use', () => {
  it('is nothing when the area is known, or no place was given', () => {
    expect(unusedPlace({ ...emptyAnswers(), area: 'glenmore-north', postcode: 'GM1' }, areas)).toBeUndefined();
    expect(unusedPlace(emptyAnswers(), areas)).toBeUndefined();
  });

  it('is the postcode when it is in none of the areas', () => {
    expect(unusedPlace({ ...emptyAnswers(), postcode: 'ZZ9' }, areas)).toBe('postcode');
  });

  it('is the area when the feed does not have it, and the results leave it out', () => {
    const answers = { ...emptyAnswers(), area: 'gone' };
    expect(unusedPlace(answers, areas)).toBe('area');
    expect(usableAnswers(answers, areas)).toEqual(emptyAnswers());
    const known = { ...emptyAnswers(), area: 'glenmore-north' };
    expect(usableAnswers(known, areas)).toBe(known);
  });
});
