/**
 * When a changed browse list is drawn in two steps: only where drawing the last change took
 * longer than a frame (a slow phone), so a quick device shows the whole page at once.
 */
import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../src/match/browse-filters.ts';
import { ENGLISH, Localizer } from '../../src/i18n/localize.ts';
import type { Announcer } from '../../src/ui/controllers/announcer.ts';
import { SessionController, type SessionHost } from '../../src/ui/controllers/session-controller.ts';
import { FIRST_CARDS, PAGE_SIZE, SLOW_DRAW_MS } from '../../src/ui/parts/page-size.ts';

function session(): { session: SessionController; afterInput: () => number } {
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
    browseCount: () => 0,
    requestUpdateAfterInput: () => {
      asked++;
    },
  });
  return { session: controller, afterInput: () => asked };
}

describe('drawing a changed browse list', () => {
  it('draws the whole page at once while drawing is quick', () => {
    const { session: s, afterInput } = session();
    for (let i = 0; i < 3; i++) {
      s.setFilters({ ...emptyFilters(), query: `q${i}` });
      expect(s.drawLimit).toBe(PAGE_SIZE);
      expect(s.afterUpdate(SLOW_DRAW_MS / 2)).toBe(false);
    }
    expect(afterInput()).toBe(3);
  });

  it('after a slow change, draws the first cards, then the rest, until drawing is well under a frame', () => {
    const { session: s } = session();
    s.setFilters({ ...emptyFilters(), query: 'a' });
    expect(s.afterUpdate(SLOW_DRAW_MS * 2)).toBe(false);

    s.setFilters({ ...emptyFilters(), query: 'ab' });
    expect(s.drawLimit).toBe(FIRST_CARDS);
    expect(s.afterUpdate(SLOW_DRAW_MS / 2)).toBe(true);
    expect(s.drawLimit).toBe(PAGE_SIZE);
    // Both steps together still took longer than a frame: two steps again next time.
    expect(s.afterUpdate(SLOW_DRAW_MS / 2 + 1)).toBe(false);

    // Under the mark but not well under it: still two steps, so a phone near it does not switch.
    s.setFilters({ ...emptyFilters(), query: 'abc' });
    expect(s.drawLimit).toBe(FIRST_CARDS);
    expect(s.afterUpdate(SLOW_DRAW_MS / 3)).toBe(true);
    expect(s.afterUpdate(SLOW_DRAW_MS / 3)).toBe(false);

    s.setFilters({ ...emptyFilters(), query: 'abcd' });
    expect(s.drawLimit).toBe(FIRST_CARDS);
    expect(s.afterUpdate(2)).toBe(true);
    expect(s.afterUpdate(2)).toBe(false);

    s.setFilters({ ...emptyFilters(), query: 'abcde' });
    expect(s.drawLimit).toBe(PAGE_SIZE);
  });

  it('ignores updates that do not follow a change to the list', () => {
    const { session: s } = session();
    expect(s.afterUpdate(SLOW_DRAW_MS * 10)).toBe(false);
    s.setFilters({ ...emptyFilters(), query: 'a' });
    expect(s.drawLimit).toBe(PAGE_SIZE);
  });
});
