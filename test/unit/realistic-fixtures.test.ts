/**
 * The realistic fixtures have the properties measured on real council exports
 * (research/open-referral.md §6), the committed files are what the generator writes, and the
 * persona set is well formed. The bench helpers read what they claim to.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '../../src/cli/html-to-text.ts';
import { DEFAULT_TOPICS } from '../../src/feed/default-topics.ts';
import { SEEKERS } from '../../src/match/answers.ts';
import { LEXICON_LANGUAGES } from '../../src/search/lexicons.ts';
import { isRelevant, markdownTables, topicsOf } from '../../scripts/bench-relevance.ts';
import { CONCEPTS, FIXTURE_DIR, generateAll, statedAges, type TruthEntry } from '../fixtures/realistic/generate.ts';
import { PERSONAS, type Persona } from '../fixtures/realistic/personas.ts';

type Json = Record<string, unknown>;

const generated = generateAll();
const content = generated.oruk1.export['content'] as Json[];
const truth = generated.oruk1.truth.services;
const share = (test: (entry: Json, i: number) => boolean) => content.filter(test).length / content.length;

/** Every key anywhere in a value, nested objects and arrays included. */
function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  }
  return out;
}

describe('the generator', () => {
  it('writes exactly the committed files (same seed, same files)', () => {
    for (const [file, text] of Object.entries(generated.files)) {
      expect(readFileSync(`${FIXTURE_DIR}${file}`, 'utf8'), `${file}: run npm run fixtures:realistic`).toBe(text);
      expect(Buffer.byteLength(text), file).toBeLessThan(2 * 1024 * 1024);
    }
    expect(generateAll().files).toEqual(generated.files);
  });

  it('reads ages as the catalogue writes them', () => {
    expect(statedAges('Keep Your Cool (11-16)')).toEqual({ min: 11, max: 16, text: '(11-16)' });
    expect(statedAges('Walking Football for Over 50s')).toEqual({ min: 50, text: 'Over 50s' });
    expect(statedAges('advice for under 25s')).toEqual({ max: 24, text: 'under 25s' });
    expect(statedAges('children from birth to 19')).toEqual({ min: 0, max: 19, text: 'from birth to 19' });
    expect(statedAges('A relaxed group in Year 10')).toBeUndefined();
  });
});

