import { expect } from '@open-wc/testing';
import { openFrame } from './frame.ts';

/**
 * Globals the libraries inside set on purpose, each one name shared by every copy on a page:
 * lit's version markers and decorator metadata, and zod's shared configuration.
 */
const LIBRARY_GLOBALS = [
  'litElementVersions',
  'litHtmlVersions',
  'reactiveElementVersions',
  'litPropertyMetadata',
  '__zod_globalConfig',
  '__before',
];

describe('embedding', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('the one-file build works as a classic script, twice, after the element, and leaks no globals', async () => {
    const errors: string[] = [];
    const frame = await openFrame('/test/browser/fixtures/embed/classic.html');
    frame.win.addEventListener('error', (e) => errors.push(e.message));
    const win = frame.win as unknown as Window & { $: { marker?: string }; _: string; __before: Set<string> };
    // The finder works: quick exit, urgent help and the first question.
    expect(frame.root.querySelector('button.exit')?.textContent).to.include('Quick exit');
    expect(frame.root.querySelector('.urgent')?.textContent).to.include('999');
    expect(frame.root.querySelector('#step-heading')).to.exist;
    // The page's own globals are untouched, and nothing new appeared but lit's version markers.
    expect(win.$.marker).to.equal('page');
    expect(win._).to.equal('underscore');
    const added = Object.getOwnPropertyNames(win).filter((name) => !win.__before.has(name));
    expect(added.filter((name) => !LIBRARY_GLOBALS.includes(name))).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    // The crisis numbers written inside the element are not shown twice once the finder runs.
    expect(frame.doc.getElementById('no-script')!.checkVisibility()).to.equal(false);
  });

  it('shows the content written inside the element when the script cannot run', async () => {
    const iframe = document.createElement('iframe');
    iframe.src = '/test/browser/fixtures/embed/no-script.html';
    document.body.append(iframe);
    await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    const text = iframe.contentDocument!.getElementById('no-script')!;
    expect(text.checkVisibility()).to.equal(true);
    expect(text.textContent).to.include('999');
  });
});
