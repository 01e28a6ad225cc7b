import { expect, waitUntil } from '@open-wc/testing';

// The configurator page (demo/configurator.html) in a frame, used as an officer would: choosing
// options, checking a broken feed, copying the code, and pasting it into a blank page.
// Needs `npm run build:embed`: the pasted code loads the built script-tag file.

let frame: HTMLIFrameElement;
const doc = () => frame.contentDocument!;
const byId = (id: string): HTMLElement => doc().getElementById(id)!;
const snippetBox = () => doc().getElementById('snippet') as HTMLTextAreaElement;
const previewFinder = () => doc().querySelector('#preview support-finder')!;

function setField(id: string, value: string): void {
  const field = byId(id) as HTMLInputElement;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

function pick(name: string, value: string): void {
  doc().querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.click();
}

before(async () => {
  frame = document.createElement('iframe');
  frame.style.width = '1280px';
  frame.style.height = '900px';
  frame.src = '/demo/configurator.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  // The sample feed is checked on opening; its areas fill the area menu.
  await waitUntil(() => byId('feed-report').textContent.includes('will show in the finder'), 'feed checked', {
    timeout: 10_000,
  });
});

after(() => frame.remove());

describe('the embed-code configurator', () => {
  it('checks the sample feed with the CLI’s rules and offers its areas', () => {
    expect(byId('feed-report').textContent).to.match(/49 services, 49 will show in the finder\. 0 errors/);
    const areas = [...(byId('area') as HTMLSelectElement).options].map((o) => o.value);
    expect(areas).to.include('glenmore-north');
    expect((byId('lang') as HTMLSelectElement).options.length).to.equal(11);
  });

  it('the preview element’s attributes follow the options, and the snippet carries the same', async () => {
    setField('lang', 'cy');
    pick('mode', 'browse');
    setField('area', 'glenmore-north');
    setField('audience', 'parent-carer');
    setField('heading-level', '3');
    setField('fallback-src', '/copies/feed.json');
    await waitUntil(() => previewFinder().getAttribute('fallback-src') === '/copies/feed.json', 'preview updated');
    const finder = previewFinder();
    expect(finder.getAttribute('lang')).to.equal('cy');
    expect(finder.getAttribute('mode')).to.equal('browse');
    expect(finder.getAttribute('area')).to.equal('glenmore-north');
    expect(finder.getAttribute('audience')).to.equal('parent-carer');
    expect(finder.getAttribute('heading-level')).to.equal('3');
    expect(finder.getAttribute('src')).to.match(/\/data-schema\/examples\/sample-feed\.json$/);
    // The real element, rendering in Welsh.
    await waitUntil(() => finder.shadowRoot?.querySelector('.finder[lang="cy"]'), 'preview in Welsh', {
      timeout: 10_000,
    });
    const snippet = snippetBox().value;
    expect(snippet).to.include(
      'lang="cy" mode="browse" area="glenmore-north" audience="parent-carer" heading-level="3" fallback-src="/copies/feed.json">',
    );
    expect(snippet).to.match(/<script type="module" src="\/support-finder\/support-finder\.js"><\/script>/);
    expect(snippet).to.include('<p>Need help now? Call 999 in an emergency');
    // Back to the defaults the rest of the tests start from; a default is left out of the code.
    setField('lang', '');
    pick('mode', 'guided');
    setField('area', '');
    setField('audience', '');
    setField('heading-level', '2');
    setField('fallback-src', '');
    await waitUntil(() => !previewFinder().hasAttribute('mode'), 'preview back to guided');
    expect(snippetBox().value).not.to.include('mode=');
  });

  it('a theme styles the preview and goes into the snippet; custom colours say their contrast in words', async () => {
    pick('theme', 'council');
    await waitUntil(() => snippetBox().value.includes('--sf-color-accent'), 'theme in code');
    expect(doc().getElementById('preview-theme')!.textContent).to.include('#1d70b8');
    const finder = previewFinder();
    await waitUntil(() => finder.shadowRoot?.querySelector('.finder'), 'preview rendered', { timeout: 10_000 });
    expect(getComputedStyle(finder.shadowRoot!.querySelector('.finder')!).borderRadius).to.equal('0px');

    pick('theme', 'custom');
    await waitUntil(() => !byId('custom-colours').hidden, 'custom colours shown');
    setField('colour-text', '#bbbbbb');
    await waitUntil(() => byId('contrast').querySelector('.fail'), 'contrast failure shown');
    const failure = byId('contrast').querySelector('.fail')!;
    expect(failure.textContent).to.match(/^Text on the background: 1\.\d to 1\. Too faint to read/);
    const text = byId('colour-text');
    expect(text.getAttribute('aria-invalid')).to.equal('true');
    expect(text.getAttribute('aria-describedby')!.split(' ')).to.include(failure.id);
    expect(snippetBox().value).to.include('--sf-color-text: #bbbbbb;');
    setField('colour-text', '#1b1f24');
    await waitUntil(() => !byId('contrast').querySelector('.fail'), 'contrast passes again');
    expect(byId('contrast').textContent).to.include('Passes');
    pick('theme', 'none');
    await waitUntil(() => !snippetBox().value.includes('<style>'), 'no theme');
  });

  it('a broken feed lists every kind of problem in plain words, linked to the field', async () => {
    setField('feed-url', '/test/browser/fixtures/broken-feed.json');
    await waitUntil(() => byId('feed-report').textContent.includes('2 services,'), 'broken feed checked', {
      timeout: 10_000,
    });
    const report = byId('feed-report').textContent;
    expect(report).to.include('2 services, 0 will show in the finder.');
    expect(report).to.include('Error: 1 service has no name.');
    expect(report).to.include('What to do: Write the name people know the service by.');
    expect(report).to.include('services[1].id (service "Bad Id!"');
    const input = byId('feed-url');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.include('feed-url-error');
    expect(byId('feed-url-error').textContent).to.include('problems');
    await waitUntil(() => byId('status').textContent.includes('15 errors'), 'announced');

    // A web page where the feed should be: said in words, not as a JSON parse error.
    setField('feed-url', '/demo/configurator.html');
    await waitUntil(() => byId('feed-report').textContent.includes('cannot be used'), 'html checked');
    expect(byId('feed-report').textContent).to.include('returned a web page rather than JSON');
    // And an address the finder would refuse.
    setField('feed-url', 'http://feeds.example.org/feed.json');
    await waitUntil(() => !byId('feed-url-error').hidden && byId('feed-url-error').textContent.includes('https://'));

    setField('feed-url', new URL('/data-schema/examples/sample-feed.json', location.href).href);
    await waitUntil(() => byId('feed-report').textContent.includes('49 will show'), 'sample again', {
      timeout: 10_000,
    });
    expect(byId('feed-url').hasAttribute('aria-invalid')).to.equal(false);
  });

  it('the copied code, pasted into a blank page, gives a working finder with the chosen theme', async () => {
    pick('theme', 'school');
    setField('script-url', '/raw/dist/embed/support-finder.js');
    await waitUntil(() => snippetBox().value.includes('/raw/dist/embed/'), 'script address');
    await waitUntil(() => snippetBox().value.includes('--sf-radius: 1.25em'), 'theme');
    byId('copy').click();
    await waitUntil(() => byId('status').textContent.includes('cop'), 'copy announced');
    const box = snippetBox();
    if (byId('status').textContent.includes('selected')) {
      // No clipboard here: the whole code is selected for copying by hand.
      expect([box.selectionStart, box.selectionEnd]).to.deep.equal([0, box.value.length]);
    }
    const blank = document.createElement('iframe');
    blank.srcdoc = `<!doctype html><html lang="en"><body>${box.value}</body></html>`;
    document.body.append(blank);
    try {
      await waitUntil(
        () =>
          blank.contentDocument
            ?.querySelector('support-finder')
            ?.shadowRoot?.querySelector('[role=heading][aria-level="2"]'),
        'pasted finder rendered',
        { timeout: 10_000 },
      );
      const root = blank.contentDocument!.querySelector('support-finder')!.shadowRoot!;
      await waitUntil(() => root.querySelector('input[type=radio]'), 'first question', { timeout: 10_000 });
      expect(root.textContent).to.include('Who are you looking for support for?');
      // The theme came with it.
      expect(getComputedStyle(root.querySelector('.finder')!).borderRadius).to.equal('20px');
    } finally {
      blank.remove();
    }
  });

  it('the configurator page passes axe', async () => {
    const win = frame.contentWindow as Window & {
      axe?: { run(node: Node, o: object): Promise<{ violations: { id: string }[] }> };
    };
    if (!win.axe) {
      const script = doc().createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      doc().head.append(script);
      await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    }
    const result = await win.axe!.run(doc().querySelector('main')!, { resultTypes: ['violations'] });
    expect(result.violations.map((v) => v.id)).to.deep.equal([]);
  });
});