describe('the ORUK 1.0 list export', () => {
  it('has at least 850 entries in a paged envelope, one truth entry each, in order', () => {
    expect(content.length).toBeGreaterThanOrEqual(850);
    expect(generated.oruk1.export['totalElements']).toBe(content.length);
    expect(truth.map((t) => t.index)).toEqual(content.map((_, i) => i));
    expect(truth.map((t) => t.id)).toEqual(content.map((c) => c['id']));
  });

  it('carries no taxonomy terms and no age fields anywhere', () => {
    const keys = keysOf(content);
    expect([...keys].filter((k) => /taxonom|attribute|eligib|age$|_age|^age/i.test(k))).toEqual([]);
  });

  it('has the fields of a Placecube Open Place list entry on every entry', () => {
    const fields = [
      'id',
      'name',
      'description',
      'url',
      'email',
      'status',
      'fees',
      'accreditations',
      'deliverable_type',
      'attending_type',
      'attending_access',
      'assured_date',
      'organization',
      'pc_metadata',
      'pc_targetAudience',
      'pc_attendingAccess_additionalInfo',
    ];
    for (const entry of content) expect(Object.keys(entry)).toEqual(fields);
    for (const entry of content) {
      expect(Object.keys(entry['organization'] as Json)).toEqual(['id', 'name', 'description', 'url', 'email']);
      expect((entry['pc_metadata'] as Json)['assured_by']).toMatch(/^[a-z.]+@ashburycity\.gov\.example$/);
    }
  });

  it('has HTML descriptions in about 95 % (p, h4, br, &nbsp;, lists all used)', () => {
    const html = share((e) => looksLikeHtml(String(e['description'])));
    expect(html).toBeGreaterThanOrEqual(0.93);
    expect(html).toBeLessThan(0.99);
    const all = content.map((e) => String(e['description'])).join('');
    for (const tag of ['<p>', '<h4>', '<br>', '&nbsp;', '<ul><li>']) expect(all).toContain(tag);
    expect(truth.filter((t) => t.html).length / truth.length).toBeCloseTo(html, 5);
  });

  it('states ages only in the text, in 7 to 14 %, each where the truth says', () => {
    const stated = share((_, i) => truth[i]?.ages !== undefined);
    expect(stated).toBeGreaterThanOrEqual(0.07);
    expect(stated).toBeLessThanOrEqual(0.14);
    content.forEach((e, i) => {
      const ages = truth[i]?.ages;
      if (ages) expect(`${String(e['name'])} ${htmlToText(e['description']) ?? ''}`).toContain(ages.text);
    });
  });

  it('gives phone numbers only in the text, in 12 to 18 %, UK formats from the drama ranges', () => {
    const withPhones = share((_, i) => (truth[i]?.phones.length ?? 0) > 0);
    expect(withPhones).toBeGreaterThanOrEqual(0.12);
    expect(withPhones).toBeLessThanOrEqual(0.18);
    content.forEach((e, i) => {
      for (const phone of truth[i]?.phones ?? []) {
        expect(String(e['description'])).toContain(phone);
        expect(phone.replace(/\D/g, '')).toMatch(
          /^(01174960|01134960|01632960|07700900|08081570|02079460|01614960|01214960)\d{3}$/,
        );
      }
    });
  });

  it('has referral wording in 5 to 9 %, and the truth says who can get in touch from it', () => {
    const worded = share((_, i) => truth[i]?.referralText !== undefined);
    expect(worded).toBeGreaterThanOrEqual(0.05);
    expect(worded).toBeLessThanOrEqual(0.09);
    content.forEach((e, i) => {
      const t = truth[i] as TruthEntry;
      if (t.referralText) expect(String(e['description'])).toContain(t.referralText);
      if (t.referralText && /referral only|needs a GP|is needed|referral only service/i.test(t.referralText)) {
        expect(t.selfContact).toBe(false);
      }
    });
    // Measured as on the real exports: the usual phrases anywhere in the text.
    const phrases = /self[- ]refer|refer yourself|drop[- ]in|no referral|GP referral|referral only|referral from/i;
    const measured = share((e) => phrases.test(`${String(e['name'])} ${htmlToText(e['description']) ?? ''}`));
    expect(measured).toBeGreaterThanOrEqual(0.05);
    expect(measured).toBeLessThanOrEqual(0.09);
    expect(truth.some((t) => t.selfContact === true && t.referralText === undefined)).toBe(true);
    expect(truth.some((t) => t.selfContact === false)).toBe(true);
  });

  it('carries the vendor audience extension on 18 to 27 %, with trailing spaces, numeric and word ids', () => {
    const audiences = content.flatMap((e) => e['pc_targetAudience'] as Json[]);
    const tagged = share((e) => (e['pc_targetAudience'] as Json[]).length > 0);
    expect(tagged).toBeGreaterThanOrEqual(0.18);
    expect(tagged).toBeLessThanOrEqual(0.27);
    expect(audiences.some((a) => String(a['audienceType']).endsWith(' '))).toBe(true);
    expect(audiences.some((a) => /^\d+$/.test(String(a['id'])))).toBe(true);
    expect(audiences.some((a) => a['id'] === 'Gender_Transgender')).toBe(true);
    for (const type of ['Mental Health', 'Autism', 'LGBTQ+', 'Bereaved', 'Carers', 'Dementia', 'Homeless']) {
      expect(audiences.map((a) => String(a['audienceType']).trim())).toContain(type);
    }
  });

  it('has one nameless entry, one id twice, and mostly ids that are not RFC 4122 UUIDs', () => {
    const nameless = content.filter((e) => e['name'] === '');
    expect(nameless).toHaveLength(1);
    expect(nameless[0]?.['description']).toBe('<p><br></p>');
    const ids = content.map((e) => String(e['id']));
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(twice).toHaveLength(1);
    expect(truth.filter((t) => t.duplicateOf !== undefined)).toHaveLength(1);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const valid = ids.filter((id) =>
      /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id),
    );
    expect(valid.length / ids.length).toBeLessThan(0.3);
  });

  it('is an all-age directory: at least 60 % for adults, the rest for children, young people and families', () => {
    expect(share((_, i) => truth[i]?.inScope === false)).toBeGreaterThanOrEqual(0.6);
    expect(share((_, i) => truth[i]?.audiences.includes('adults-only') === true)).toBeGreaterThanOrEqual(0.55);
    expect(share((_, i) => truth[i]?.inScope === true)).toBeGreaterThanOrEqual(0.2);
  });

  it('has services of one organisation sharing an email address', () => {
    const byEmail = new Map<string, Set<string>>();
    for (const e of content) {
      const email = String(e['email']);
      if (email) byEmail.set(email, (byEmail.get(email) ?? new Set()).add(String(e['name'])));
    }
    expect([...byEmail.values()].some((names) => names.size >= 3)).toBe(true);
  });

  it('has the listings the issue names, with the truth a careful reader gives them', () => {
    const byKind = (kind: string) => truth.filter((t) => t.kind === kind);
    const [harm] = byKind('volunteer-sexual-harm');
    expect(harm?.name).toBe('Volunteer to help prevent sexual harm');
    expect(harm?.concepts).not.toContain('hurting-yourself');
    expect(harm?.inScope).toBe(false);
    const [cafe] = byKind('wellbeing-cafe');
    expect(content[cafe?.index ?? -1]?.['description']).toContain('not for people in crisis');
    expect(cafe?.concepts).not.toContain('hurting-yourself');
    for (const line of [...byKind('crisis-line'), ...byKind('trans-youth-line')]) expect(line.selfContact).toBe(true);
    for (const kind of ['health-watchdog', 'handyman', 'church-cafe', 'dementia-cafe', 'gardening-older']) {
      expect(byKind(kind).length, kind).toBeGreaterThan(0);
      expect(byKind(kind).every((t) => !t.inScope)).toBe(true);
    }
  });
});

