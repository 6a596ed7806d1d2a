// `npm run openapi`: writes docs/api/openapi.json (from the route registry and its Zod schemas) and
// docs/api/walk.sh (the documented curl walk). Both are committed; test/api/openapi.test.ts fails
// when either is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildOpenApi, walkScript, WALK_STEPS } from '../src/mocks/index';

const openapi = resolve('docs/api/openapi.json');
mkdirSync(dirname(openapi), { recursive: true });
writeFileSync(openapi, `${JSON.stringify(buildOpenApi(), null, 2)}\n`);
console.log(`OpenAPI 3.1 écrit dans ${openapi}`);

const walk = resolve('docs/api/walk.sh');
writeFileSync(walk, walkScript(WALK_STEPS), { mode: 0o755 });
console.log(`Parcours curl écrit dans ${walk}`);
