// Prints the gzip size of the script-tag bundle and fails over budget. The budget covers what
// every visitor downloads (the entry file); language and search files load only when needed, so
// they are listed with their own, looser budget.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const DIR = new URL('../dist/embed/', import.meta.url);
const ENTRY = 'support-finder.js';
// 30 KB (issue 14): what every visitor downloads before the first question, on a possibly old
// phone and slow connection. Whatever only later screens use (their words, styles and code) goes
// in the files that bring them (src/ui/lazy-results.ts, src/ui/lazy-views.ts), not here.
const ENTRY_BUDGET = 30 * 1024;
const LAZY_BUDGET = 12 * 1024;
// The later screens' shared file carries the results, cards and their words, with the age limits
// (what happens at 16, 18 or 25 and what carries on) and waits ("while you wait"): 15.4 KB. It
// loads as the first question shows, while the person reads it, not before the first screen.
const LATER_BUDGET = 16 * 1024;
// The feed reader holds zod and the feed schema (about 11 KB of it), the one validator: every
// visitor with a feed fetches it once, beside the first render, not inside the entry.
const READER_BUDGET = 16 * 1024;
// Each language file: one is fetched at most per visit, on the reader's possibly slow phone. A
// catalog ships as written, keyed by message: Punjabi, three bytes a letter in Gurmukhi, is the
// largest at 9.0 KB (the keys cost each file about 2 KB); the budget leaves room for new messages.
const LOCALE_BUDGET = 10 * 1024;
// The UI languages, from the one registry (src/i18n/locales.ts); English is inside the entry.
const LOCALES = [
  ...readFileSync(new URL('../src/i18n/locales.ts', import.meta.url), 'utf8').matchAll(/^\s+lang: '([\w-]+)',$/gm),
]
  .map((m) => m[1])
  .filter((lang) => lang !== 'en');
const localeOf = (name) => LOCALES.find((lang) => new RegExp(`^support-finder-${lang}-[\\w-]{8}\\.js$`).test(name));

const gz = (name) => gzipSync(readFileSync(new URL(name, DIR)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// Files the entry imports statically are fetched by every visitor too: they count towards it.
const entryCode = readFileSync(new URL(ENTRY, DIR), 'utf8');
const eager = [...entryCode.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)].map(
  (m) => m[1],
);

const failures = [];
const entry = gz(ENTRY) + eager.reduce((sum, name) => sum + gz(name), 0);
const label = eager.length ? `${ENTRY} + ${eager.length} eager` : ENTRY;
console.log(`${label.padEnd(48)} ${kb(entry).padStart(9)} gzip (budget ${kb(ENTRY_BUDGET)})`);
if (entry > ENTRY_BUDGET) failures.push(`${ENTRY} is ${kb(entry)}, over ${kb(ENTRY_BUDGET)}`);

let lazyTotal = 0;
const localesSeen = new Set();
for (const name of readdirSync(DIR)
  .filter((n) => n.endsWith('.js') && n !== ENTRY && !eager.includes(n))
  .sort()) {
  const size = gz(name);
  lazyTotal += size;
  const locale = localeOf(name);
  const budget = locale
    ? LOCALE_BUDGET
    : name.startsWith('support-finder-reader-')
      ? READER_BUDGET
      : name.startsWith('support-finder-later-screens-')
        ? LATER_BUDGET
        : LAZY_BUDGET;
  if (locale) localesSeen.add(locale);
  console.log(`  loaded when needed: ${name.padEnd(44)} ${kb(size).padStart(9)} gzip (budget ${kb(budget)})`);
  if (size > budget) failures.push(`${name} is ${kb(size)}, over ${kb(budget)}`);
}
for (const lang of LOCALES) {
  if (!localesSeen.has(lang)) failures.push(`no separate file for the language "${lang}"`);
}
console.log(`everything, all languages: ${kb(entry + lazyTotal)} gzip`);

// The one-file variant carries every language and part; it is for hosts that can upload only one file.
const SINGLE = new URL('../dist/embed-single/support-finder.single.js', import.meta.url);
// Every language's catalog (about 7-9 KB gzip each) and search lexicon (about 14 KB together),
// the crisis phrases of ten languages (3.4 KB), the entry and every lazy part, with the age
// limits, waits and the checker derived from zod: 186.1 KB. The budget keeps about 4 KB of room:
// a host that can upload only one file downloads it once, and the script-tag build, which every
// other host uses, keeps its own tighter budgets above.
const SINGLE_BUDGET = 190 * 1024;
const single = gzipSync(readFileSync(SINGLE), { level: 9 }).length;
console.log(`one-file variant support-finder.single.js: ${kb(single)} gzip (budget ${kb(SINGLE_BUDGET)})`);
if (single > SINGLE_BUDGET) failures.push(`support-finder.single.js is ${kb(single)}, over ${kb(SINGLE_BUDGET)}`);

if (failures.length) {
  for (const f of failures) console.error(`size budget: ${f}`);
  process.exit(1);
}
