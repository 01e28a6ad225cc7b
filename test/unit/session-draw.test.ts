/**
 * When a changed browse list is drawn in steps: on a device not yet known to be quick, and on
 * one where drawing a change has taken longer than a frame (a slow phone), so a quick device
 * shows the whole page at once.
 */
import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../src/match/browse-filters.ts';
import { ENGLISH, Localizer } from '../../src/i18n/localize.ts';
import type { Announcer } from '../../src/ui/controllers/announcer.ts';
import { SessionController, type SessionHost } from '../../src/ui/controllers/session-controller.ts';
import { FIRST_CARDS, MORE_CARDS, PAGE_SIZE, SLOW_DRAW_MS } from '../../src/ui/parts/page-size.ts';

/** A session whose browse filters list `listed` services. */
function session(listed = PAGE_SIZE * 2): { session: SessionController; afterInput: () => number } {
  let asked = 0;
  const host = {
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
    renderRoot: {} as HTMLElement,
  } satisfies SessionHost;
  const announcer = { announce: () => undefined } as unknown as Announcer;
  const l = new Localizer(ENGLISH);
  const controller = new SessionController(host, {
    announcer,
    localizer: () => l,
    resultCount: () => undefined,
    browseCount: () => listed,
    requestUpdateAfterInput: () => {
      asked++;
    },
  });
  return { session: controller, afterInput: () => asked };
}

describe('drawing a changed browse list', () => {
  /** Runs the steps of one change, each taking `ms`; gives how many cards each drew. */
  const steps = (s: SessionController, ms: number): number[] => {
    const drawn = [s.drawLimit];
    while (s.afterUpdate(ms)) drawn.push(s.drawLimit);
    return drawn;
  };
  const inSteps = [FIRST_CARDS];
  while ((inSteps.at(-1) as number) < PAGE_SIZE)
    inSteps.push(Math.min(PAGE_SIZE, (inSteps.at(-1) as number) + MORE_CARDS));

  it('draws the first change in steps, then the whole page at once while drawing is quick', () => {
    const { session: s, afterInput } = session();
    expect(inSteps.length).toBeGreaterThan(2);
    s.setFilters({ ...emptyFilters(), query: 'q' });
    expect(steps(s, 1)).toEqual(inSteps);
    for (let i = 0; i < 3; i++) {
      s.setFilters({ ...emptyFilters(), query: `q${i}` });
      expect(s.drawLimit).toBe(PAGE_SIZE);
      expect(s.afterUpdate(SLOW_DRAW_MS / 2)).toBe(false);
    }
    expect(afterInput()).toBe(4);
  });

  it('stays in steps while a change takes more than half the mark, and leaves them after one well under it', () => {
    const { session: s } = session();
    // Under the mark but not well under it: still in steps, so a device near it does not switch.
    s.setFilters({ ...emptyFilters(), query: 'a' });
    expect(steps(s, SLOW_DRAW_MS / 1.5 / inSteps.length)).toEqual(inSteps);
    s.setFilters({ ...emptyFilters(), query: 'ab' });
    expect(steps(s, SLOW_DRAW_MS / 1.5 / inSteps.length)).toEqual(inSteps);
    s.setFilters({ ...emptyFilters(), query: 'abc' });
    expect(steps(s, 1)).toEqual(inSteps);
    s.setFilters({ ...emptyFilters(), query: 'abcd' });
    expect(steps(s, 1)).toEqual([PAGE_SIZE]);
  });

  it('once a change was slow to draw, keeps drawing in steps, though a key that changes few cards is quick', () => {
    const { session: s } = session();
    s.setFilters({ ...emptyFilters(), query: 'a' });
    expect(steps(s, 1)).toEqual(inSteps);
    // Quick, so the next is drawn at once; it takes long, so every later one is drawn in steps.
    s.setFilters({ ...emptyFilters(), query: 'ab' });
    expect(steps(s, SLOW_DRAW_MS * 2)).toEqual([PAGE_SIZE]);
    for (const query of ['abc', 'abcd', 'abcde']) {
      s.setFilters({ ...emptyFilters(), query });
      expect(steps(s, 1)).toEqual(inSteps);
    }
  });

  it('takes no more steps than the listed services need', () => {
    const { session: s } = session(FIRST_CARDS - 1);
    s.setFilters({ ...emptyFilters(), query: 'a' });
    s.afterUpdate(SLOW_DRAW_MS * 2);
    s.setFilters({ ...emptyFilters(), query: 'ab' });
    expect(s.drawLimit).toBe(FIRST_CARDS);
    expect(s.afterUpdate(SLOW_DRAW_MS)).toBe(false);
  });

  it('draws in steps only up to the shown cards', () => {
    const { session: s } = session();
    s.setFilters({ ...emptyFilters(), query: 'a' });
    s.afterUpdate(SLOW_DRAW_MS * 2);
    s.setFilters({ ...emptyFilters(), query: 'ab' });
    s.listLimit = FIRST_CARDS + 1;
    expect(s.drawLimit).toBe(FIRST_CARDS);
    expect(s.afterUpdate(SLOW_DRAW_MS)).toBe(true);
    expect(s.drawLimit).toBe(FIRST_CARDS + 1);
    expect(s.afterUpdate(SLOW_DRAW_MS)).toBe(false);
  });

  it('ignores updates that do not follow a change to the list', () => {
    const { session: s } = session();
    s.setFilters({ ...emptyFilters(), query: 'a' });
    steps(s, 1);
    expect(s.afterUpdate(SLOW_DRAW_MS * 10)).toBe(false);
    s.setFilters({ ...emptyFilters(), query: 'ab' });
    expect(s.drawLimit).toBe(PAGE_SIZE);
  });
});
