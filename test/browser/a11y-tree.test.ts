import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import type { SupportFinder } from '../../src/ui/support-finder.ts';
import { $, $$, choose, clickButton, finderWithSample, typeIn } from './helpers.ts';

// Chromium's own accessibility tree for every step, compared with the text files committed under
// test/browser/snapshots/: what a screen reader is given (roles, names, descriptions, states,
// heading levels), not what axe's rules happen to cover. A change shows as a diff to review;
// after an intended change, `UPDATE_SNAPSHOTS=1 npx web-test-runner test/browser/a11y-tree.test.ts`
// rewrites the files.

interface AxNode {
  role?: string;
  name?: string;
  value?: string | number;
  description?: string;
  children?: AxNode[];
  [state: string]: unknown;
}

/** States worth reviewing; `focused` is left out because it follows the test, not the finder. */
const STATES = [
  'level',
  'checked',
  'pressed',
  'expanded',
  'selected',
  'disabled',
  'required',
  'invalid',
  'readonly',
  'haspopup',
  'multiline',
  'modal',
] as const;

/**
 * What the finder's polite live regions hold at a given moment depends on timing (a quicker
 * message replaces a slower one; the two regions take turns, see Announcer), so the trees compare
 * the regions themselves, not their passing text: what is announced when is tested in the
 * announcement tests.
 */
const isLiveRegion = (node: AxNode) => node.role === 'status' && node.live === 'polite';

function lines(node: AxNode, depth: number, out: string[]): void {
  const states = STATES.filter((s) => node[s] !== undefined && node[s] !== false).map((s) =>
    node[s] === true ? s : `${s}=${String(node[s])}`,
  );
  const parts = [
    node.role ?? '?',
    node.name ? JSON.stringify(node.name) : '',
    node.value !== undefined && node.value !== '' ? `value=${JSON.stringify(node.value)}` : '',
    node.description ? `description=${JSON.stringify(node.description)}` : '',
    states.length ? `[${states.join(' ')}]` : '',
  ].filter(Boolean);
  // Text that only repeats its parent's name adds nothing to read.
  const children = isLiveRegion(node)
    ? []
    : (node.children ?? []).filter((c) => !(c.role === 'StaticText' && c.name === node.name && !c.children?.length));
  out.push(`${'  '.repeat(depth)}${parts.join(' ')}`);
  for (const child of children) lines(child, depth + 1, out);
}

/** The finder's tree as indented lines: role, name, value, description and states. */
async function treeText(): Promise<string> {
  // The whole page: the test page holds only the finder, and a snapshot rooted at the host
  // element stops at its first child.
  const tree = (await a11ySnapshot({})) as unknown as AxNode | null;
  expect(tree, 'no accessibility tree').to.exist;
  const out: string[] = [];
  lines(tree!, 0, out);
  return `${out.join('\n')}\n`;
}

/** Compares with the committed file; returns what differs, so one run reports every step. */
async function compare(name: string): Promise<string | undefined> {
  const text = await treeText();
  const result = await executeServerCommand<{ ok: boolean; expected?: string }, { name: string; text: string }>(
    'compare-ax-snapshot',
    { name, text },
  );
  if (result.ok) return undefined;
  // A readable failure: the first lines that differ, not two whole trees.
  const want = (result.expected ?? '').split('\n');
  const got = text.split('\n');
  const at = got.findIndex((line, i) => line !== want[i]);
  return `"${name}" changed at line ${at + 1}:\n  expected: ${want.slice(at, at + 3).join('\n            ')}\n  actual:   ${got.slice(at, at + 3).join('\n            ')}`;
}

describe('accessibility tree of every step', () => {
  it('matches the committed trees through a guided journey, results, summary and browse', async () => {
    const el = await finderWithSample();
    const changed: (string | undefined)[] = [];
    changed.push(await compare('step-who'));

    await choose(el, 'Me');
    await clickButton(el, 'Next');
    await typeIn(el, '#age', '30');
    await clickButton(el, 'Next');
    changed.push(await compare('step-age-error'));
    await typeIn(el, '#age', '15');
    await clickButton(el, 'Next');

    await choose(el, 'Sleep');
    changed.push(await compare('step-topics'));
    await clickButton(el, 'Next');

    await choose(el, 'Yes, I need to talk to someone now');
    changed.push(await compare('step-now-yes'));
    await clickButton(el, 'Next');

    changed.push(await compare('step-how'));
    await clickButton(el, 'Next');

    const postcode = $(el, '#postcode') as HTMLInputElement;
    postcode.value = 'GM1 2AB';
    postcode.dispatchEvent(new Event('change'));
    await el.updateComplete;
    changed.push(await compare('step-where'));
    await clickButton(el, 'Next');
    await waitUntil(() => el.shadowRoot?.querySelector('.check-row'), 'the answers were not listed');
    changed.push(await compare('check'));
    await clickButton(el, 'Show results');

    // Someone who said they need help now arrives at results with the urgent contacts open.
    expect(($(el, 'details.urgent') as HTMLDetailsElement).open).to.equal(true);
    $$(el, 'button.save')[0]!.click();
    await el.updateComplete;
    changed.push(await compare('results'));

    await clickButton(el, 'My summary (1)');
    await waitUntil(() => el.shadowRoot?.querySelector('.saved'), 'summary did not load');
    changed.push(await compare('summary'));

    await clickButton(el, 'All services');
    await waitUntil(() => el.shadowRoot?.querySelector('#f-topic'), 'browse did not load');
    const topic = $(el, '#f-topic') as HTMLSelectElement;
    topic.value = 'sleep';
    topic.dispatchEvent(new Event('change'));
    await el.updateComplete;
    changed.push(await compare('browse'));

    expect(changed.filter(Boolean).join('\n\n')).to.equal('');
  });

  it('matches the committed tree when the feed fails', async () => {
    await fixture<SupportFinder>(html`<support-finder src="/no-such-feed.json" lang="en"></support-finder>`);
    await waitUntil(
      () => document.querySelector('support-finder')?.shadowRoot?.querySelector('.urgent[open]'),
      'no error state',
      {
        timeout: 5000,
      },
    );
    expect(await compare('feed-error')).to.equal(undefined);
  });
});
