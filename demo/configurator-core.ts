/**
 * The embed-code configurator's logic, with no DOM: checking a feed with the CLI's own rules,
 * the attributes and theme a choice of options gives, contrast in words, and the snippet. The page
 * (configurator.ts) only reads the form and shows what these return, so the preview and the
 * snippet are built from the same list of attributes and cannot disagree.
 */
import { validateJson, type ValidationReport } from '../src/cli/rules.ts';
import { decodeText, readJson } from '../src/feed/decode.ts';
import { FeedError } from '../src/feed/errors.ts';
import { parseFeed } from '../src/feed/parse.ts';
import { pickText } from '../src/i18n/text.ts';

export const EXAMPLE_THEMES = ['school', 'council', 'charity'] as const;
export type ThemeChoice = 'none' | (typeof EXAMPLE_THEMES)[number] | 'custom';
export type Scheme = 'auto' | 'light' | 'dark';

/** The colours a person can pick for a custom theme, as `#rrggbb`. */
export interface CustomColours {
  accent: string;
  accentText: string;
  text: string;
  surface: string;
}

export interface Options {
  feedUrl: string;
  scriptUrl: string;
  lang: string;
  mode: 'guided' | 'browse';
  area: string;
  audience: string;
  headingLevel: number;
  fallbackSrc: string;
  /** Shown only when the script cannot run: the crisis numbers a reader still needs. */
  crisisText: string;
  theme: ThemeChoice;
  scheme: Scheme;
  colours: CustomColours;
}

export const DEFAULT_CRISIS_TEXT =
  'Need help now? Call 999 in an emergency, Childline on 0800 1111 or Samaritans on 116 123.';

/** The element's attributes, in a stable order; an option at the element's default is left out. */
export function attributesFor(options: Options): [string, string][] {
  const out: [string, string][] = [['src', options.feedUrl.trim()]];
  if (options.lang) out.push(['lang', options.lang]);
  if (options.mode !== 'guided') out.push(['mode', options.mode]);
  if (options.area) out.push(['area', options.area]);
  if (options.audience) out.push(['audience', options.audience]);
  out.push(['heading-level', String(options.headingLevel)]);
  if (options.fallbackSrc.trim()) out.push(['fallback-src', options.fallbackSrc.trim()]);
  return out;
}

