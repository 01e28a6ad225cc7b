/**
 * Node timing of the service checks alone at 5,000 services: zod's safeParse against the checker
 * derived from it, first run (cold) and again (warm). `npx tsx scripts/bench/derive-time.ts zod|derived`
 */
import { syntheticFeedJson } from './feeds.ts';
import { derive, FAIL } from '../../src/feed/derive-check.ts';
import { service } from '../../src/feed/schema.ts';

const text = syntheticFeedJson(5000);
const useZod = process.argv[2] === 'zod';
const check = derive(service);
for (let round = 0; round < 5; round++) {
  const { services } = JSON.parse(text) as { services: unknown[] };
  const start = performance.now();
  let rejected = 0;
  for (const raw of services) if (!(useZod ? service.safeParse(raw).success : check(raw) !== FAIL)) rejected++;
  const ms = (performance.now() - start).toFixed(0);
  console.log(`${useZod ? 'zod' : 'derived'} ${round ? 'warm' : 'cold'} ${ms} ms, ${rejected} rejected`);
}
