import { describe, expect, it } from 'vitest';
import { inferAges } from '../../../src/cli/infer/ages.ts';
import { audienceTypeMeaning, audienceTypesOf } from '../../../src/cli/infer/audience-types.ts';
import { inferAudiences } from '../../../src/cli/infer/audiences.ts';
import { completeFromText } from '../../../src/cli/infer/complete.ts';
import { inferContacts } from '../../../src/cli/infer/contacts.ts';
import { inferReferral } from '../../../src/cli/infer/referral.ts';
import { applyCorrection, readReviewSheet, toCsv } from '../../../src/cli/infer/review-sheet.ts';
import { decideScope, type ScopeInput } from '../../../src/cli/infer/scope.ts';
import { adultTopics, inferTopics } from '../../../src/cli/infer/topics.ts';

const topicsOf = (name: string, text = ''): string[] => inferTopics(name, text).map((t) => t.topic);

describe('topics from a service’s name and text', () => {
  it.each([
    ['Youth counselling', 'Counselling for young people who feel anxious.', ['wellbeing', 'feeling-worried']],
    ['Bereavement support', 'For children after someone has died.', ['loss']],
    ['Rainbow group', 'A group for LGBTQ+ young people.', ['identity']],
    ['Clinic', 'Contraception, pregnancy tests and sexual health advice.', ['relationships-sex']],
    ['Advice centre', 'Help with debt, rent arrears and Universal Credit.', ['money-housing']],
    ['Support', 'For young people who self-harm.', ['hurting-yourself']],
    ['Eating disorder support', '', ['eating-body-image']],
  ])('%s → %j', (name, text, expected) => {
    expect(topicsOf(name, text)).toEqual(expect.arrayContaining(expected));
  });

  it('records the source’s words as evidence and a confidence', () => {
    const [worried] = inferTopics('Drop-in', 'Support for young people with anxiety.');
    expect(worried).toEqual({ topic: 'feeling-worried', evidence: ['anxiety'], confidence: 0.8 });
    // A strong word in the name is surer than one in the text.
    expect(inferTopics('Anxiety group', '')[0]?.confidence).toBe(0.9);
  });

  it('does not take "sexual harm" for self-harm, nor "harm reduction" for hurting yourself', () => {
    expect(topicsOf('Volunteer to help prevent sexual harm', 'Help prevent sexual harm.')).not.toContain(
      'hurting-yourself',
    );
    const drugs = topicsOf('Recovery', 'A harm reduction service for people who use drugs.');
    expect(drugs).toContain('drugs-alcohol');
    expect(drugs).not.toContain('hurting-yourself');
  });

  it('ignores a negated cue', () => {
    expect(topicsOf('Cafe', 'This is not a counselling service.')).not.toContain('wellbeing');
    expect(topicsOf('Volunteers', 'No experience of mental health needed.')).toEqual([]);
    expect(topicsOf('Peer cafe', 'Not for people in crisis.')).toEqual([]);
    // "or not" and "not just" are not negations.
    expect(topicsOf('Group', 'Whether or not you have anxiety, come along.')).toContain('feeling-worried');
  });

  it('needs more than one weak word: one everyday word makes no topic', () => {
    expect(topicsOf('Lunch club', 'Hot food and drinks at home for the family.')).toEqual([]);
    expect(topicsOf('Money', 'A lunch club.')).toEqual([]);
    expect(topicsOf('Money club', 'Help with budgeting.')).toEqual(['money-housing']);
    expect(topicsOf('Hair salon', 'Hair cutting for everyone.')).toEqual([]);
  });

  it('does not stem another language’s words onto English ones (Romanian “teamă” is not “team”)', () => {
    expect(topicsOf('Getting Help Team', 'A team of staff.')).toEqual([]);
  });

  it('names adult-only needs for scope', () => {
    expect(adultTopics('Memory cafe', 'For people living with dementia.').map((a) => a.label)).toEqual([
      'dementia care',
    ]);
    expect(adultTopics('Youth club', 'Games and chat.')).toEqual([]);
  });
});

