import { describe, expect, it } from 'vitest';
import { ListController } from '../../src/ui/controllers/list-controller.ts';
import { FIRST_CARDS, PAGE_SIZE } from '../../src/ui/parts/page-size.ts';

/**
 * A host whose updates run the controller's hooks, as lit does, showing a list of `listed` cards,
 * which says it is waiting while fewer of its shown cards are drawn.
 */
function setUp(listed = 100) {
  let key: unknown = 'first';
  let updates = 0;
  const root = {
    querySelector: () => (list.drawn < Math.min(list.limit, listed) ? {} : null),
  } as unknown as ParentNode;
  const host = {
    renderRoot: root,
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => {
      updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  const list = new ListController(host, () => [key]);
  const update = () => {
    list.hostUpdate();
    const drawn = list.drawn;
    list.hostUpdated();
    return drawn;
  };
  return { list, update, setKey: (k: unknown) => (key = k), updates: () => updates };
}

describe('drawing a page of cards', () => {
  it('draws the first cards in the update that changed the list, the rest of the page in the next', async () => {
    const { list, update, setKey, updates } = setUp();
    expect(update()).toBe(FIRST_CARDS);
    expect(list.limit).toBe(PAGE_SIZE);
    const asked = updates();
    // Not within the task of the change.
    await Promise.resolve();
    expect(list.drawn).toBe(FIRST_CARDS);
    expect(updates()).toBe(asked);
    await list.pending;
    expect(updates()).toBe(asked + 1);
    expect(update()).toBe(PAGE_SIZE);
    expect(list.pending).toBeUndefined();
    // Updates that do not change the list draw it whole.
    expect(update()).toBe(PAGE_SIZE);
    setKey('changed');
    expect(update()).toBe(FIRST_CARDS);
  });

  it('"Show more" draws the next page the same way, below the cards shown', async () => {
    const { list, update } = setUp();
    update();
    await list.pending;
    update();
    list.more();
    expect(list.limit).toBe(2 * PAGE_SIZE);
    expect(update()).toBe(PAGE_SIZE + FIRST_CARDS);
    await list.pending;
    expect(update()).toBe(2 * PAGE_SIZE);
  });

  it('waits for nothing where no list has cards to draw', () => {
    const { list, update } = setUp(FIRST_CARDS);
    expect(update()).toBe(FIRST_CARDS);
    expect(list.pending).toBeUndefined();
  });

  it('does not draw the rest of one page in the update of the next', async () => {
    const { list, update, setKey } = setUp();
    update();
    const rest = list.pending;
    setKey('typed');
    expect(update()).toBe(FIRST_CARDS);
    await rest;
    expect(update()).toBe(FIRST_CARDS);
    await list.pending;
    expect(update()).toBe(PAGE_SIZE);
  });
});
