/**
 * Builds the published JSON Schema from the zod schema, for `npm run schema` and its freshness
 * test; beside the script, so the descriptions here never reach the browser bundle.
 */
import * as z from 'zod/mini';
import {
  access,
  ageRange,
  area,
  contact,
  feedDocument,
  localisedText,
  location,
  openingHours,
  partnership,
  service,
  topic,
  urgentContact,
} from '../src/feed/schema.ts';

const docs: [z.core.$ZodType, string][] = [
  [
    localisedText,
    'Text a person reads: a string, or an object of language tags to translations, e.g. {"en": "…", "gd": "…"}.',
  ],
  [ageRange, 'Ages served, in whole years, inclusive.'],
  [openingHours, 'A weekly session in the partnership time zone. `closes` earlier than `opens` runs past midnight.'],
  [contact, 'Ways to get in touch. Only https/http/tel/sms/mailto links are ever shown.'],
  [location, 'A place the service is delivered.'],
  [access, 'Whether a person can get in touch themselves, and who else can refer or make contact.'],
  [service, 'One support or service.'],
  [area, 'A local area the partnership covers.'],
  [topic, 'Something a person may want help with, in everyday words.'],
  [urgentContact, 'A crisis or urgent-help contact shown in every state of the finder.'],
  [partnership, 'Who publishes the feed.'],
];

export function buildJsonSchema(): Record<string, unknown> {
  const registry = z.registry<{ description: string }>();
  for (const [schema, description] of docs) registry.add(schema, { description });
  const schema = z.toJSONSchema(feedDocument, {
    metadata: registry,
    io: 'input',
    unrepresentable: 'any',
    reused: 'ref',
  });
  return {
    $id: 'https://support-finder.example.org/schema/feed-1.json',
    title: 'Support Finder feed, version 1',
    description:
      'A partnership’s published list of children’s, young people’s and families’ mental-health and wellbeing supports. Generated from src/feed/schema.ts by `npm run schema`; do not edit by hand.',
    ...schema,
  };
}

export function jsonSchemaText(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