describe('ages from text', () => {
  it.each([
    ['young people aged 16 to 25', 16, 25],
    ['for 16-25 year olds', 16, 25],
    ['11–18 year olds', 11, 18],
    ['under 18s', 0, 17],
    ['up to 19', 0, 19],
    ['for over 50s', 50, 120],
    ['a 50+ walking group', 50, 120],
    ['ages 5 to 11', 5, 11],
    ['children aged 8-12', 8, 12],
    ['LGBTQ+ young people, 13-19.', 13, 19],
    ['open to all ages', 0, 120],
    ['first-time mothers aged 19 or under', 0, 19],
    ['young people 11-19 (up to 25 with SEND)', 11, 25],
  ])('%s → %i–%i', (text, min, max) => {
    expect(inferAges(text)).toMatchObject({ min, max });
  });

  it('gives no ages for words without numbers, times, phone numbers or counts', () => {
    for (const text of [
      'young people',
      'Open 10-12pm',
      'Monday 10-12 for young people',
      'Call 0117 496 0000',
      'groups of up to 10 people',
      '£5+ entry',
    ]) {
      expect(inferAges(text), text).toBeUndefined();
    }
  });

  it('reads school stages as a weaker hint, only when no numbers are given', () => {
    expect(inferAges('for primary school children')).toEqual({
      min: 4,
      max: 11,
      evidence: ['primary school'],
      confidence: 0.5,
    });
    expect(inferAges('secondary school pupils')).toMatchObject({ min: 11, max: 18, confidence: 0.5 });
    expect(inferAges('secondary school pupils aged 11 to 16')).toMatchObject({ min: 11, max: 16, confidence: 0.9 });
  });

  it('reads a negated "under 18s" as that age and over', () => {
    expect(inferAges('not suitable for under 18s')).toMatchObject({ min: 18, max: 120 });
  });
});

describe('who a service is for', () => {
  it('finds young people, parents and carers, professionals; families are both', () => {
    expect(inferAudiences('For parents and carers of toddlers').audiences).toEqual(['young-person', 'parent-carer']);
    expect(inferAudiences('Training for professionals and practitioners').audiences).toEqual(['professional']);
    expect(inferAudiences('Days out for families').audiences).toEqual(['young-person', 'parent-carer']);
    expect(inferAudiences('A club for teenagers')).toMatchObject({ young: true, adultsOnly: false });
  });

  it('says adults only only when nothing names young people', () => {
    expect(inferAudiences('Classes for adults')).toMatchObject({ adultsOnly: true, young: false });
    expect(inferAudiences('Lunch for older people')).toMatchObject({ adultsOnly: true });
    expect(inferAudiences('For over 18s')).toMatchObject({ adultsOnly: true });
    expect(inferAudiences('For adults and young people')).toMatchObject({ adultsOnly: false, young: true });
    expect(inferAudiences('Not just for adults: children welcome')).toMatchObject({ adultsOnly: false });
    expect(inferAudiences('Stroke survivors and their families')).toMatchObject({ young: false, families: true });
  });
});

describe('whether people can contact it themselves', () => {
  it.each([
    ['You can self refer.', true],
    ['You can refer yourself by phone.', true],
    ['Drop in on Mondays.', true],
    ['No referral needed.', true],
    ['There is no need for a referral.', true],
    ['You do not need a referral.', true],
    ['Just turn up!', true],
    ['Call us for a chat.', true],
    ['Give us a ring to book your place.', true],
    ['How to access: Contact: 0117 496 0899', true],
    ['By referral only.', false],
    ['GP referral needed.', false],
    ['Young people must be referred by a professional.', false],
    ['Self-referrals are not accepted.', false],
  ])('%s → %s', (text, expected) => {
    expect(inferReferral(text).selfReferral).toBe(expected);
  });

  it('says nothing when the text does not, and nothing when it says both', () => {
    expect(inferReferral('A youth club.').selfReferral).toBeUndefined();
    const both = inferReferral('Drop in on Mondays. The counselling is by referral only.');
    expect(both).toMatchObject({ conflicting: true, evidence: ['Drop in', 'by referral only'] });
    expect(both.selfReferral).toBeUndefined();
  });

  it('names who refers, only in sentences about referral', () => {
    expect(inferReferral('Referral from your social worker or health visitor.').referralFrom).toEqual([
      'social-work',
      'health-visitor',
    ]);
    expect(inferReferral('Must be referred by your GP or CAMHS.').referralFrom).toEqual(['gp', 'camhs']);
    expect(inferReferral('We visit schools. Drop in any time.').referralFrom).toEqual([]);
  });
});

