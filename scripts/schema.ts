/** Writes data-schema/feed.schema.json from the zod schema. */
import { writeFileSync } from 'node:fs';
import { jsonSchemaText } from './json-schema.ts';

const target = new URL('../data-schema/feed.schema.json', import.meta.url);
writeFileSync(target, jsonSchemaText());
console.log(`wrote ${target.pathname}`);