describe('the other exports', () => {
  const services = generated.hsds3.export['contents'] as Json[];

  it('ORUK 3.0 services carry eligibility, ages on some, taxonomy terms, contacts, phones, places and schedules', () => {
    expect(services.length).toBeGreaterThanOrEqual(140);
    expect(services.every((s) => typeof s['eligibility_description'] === 'string')).toBe(true);
    expect(services.some((s) => typeof s['minimum_age'] === 'number')).toBe(true);
    expect(services.some((s) => s['minimum_age'] === undefined)).toBe(true);
    const terms = services.flatMap((s) => (s['attributes'] as Json[]).map((a) => (a['taxonomy_term'] as Json)['name']));
    expect(terms).toContain('Mental health');
    expect(terms).toContain('Leisure > Youth clubs');
    expect(services.some((s) => (s['contacts'] as Json[]).length > 0)).toBe(true);
    expect(services.every((s) => (s['phones'] as Json[]).length > 0)).toBe(true);
    const first = (services[0]?.['service_at_locations'] as Json[])[0]?.['location'] as Json;
    expect(((first['addresses'] as Json[])[0] as Json)['postal_code']).toMatch(/^AS\d \d[A-Z]{2}$/);
    expect(((services[0]?.['schedules'] as Json[])[0] as Json)['freq']).toBe('WEEKLY');
    expect(generated.hsds3.truth.services).toHaveLength(services.length);
  });

  it('saved pages say how many pages and services there are', () => {
    const oruk = JSON.parse(generated.files['oruk1-page-1-of-9.json'] ?? '{}') as Json;
    expect(oruk['totalPages']).toBe(9);
    expect((oruk['content'] as Json[]).length).toBeLessThan(Number(oruk['totalElements']));
    const hsds = JSON.parse(generated.files['hsds3-page-1-of-9.json'] ?? '{}') as Json;
    expect(hsds['total_pages']).toBe(9);
    expect((hsds['contents'] as Json[]).length).toBeLessThan(Number(hsds['total_items']));
  });

  it('the CSV is in the template layout, with blank topic, age and self-referral cells on some rows', () => {
    const rows = parse<Record<string, string>>(generated.csv.text, { columns: true });
    const template = readFileSync('data-schema/template.csv', 'utf8').trim().split(',');
    expect(generated.csv.text.split('\n')[0]?.split(',')).toEqual(template);
    expect(rows).toHaveLength(100);
    for (const column of ['topics', 'age_min', 'self_referral']) {
      const blank = rows.filter((r) => r[column] === '').length;
      expect(blank, column).toBeGreaterThan(5);
      expect(blank, column).toBeLessThan(95);
    }
    expect(rows.some((r) => /\b\d{4,5} ?\d{3} ?\d{3,4}\b/.test(r['description'] ?? ''))).toBe(true);
    expect(generated.csv.truth.services.map((t) => t.index)).toEqual(rows.map((_, i) => i + 2));
  });
});

