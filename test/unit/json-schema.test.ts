import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText } from '../../scripts/json-schema.ts';

describe('data-schema/feed.schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema` to refresh)', () => {
    const committed = readFileSync(new URL('../../data-schema/feed.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(jsonSchemaText());
  });

  it('documents the objects a partnership officer fills in', () => {
    const schema = JSON.parse(jsonSchemaText()) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['version', 'partnership', 'updated', 'areas', 'services', 'urgentHelp']),
    );
    expect(jsonSchemaText()).toContain('One support or service.');
  });
});
