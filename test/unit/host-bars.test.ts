import { describe, expect, it } from 'vitest';
import { coveredEdges, type BarAt } from '../../src/ui/host-bars.ts';

interface Bar {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** A page whose fixed bars are `bars`, topmost first, as elementsFromPoint would find them. */
const page =
  (...bars: Bar[]): BarAt =>
  (x, y) =>
    bars.find((b) => x >= b.left && x < b.right && y >= b.top && y < b.bottom);

describe('coveredEdges', () => {
  it('is nothing on a page without bars', () => {
    expect(coveredEdges(page(), 0, 360, 360, 640)).toEqual({ top: 0, bottom: 0 });
  });

  it('finds a full-width header and a cookie banner', () => {
    const header = { top: 0, bottom: 136, left: 0, right: 360 };
    const banner = { top: 560, bottom: 640, left: 0, right: 360 };
    expect(coveredEdges(page(header, banner), 0, 360, 360, 640)).toEqual({ top: 136, bottom: 80 });
  });

  it('adds up a header and the menu bar fixed below it', () => {
    const header = { top: 0, bottom: 60, left: 0, right: 1280 };
    const menu = { top: 60, bottom: 104.5, left: 0, right: 1280 };
    expect(coveredEdges(page(header, menu), 100, 900, 1280, 800).top).toBe(105);
  });

  it('finds a bar over only part of the finder, at either end', () => {
    const logo = { top: 0, bottom: 50, left: 0, right: 80 };
    const help = { top: 0, bottom: 70, left: 1000, right: 1280 };
    expect(coveredEdges(page(logo), 20, 900, 1280, 800).top).toBe(50);
    expect(coveredEdges(page(help), 20, 1100, 1280, 800).top).toBe(70);
  });

  it('ignores a bar beside the finder, not over it', () => {
    const side = { top: 0, bottom: 800, left: 0, right: 200 };
    const header = { top: 0, bottom: 50, left: 0, right: 200 };
    expect(coveredEdges(page(header, side), 300, 1200, 1280, 800)).toEqual({ top: 0, bottom: 0 });
  });

  it('ignores an overlay taller than half the screen, and stops stacking at half', () => {
    const menu = { top: 0, bottom: 500, left: 0, right: 360 };
    expect(coveredEdges(page(menu), 0, 360, 360, 640).top).toBe(0);
    const a = { top: 0, bottom: 200, left: 0, right: 360 };
    const b = { top: 200, bottom: 400, left: 0, right: 360 };
    expect(coveredEdges(page(a, b), 0, 360, 360, 640).top).toBe(200);
  });

  it('is nothing when the finder is off the sides of the screen', () => {
    const header = { top: 0, bottom: 50, left: 0, right: 360 };
    expect(coveredEdges(page(header), 400, 800, 360, 640)).toEqual({ top: 0, bottom: 0 });
  });
});