describe('contact details in the text', () => {
  it('finds UK phone numbers in the ways people write them', () => {
    for (const [text, phone] of [
      ['Tel: 0117 496 0000.', '0117 496 0000'],
      ['Call 0800 123 4567 free', '0800 123 4567'],
      ['Text 07700 900123', '07700 900123'],
      ['+44 (0)117 496 0505', '+44 (0)117 496 0505'],
      ['Call Samaritans on 116 123', '116 123'],
    ] as const) {
      expect(inferContacts(text).phone?.value, text).toBe(phone);
    }
  });

  it('does not take charity numbers, dates or sums for phone numbers', () => {
    expect(inferContacts('Registered charity 1234567. Founded 2019. £250 grant.').phone).toBeUndefined();
  });

  it('finds email and web addresses, and leaves placeholders out', () => {
    expect(inferContacts('Email hello@youth.org.uk or visit www.youth.org.uk.')).toMatchObject({
      email: { value: 'hello@youth.org.uk' },
      web: { value: 'https://www.youth.org.uk/' },
    });
    expect(inferContacts('Email info@example.com')).toEqual({});
  });
});

describe('ORUK audience types through the built-in table', () => {
  it('reads pc_targetAudience (in snake_case), trimmed', () => {
    expect(
      audienceTypesOf({ pc_target_audience: [{ id: '1', audience_type: 'Dementia ' }, { audience_type: 'LGBTQ+' }] }),
    ).toEqual(['Dementia', 'LGBTQ+']);
  });

  it.each([
    ['Mental Health', { topics: ['wellbeing'] }],
    ['Autism', { topics: ['how-i-think'], groups: ['neurodivergent'] }],
    ['LGBTQ+', { topics: ['identity'], groups: ['lgbtq'] }],
    ['Bereaved', { topics: ['loss'], groups: ['bereaved'] }],
    ['Young People', { scope: 'young' }],
    ['Families', { audiences: ['young-person', 'parent-carer'], scope: 'young' }],
    ['Dementia', { scope: 'adult', label: 'dementia care' }],
    ['Homeless', { topics: ['money-housing'] }],
    ['Drug and Alcohol Misuse', { topics: ['drugs-alcohol'] }],
    ['Sensory Impaired>Visually Impaired', { groups: ['disabled'] }],
    ['Gender_Transgender', { groups: ['lgbtq'] }],
  ])('%s', (type, meaning) => {
    expect(audienceTypeMeaning(type)).toMatchObject(meaning);
  });

  it('knows nothing of a type it has no row for', () => {
    expect(audienceTypeMeaning('Allotment holders')).toBeUndefined();
  });
});

describe('scope', () => {
  const base: ScopeInput = {
    topics: [],
    young: false,
    families: false,
    adultsOnly: false,
    audienceEvidence: [],
    adultTopics: [],
    youngTypes: [],
    adultTypes: [],
  };

  it('keeps services for young people and says why', () => {
    expect(decideScope({ ...base, ages: { min: 11, max: 18 } })).toEqual({ keep: true, reason: 'for ages 11 to 18' });
    expect(decideScope({ ...base, young: true, audienceEvidence: ['young people'] })).toMatchObject({ keep: true });
    expect(decideScope({ ...base, youngTypes: ['Families'] })).toMatchObject({ keep: true });
  });

  it('leaves adult services out with the reason in plain words', () => {
    expect(decideScope({ ...base, ages: { min: 50, max: 120 } })).toEqual({
      keep: false,
      reason: 'for adults 50 and over',
    });
    expect(decideScope({ ...base, adultTopics: [{ label: 'dementia care', evidence: 'dementia' }] })).toMatchObject({
      keep: false,
      reason: 'dementia care (the text says “dementia”)',
    });
    expect(decideScope({ ...base, adultsOnly: true, audienceEvidence: ['adults'], topics: ['money-housing'] })).toEqual(
      {
        keep: false,
        reason: 'for adults (the text says “adults”)',
      },
    );
  });

  it('keeps a service nothing places by its topic, and says so; leaves out one with nothing at all', () => {
    expect(decideScope({ ...base, topics: ['feeling-worried'] })).toEqual({
      keep: true,
      reason: 'nothing says who it is for; kept because it is about feeling-worried',
    });
    expect(decideScope(base).keep).toBe(false);
    // An all-ages helpline on a young people's topic is in; an all-ages one on nothing is not.
    expect(decideScope({ ...base, ages: { min: 0, max: 120 }, topics: ['loss'] }).keep).toBe(true);
    expect(decideScope({ ...base, ages: { min: 0, max: 120 } }).keep).toBe(false);
  });

  it('prefers children to an adult need, but an adult need to families', () => {
    const dementia = [{ label: 'dementia care', evidence: 'dementia' }];
    expect(decideScope({ ...base, young: true, adultTopics: dementia }).keep).toBe(true);
    expect(decideScope({ ...base, families: true, adultTopics: dementia }).keep).toBe(false);
  });
});

