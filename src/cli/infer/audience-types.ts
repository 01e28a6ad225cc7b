/**
 * The audience types council directories attach to services through the ORUK 1.0 vendor
 * extension `pc_targetAudience[].audienceType` ("Mental Health", "LGBTQ+", "Dementia",
 * "Sensory Impaired>Visually Impaired"), read through a built-in table into the finder's topics,
 * groups and audiences, and into scope (a young people's type keeps a service, an adult-only
 * type leaves it out). A mapping's `terms` still win over this table.
 */
import type { Audience } from '../../feed/schema.ts';
import { matchKey, type TermTarget } from '../mapping.ts';
import { isObject } from '../hsds-read.ts';

export interface AudienceTypeMeaning extends TermTarget {
  /** `young`: the type names children, young people or families; `adult`: it names only adults. */
  scope?: 'young' | 'adult';
  /** Plain words for a service left out for this type: "dementia care". */
  label?: string;
  /** A broad type ("Mental Health"): its topic gives way to the more precise ones the text names. */
  broad?: boolean;
}

const young = (audiences: Audience[] = ['young-person']): AudienceTypeMeaning => ({ audiences, scope: 'young' });

/** Keys are compared with matchKey: case, spacing, "&"/"and" and punctuation do not matter. */
const TABLE: Readonly<Record<string, AudienceTypeMeaning>> = {
  'mental health': { topics: ['wellbeing'], broad: true },
  'emotional wellbeing': { topics: ['wellbeing'], broad: true },
  wellbeing: { topics: ['wellbeing'], broad: true },
  anxiety: { topics: ['feeling-worried'] },
  depression: { topics: ['feeling-low'] },
  autism: { topics: ['how-i-think'], groups: ['neurodivergent'] },
  asd: { topics: ['how-i-think'], groups: ['neurodivergent'] },
  adhd: { topics: ['how-i-think'], groups: ['neurodivergent'] },
  neurodiversity: { topics: ['how-i-think'], groups: ['neurodivergent'] },
  'learning disabilities': { topics: ['how-i-think'], groups: ['disabled'] },
  'learning disability': { topics: ['how-i-think'], groups: ['disabled'] },
  send: { topics: ['how-i-think'], groups: ['disabled'], scope: 'young' },
  lgbtq: { topics: ['identity'], groups: ['lgbtq'] },
  lgbt: { topics: ['identity'], groups: ['lgbtq'] },
  'gender transgender': { topics: ['identity'], groups: ['lgbtq'] },
  transgender: { topics: ['identity'], groups: ['lgbtq'] },
  bereaved: { topics: ['loss'], groups: ['bereaved'] },
  bereavement: { topics: ['loss'], groups: ['bereaved'] },
  carers: { topics: ['caring'] },
  'young carers': { topics: ['caring'], groups: ['young-carers'], audiences: ['young-person'], scope: 'young' },
  'young people': young(),
  youth: young(),
  teenagers: young(),
  children: young(),
  'children and young people': young(),
  'children and families': young(['young-person', 'parent-carer']),
  families: young(['young-person', 'parent-carer']),
  parents: young(['parent-carer']),
  'parents and carers': young(['parent-carer']),
  'early years': young(['parent-carer']),
  students: young(),
  'care leavers': { groups: ['care-experienced'], audiences: ['young-person'], scope: 'young' },
  'looked after children': { groups: ['care-experienced'], audiences: ['young-person'], scope: 'young' },
  'domestic abuse': { topics: ['something-happened'], groups: ['domestic-abuse'] },
  'domestic violence': { topics: ['something-happened'], groups: ['domestic-abuse'] },
  'drug and alcohol misuse': { topics: ['drugs-alcohol'] },
  'drugs and alcohol': { topics: ['drugs-alcohol'] },
  'substance misuse': { topics: ['drugs-alcohol'] },
  homeless: { topics: ['money-housing'] },
  homelessness: { topics: ['money-housing'] },
  unemployed: { topics: ['money-housing'] },
  'low income': { topics: ['money-housing'] },
  refugees: { groups: ['refugees'] },
  'refugees and asylum seekers': { groups: ['refugees'] },
  'asylum seekers': { groups: ['refugees'] },
  'disabled people': { groups: ['disabled'] },
  disabled: { groups: ['disabled'] },
  'physical disabilities': { groups: ['disabled'] },
  'sensory impaired': { groups: ['disabled'] },
  'visually impaired': { groups: ['disabled'] },
  'hearing impaired': { groups: ['deaf'] },
  deaf: { groups: ['deaf'] },
  'long term health conditions': {},
  'ethnic minorities': {},
  women: {},
  men: {},
  veterans: { scope: 'adult', label: 'for armed forces veterans' },
  dementia: { scope: 'adult', label: 'dementia care' },
  'older people': { scope: 'adult', label: 'for older people' },
  'older adults': { scope: 'adult', label: 'for older people' },
  'over 50s': { scope: 'adult', label: 'for adults 50 and over' },
  adults: { scope: 'adult', label: 'for adults' },
  stroke: { scope: 'adult', label: 'stroke support' },
  'armed forces': { scope: 'adult', label: 'for armed forces veterans' },
};

/** The audience types of a record: `pc_target_audience[].audience_type` (read in snake_case), trimmed. */
export function audienceTypesOf(record: Record<string, unknown>): string[] {
  const raw = record['pc_target_audience'] ?? record['target_audience'];
  const list = Array.isArray(raw) ? raw.filter(isObject) : [];
  const names = list
    .map((a) => a['audience_type'] ?? a['name'])
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  return [...new Set(names)];
}

/**
 * What the built-in table says an audience type means; for "Sensory Impaired>Visually Impaired"
 * the most specific part the table knows. Undefined for a type it does not know.
 */
export function audienceTypeMeaning(type: string): AudienceTypeMeaning | undefined {
  const parts = type.split('>').map(matchKey);
  for (const key of [matchKey(type), ...parts.reverse()]) {
    const found = TABLE[key];
    if (found) return found;
  }
  return undefined;
}
