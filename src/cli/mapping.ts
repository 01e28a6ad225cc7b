/**
 * The mapping file an officer fills in for `import-hsds`: how the directory's taxonomy terms and
 * audience codes become the finder's topics and groups, which area names and postcodes belong to
 * which feed area, the defaults for what directories rarely record, and which services are in
 * scope. See data-schema/examples/mapping.example.json.
 */
import * as z from 'zod/mini';
import { issueMessage } from '../feed/parse.ts';
import {
  ageRange,
  area,
  audience,
  delivery,
  isoDate,
  languageTag,
  partnership,
  slug,
  topic,
  urgentContact,
} from '../feed/schema.ts';
import { cleanLine } from './clean.ts';

const termTarget = z.object({
  topics: z.optional(z.array(slug)),
  groups: z.optional(z.array(slug)),
  audiences: z.optional(z.array(audience)),
  /** A term that means "no referral needed" (or "referral only": false). */
  selfReferral: z.optional(z.boolean()),
});

export const mappingSchema = z.object({
  partnership: z.optional(partnership),
  areas: z.optional(
    z.array(
      z.object({
        ...area.def.shape,
        /** Names the directory uses for this area, e.g. "Bristol City Council area". */
        match: z.optional(z.array(z.string())),
      }),
    ),
  ),
  topics: z.optional(z.array(topic)),
  urgentHelp: z.optional(z.array(urgentContact)),
  /** Taxonomy term names, codes or ids, and audience codes, with what each means in the feed. */
  terms: z.optional(z.record(z.string(), termTarget)),
  defaults: z.optional(
    z.object({
      topics: z.optional(z.array(slug)),
      delivery: z.optional(z.array(delivery)),
      selfReferral: z.optional(z.boolean()),
      ages: z.optional(ageRange),
      areas: z.optional(z.union([z.literal('all'), z.array(slug)])),
      description: z.optional(z.string()),
      lastReviewed: z.optional(isoDate),
      languages: z.optional(z.array(languageTag)),
    }),
  ),
  /** Which services to take. With no scope, every active service is taken. */
  scope: z.optional(
    z.object({
      /** Services whose youngest age is below this are in scope. */
      agesUnder: z.optional(z.number()),
      /** Services with any of these terms are in scope. */
      terms: z.optional(z.array(z.string())),
      /** Whether services that give no ages are in scope when no term puts them in. Default false. */
      includeUnknownAges: z.optional(z.boolean()),
    }),
  ),
});

export type Mapping = z.infer<typeof mappingSchema>;
export type TermTarget = z.infer<typeof termTarget>;

/** Checks a mapping file; throws one message listing every problem. */
export function parseMapping(json: unknown, source: string): Mapping {
  const result = mappingSchema.safeParse(json, { reportInput: true });
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (i) => `  ${i.path.map(String).join('.') || '(top level)'}: ${issueMessage(i)}`,
  );
  throw new Error(`The mapping file ${source} has mistakes:\n${problems.join('\n')}`);
}

/** How names are compared: case, spacing, "&"/"and" and punctuation do not matter. */
export function matchKey(text: string): string {
  return cleanLine(text)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Looks up a term by any of its names or codes. */
export function termLookup(mapping: Mapping): Map<string, TermTarget> {
  return new Map(Object.entries(mapping.terms ?? {}).map(([key, target]) => [matchKey(key), target]));
}
