import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addressProblem,
  attributesFor,
  checkFeedBytes,
  contrastChecks,
  contrastRatio,
  DEFAULT_CRISIS_TEXT,
  snippetFor,
  themeCss,
  type Options,
} from '../../demo/configurator-core.ts';

const ROOT = new URL('../../', import.meta.url);
const options = (over: Partial<Options> = {}): Options => ({
  feedUrl: 'https://wellbeing.example.org/feed.json',
  scriptUrl: '/support-finder/support-finder.js',
  lang: '',
  mode: 'guided',
  area: '',
  audience: '',
  headingLevel: 2,
  fallbackSrc: '',
  crisisText: DEFAULT_CRISIS_TEXT,
  theme: 'none',
  scheme: 'auto',
  colours: { accent: '#0b6b66', accentText: '#ffffff', text: '#1b1f24', surface: '#ffffff' },
  ...over,
});

describe('configurator: attributes and snippet', () => {
  it('leaves out options at the element’s default and keeps the chosen ones in order', () => {
    expect(attributesFor(options())).toEqual([
      ['src', 'https://wellbeing.example.org/feed.json'],
      ['heading-level', '2'],
    ]);
    expect(
      attributesFor(options({ lang: 'ur', mode: 'browse', area: 'north', audience: 'friend' })).map((a) => a[0]),
    ).toEqual(['src', 'lang', 'mode', 'area', 'audience', 'heading-level']);
  });

  it('escapes what a person typed, so it stays an attribute value or text', () => {
    const code = snippetFor(
      options({ feedUrl: 'https://x.example/f.json?a=1&b="2"><script>', crisisText: 'Call <b>999</b> & 116 123' }),
      'support-finder { --sf-radius: 0 } </style><script>alert(1)</script>',
    );
    expect(code).toContain('src="https://x.example/f.json?a=1&amp;b=&quot;2&quot;&gt;&lt;script&gt;"');
    expect(code).toContain('<p>Call &lt;b&gt;999&lt;/b&gt; &amp; 116 123</p>');
    expect(code.match(/<\/style>/g)).toHaveLength(1);
    // Outside the style element, only the finder's own script tag starts a script.
    expect(code.replace(/<style>[\s\S]*?<\/style>/g, '').match(/<script\b/g)).toHaveLength(1);
  });

  it('an example theme’s own text, a forced scheme after it, or the custom colours', () => {
    const school = readFileSync(new URL('examples/themes/school.css', ROOT), 'utf8');
    expect(themeCss(options({ theme: 'school' }), school)).toBe(school.trim());
    expect(themeCss(options({ theme: 'school', scheme: 'dark' }), school)).toMatch(/--sf-color-scheme: dark;\n}$/);
    expect(themeCss(options({ theme: 'custom' }), '')).toContain('--sf-color-accent: #0b6b66;');
    expect(themeCss(options({ theme: 'none', scheme: 'dark' }), school)).toBe('');
  });
});

describe('configurator: contrast in words', () => {
  it('measures as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('passes AA pairs and says what to do about a faint one, naming its fields', () => {
    const checks = contrastChecks({ accent: '#0b6b66', accentText: '#ffffff', text: '#bbbbbb', surface: '#ffffff' });
    expect(checks.map((c) => c.ok)).toEqual([false, true, true]);
    expect(checks[0]!.words).toBe(
      'Text on the background: 1.9 to 1. Too faint to read for many people: at least 4.5 to 1 is needed; make the text darker or the background lighter.',
    );
    expect(checks[0]!.fields).toEqual(['text', 'surface']);
    // 4.48 is not rounded up to a pass.
    expect(
      contrastChecks({ accent: '#777777', accentText: '#ffffff', text: '#000000', surface: '#ffffff' })[1]!.words,
    ).toMatch(/^Buttons and links \(accent on the background\): 4\.4 to 1\. Too faint/);
  });
});

describe('configurator: feed check', () => {
  const today = '2026-12-06';
  it('the sample feed: counts, no errors, its areas by English name', () => {
    const check = checkFeedBytes(
      readFileSync(new URL('data-schema/examples/sample-feed.json', ROOT)),
      'application/json',
      today,
    );
    expect(check.unreadable).toBeUndefined();
    expect(check.errors).toBe(0);
    expect(check.services).toBe(check.shown);
    expect(check.areas).toContainEqual({ id: 'glenmore-north', name: 'Glenmore North' });
  });

  it('a broken feed: the same rules and words as support-finder-feed validate', () => {
    const check = checkFeedBytes(readFileSync(new URL('test/browser/fixtures/broken-feed.json', ROOT)), null, today);
    expect(check.shown).toBe(0);
    expect(check.errors).toBeGreaterThan(5);
    expect(check.rules.map((r) => r.summary)).toContain('1 service has no name');
  });

  it('a web page, UTF-16 with a byte-order mark, and an empty body', () => {
    const page = new TextEncoder().encode('<!doctype html><title>Not found</title>');
    expect(checkFeedBytes(page, 'text/html', today).unreadable).toMatch(/web page rather than JSON/);
    const text = '\uFEFF{"version":"1.0","partnership":{"name":"P"},"updated":"2026-11-01","services":[]}';
    const utf16 = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++)
      ((utf16[i * 2] = text.charCodeAt(i) & 0xff), (utf16[i * 2 + 1] = text.charCodeAt(i) >> 8));
    expect(checkFeedBytes(utf16, 'application/json', today).unreadable).toBeUndefined();
    expect(checkFeedBytes(new Uint8Array(), null, today).unreadable).toMatch(/empty/);
  });

  it('refuses an address the finder would refuse, in words', () => {
    expect(addressProblem('http://feeds.example.org/f.json', 'https://council.example')).toMatch(/https:\/\//);
    expect(addressProblem('/feed.json', 'http://127.0.0.1:5173')).toBeUndefined();
    expect(addressProblem('', 'https://a.example')).toBe('Enter the address of your feed.');
  });
});