describe('completeFromText fills only what the source lacks', () => {
  it('leaves source values alone and records provenance for each inferred one', () => {
    const service: Record<string, unknown> = {
      topics: ['sleep'],
      ages: 'unknown',
      access: { selfReferral: true },
      contact: { phone: '0100 000 0000' },
    };
    const used: string[] = [];
    completeFromText(
      service,
      { name: 'Club', body: 'For anxious young people aged 11-16. Tel 0117 496 0000.' },
      {},
      used,
    );
    expect(service['topics']).toEqual(['sleep']);
    expect(service['access']).toEqual({ selfReferral: true });
    expect(service['contact']).toEqual({ phone: '0100 000 0000' });
    expect(service['ages']).toEqual({ min: 11, max: 16 });
    expect(service['provenance']).toMatchObject({
      ages: { from: 'inferred', evidence: ['aged 11-16'], confidence: 0.9 },
      audiences: { from: 'inferred', evidence: ['young people'] },
    });
    expect(service['provenance']).not.toHaveProperty('topics');
    expect(used).toEqual([]);
  });

  it('writes unknown, or the mapping default marked as a default, when the text says nothing', () => {
    const blank = (): Record<string, unknown> => ({ topics: [], ages: 'unknown', access: { selfReferral: 'unknown' } });
    const unknown = blank();
    completeFromText(unknown, { name: 'Club', body: 'A club.' }, {}, []);
    expect(unknown).toMatchObject({ topics: [], ages: 'unknown', access: { selfReferral: 'unknown' } });
    const defaulted = blank();
    const used: string[] = [];
    completeFromText(
      defaulted,
      { name: 'Club', body: 'A club.' },
      { ages: { min: 0, max: 25 }, selfReferral: false },
      used,
    );
    expect(defaulted).toMatchObject({
      ages: { min: 0, max: 25 },
      access: { selfReferral: false },
      provenance: { ages: { from: 'default' }, 'access.selfReferral': { from: 'default' } },
    });
    expect(used).toEqual([
      'ages: none in the source or its text, so 0–25',
      'self-referral: not in the source or its text, so no',
    ]);
  });
});

describe('the review sheet as a file', () => {
  it('protects cells that a spreadsheet would run as formulas, and reads them back as written', () => {
    const csv = toCsv([
      ['id', 'name', 'phone: confirm or correct'],
      ['a', '=HYPERLINK("x")', '+44 117 496 0000'],
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const read = readReviewSheet(csv, 'sheet.csv');
    expect(read.corrections.get('a')?.cells.get('phone')).toBe('+44 117 496 0000');
  });

  it('reads a sheet saved with semicolons, and says which rows and columns it could not use', () => {
    const sheet = '\uFEFFid;name;ages: confirm or correct\r\na;A;11-18\r\n;B;12-16\r\n';
    const read = readReviewSheet(sheet, 'sheet.csv');
    expect(read.corrections.get('a')?.cells.get('ages')).toBe('11-18');
    expect(read.problems).toEqual(['sheet.csv row 3: there is no id, so its corrections were not used.']);
    expect(readReviewSheet('name\r\nA\r\n', 'other.csv').problems[0]).toMatch(/has no "id" column/);
  });

  it('applies a correction, names a bad cell by row and column, and leaves that value as it was', () => {
    const service: Record<string, unknown> = {
      topics: ['sleep'],
      ages: 'unknown',
      access: { selfReferral: 'unknown' },
    };
    const problems = applyCorrection(
      service,
      {
        row: 7,
        id: 'a',
        name: 'A',
        cells: new Map([
          ['topics', 'feeling-low; sleep'],
          ['ages', 'eleven'],
          ['self-referral', 'no'],
        ]),
      },
      'j.smith',
      'sheet.csv',
    );
    expect(service).toMatchObject({
      topics: ['feeling-low', 'sleep'],
      ages: 'unknown',
      access: { selfReferral: false },
    });
    expect(service['provenance']).toEqual({
      topics: { from: 'reviewed', by: 'j.smith' },
      'topics.feeling-low': { from: 'reviewed', by: 'j.smith' },
      'topics.sleep': { from: 'reviewed', by: 'j.smith' },
      'access.selfReferral': { from: 'reviewed', by: 'j.smith' },
    });
    expect(problems).toEqual([
      'sheet.csv row 7, column "ages: confirm or correct": "eleven" should be two ages such as 11-18 (or 18+), youngest first, at most 120. That value was left as it was.',
    ]);
  });
});