describe('the personas', () => {
  const known = new Set([...DEFAULT_TOPICS.map((t) => t.id), 'relationships-sex', 'money-housing']);

  it('use the topic ids the finder ships, and the two being added', () => {
    expect(new Set(CONCEPTS)).toEqual(known);
  });

  it('are at least 40, with unique ids, known seekers, languages and topics', () => {
    expect(PERSONAS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(PERSONAS.map((p) => p.id)).size).toBe(PERSONAS.length);
    for (const p of PERSONAS) {
      expect(SEEKERS).toContain(p.seeker);
      expect(LEXICON_LANGUAGES).toContain(p.lang);
      expect(p.expected.length, p.id).toBeGreaterThan(0);
      for (const c of [...p.expected, ...p.topics]) expect(known, `${p.id}: ${c}`).toContain(c);
      expect(p.age).toBeGreaterThanOrEqual(0);
      expect(p.age).toBeLessThan(26);
    }
    for (const lang of ['pl', 'ar', 'cy']) expect(PERSONAS.some((p) => p.lang === lang)).toBe(true);
    expect(PERSONAS.filter((p) => p.topics.length === 0).length).toBeGreaterThan(PERSONAS.length / 3);
  });

  it('cover every need the issue names', () => {
    const expected = new Set(PERSONAS.flatMap((p) => p.expected));
    for (const need of [
      'feeling-worried',
      'feeling-low',
      'how-i-think',
      'bullying',
      'loss',
      'hurting-yourself',
      'eating-body-image',
      'identity',
      'drugs-alcohol',
      'caring',
      'relationships-sex',
      'money-housing',
      'school-stress',
      'anger',
      'being-online',
      'something-happened',
      'friendships',
      'parenting',
    ]) {
      expect(expected, need).toContain(need);
    }
    expect(PERSONAS.find((p) => p.ownWords === "I feel anxious all the time and can't sleep")?.age).toBe(14);
    expect(PERSONAS.find((p) => p.ownWords === 'I might be pregnant')).toBeDefined();
  });

  it('name only listings that exist and are relevant to them by the truth', () => {
    const byId = new Map(truth.map((t) => [t.id, t]));
    for (const p of PERSONAS) {
      for (const id of p.expectedServiceIds ?? []) expect(isRelevant(byId.get(id), p), `${p.id}: ${id}`).toBe(true);
    }
  });

  it('each have services in the directory that a perfect ranking would put first', () => {
    for (const p of PERSONAS) {
      expect(truth.filter((t) => isRelevant(t, p)).length, p.id).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('the benchmark helpers', () => {
  const persona: Persona = {
    id: 'x',
    seeker: 'parent-carer',
    age: 8,
    lang: 'en',
    ownWords: '',
    topics: [],
    expected: ['how-i-think'],
  };
  const entry = (over: Partial<TruthEntry>): TruthEntry => ({
    index: 0,
    id: 'a',
    name: 'A',
    kind: 'k',
    inScope: true,
    concepts: ['how-i-think'],
    audiences: ['parent-carer'],
    selfContact: 'unknown',
    phones: [],
    audienceTypes: [],
    html: true,
    ...over,
  });

  it('judge relevance by concept, audience and the ages the text gives', () => {
    expect(isRelevant(entry({}), persona)).toBe(true);
    expect(isRelevant(entry({ concepts: ['loss'] }), persona)).toBe(false);
    expect(isRelevant(entry({ audiences: ['adults-only'] }), persona)).toBe(false);
    expect(isRelevant(entry({ ages: { min: 11, max: 18, text: '' } }), persona)).toBe(false);
    expect(isRelevant(entry({ audiences: ['parent-carer'] }), { ...persona, seeker: 'me' })).toBe(false);
    expect(isRelevant(entry({ inScope: false }), persona)).toBe(false);
    expect(isRelevant(undefined, persona)).toBe(false);
  });

  it('read the report tables, pipes in cells included', () => {
    const tables = markdownTables('# R\n\n| Id | Reason |\n| --- | --- |\n| a | no \\| name |\n| b | x |\n\ntext\n');
    expect(tables).toEqual([
      [
        { Id: 'a', Reason: 'no | name' },
        { Id: 'b', Reason: 'x' },
      ],
    ]);
  });

  it('count only topics marked inferred when the feed gives provenance', () => {
    expect(topicsOf({ topics: ['a', 'b'] })).toEqual({ topics: ['a', 'b'] });
    expect(
      topicsOf({
        topics: ['a', 'b'],
        provenance: [
          { field: 'topics', value: 'a', from: 'inferred' },
          { field: 'topics', value: 'b', from: 'default' },
        ],
      }),
    ).toEqual({ topics: ['a', 'b'], inferred: ['a'] });
    expect(topicsOf({ topics: ['a'], provenance: { topics: { from: 'inferred', evidence: 'anxiety' } } })).toEqual({
      topics: ['a'],
      inferred: ['a'],
    });
  });
});