/** The style sheet for the chosen theme: an example theme's own text, or the custom colours. */
export function themeCss(options: Options, exampleCss: string): string {
  let css = '';
  if (options.theme === 'custom') {
    const c = options.colours;
    css = [
      'support-finder {',
      `  --sf-color-accent: ${c.accent};`,
      `  --sf-color-accent-text: ${c.accentText};`,
      `  --sf-color-text: ${c.text};`,
      `  --sf-color-surface: ${c.surface};`,
      '}',
    ].join('\n');
  } else if (options.theme !== 'none') {
    css = exampleCss.trim();
  }
  if (options.theme !== 'none' && options.scheme !== 'auto') {
    css += `\nsupport-finder {\n  --sf-color-scheme: ${options.scheme};\n}`;
  }
  return css;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The code to paste: the script, the theme's style sheet, and the element with its fallback words. */
export function snippetFor(options: Options, css: string): string {
  const attributes = attributesFor(options)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const lines = [
    '<!-- Support Finder: paste this where the finder should appear. The words inside <support-finder>',
    '     show only if the script cannot run: keep the crisis numbers there. -->',
    `<script type="module" src="${escapeAttribute(options.scriptUrl.trim())}"></script>`,
  ];
  // A style element's text is raw: only its closing tag could end it early.
  if (css) lines.push('<style>', css.replace(/<\/style/gi, '<\\/style'), '</style>');
  lines.push(`<support-finder${attributes}>`);
  if (options.crisisText.trim()) lines.push(`  <p>${escapeText(options.crisisText.trim())}</p>`);
  lines.push('</support-finder>');
  return `${lines.join('\n')}\n`;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export interface ContrastCheck {
  /** Which custom-colour fields the pair is made of, for linking the message to them. */
  fields: [keyof CustomColours, keyof CustomColours];
  ratio: number;
  ok: boolean;
  words: string;
}

/** The three pairs the finder draws text with, each judged against WCAG AA (4.5 to 1) in words. */
export function contrastChecks(colours: CustomColours): ContrastCheck[] {
  const pairs: [string, keyof CustomColours, keyof CustomColours, string][] = [
    ['Text on the background', 'text', 'surface', 'make the text darker or the background lighter'],
    ['Buttons and links (accent on the background)', 'accent', 'surface', 'make the accent colour darker'],
    ['Words on filled buttons (accent text on accent)', 'accentText', 'accent', 'use white or black words'],
  ];
  return pairs.map(([what, fg, bg, fix]) => {
    const ratio = contrastRatio(colours[fg], colours[bg]);
    const shown = (Math.floor(ratio * 10) / 10).toFixed(1);
    const ok = ratio >= 4.5;
    return {
      fields: [fg, bg],
      ratio,
      ok,
      words: ok
        ? `${what}: ${shown} to 1. Passes (at least 4.5 to 1 is needed).`
        : `${what}: ${shown} to 1. Too faint to read for many people: at least 4.5 to 1 is needed; ${fix}.`,
    };
  });
}

/** What `validate --json` reports, less its source, with the areas for the area menu. */
export interface FeedCheck extends Omit<ValidationReport, 'source' | 'ok'> {
  /** A reason the feed could not be read at all, in plain words; then there are no rules. */
  unreadable?: string;
  areas: { id: string; name: string }[];
}

/**
 * Checks a fetched feed as `support-finder-feed validate` does (the same decoding and the same
 * rules), and lists its areas for the area menu.
 */
export function checkFeedBytes(bytes: Uint8Array, contentType: string | null, today: string): FeedCheck {
  const empty: FeedCheck = { services: 0, shown: 0, errors: 0, warnings: 0, rules: [], problems: [], areas: [] };
  let json: unknown;
  try {
    json = readJson(decodeText(bytes, contentType), contentType).json;
  } catch (error) {
    if (error instanceof FeedError) return { ...empty, unreadable: error.message };
    throw error;
  }
  // The report `validate --json` prints, from the same function.
  const { source: _source, ok: _ok, ...report } = validateJson(json, 'feed', today);
  let areas: FeedCheck['areas'] = [];
  try {
    areas = parseFeed(json).feed.areas.map((a) => ({ id: a.id, name: pickText(a.name, ['en']).text || a.id }));
  } catch {
    // A feed the finder cannot use at all has no areas to offer; its problems say why.
  }
  return { ...report, areas };
}

/** A failed fetch in words, with what the officer can do. */
export function fetchFailure(error: unknown, status?: number): string {
  if (status === 404 || status === 410) return `Nothing was found at that address (HTTP ${status}). Check the address.`;
  if (status !== undefined)
    return `The server answered with an error (HTTP ${status}). Try again later, or check the address.`;
  const detail = error instanceof Error ? ` (${error.message})` : '';
  return `The feed could not be fetched${detail}. The address may be wrong, the server may be down, or it may not let other sites read the feed (CORS): the finder needs that too.`;
}

/** Words for an address the finder itself would refuse; undefined when it is fine. */
export function addressProblem(address: string, pageOrigin: string): string | undefined {
  if (!address.trim()) return 'Enter the address of your feed.';
  let url: URL;
  try {
    url = new URL(address.trim(), pageOrigin);
  } catch {
    return 'This is not a web address. It should look like https://example.org/feed.json.';
  }
  if (url.protocol !== 'https:' && url.origin !== pageOrigin) {
    return 'The finder only loads feeds from https:// addresses (or from the page’s own site).';
  }
  return undefined;
}
