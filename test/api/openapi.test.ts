/**
 * The generated documentation is current and complete: docs/api/openapi.json and docs/api/walk.sh
 * match what `npm run openapi` would write, and docs/api/README.md lists every route, every error
 * code and every simplification.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildOpenApi, openApiPath } from '../../src/mocks/openapi';
import { ALL_ROUTES } from '../../src/mocks/routes/index';
import { SIMPLIFICATIONS } from '../../src/mocks/simplifications';
import { STATUS_BY_CODE } from '../../src/mocks/to-http';
import { walkScript, WALK_STEPS } from '../../src/mocks/walk/index';

const readme = readFileSync('docs/api/README.md', 'utf8');

describe('generated files are not stale (run `npm run openapi`)', () => {
  test('docs/api/openapi.json', () => {
    const committed = readFileSync('docs/api/openapi.json', 'utf8');
    expect(committed, 'docs/api/openapi.json est périmé : lancez npm run openapi').toBe(
      `${JSON.stringify(buildOpenApi(), null, 2)}\n`,
    );
  });

  test('docs/api/walk.sh', () => {
    expect(
      readFileSync('docs/api/walk.sh', 'utf8'),
      'docs/api/walk.sh est périmé : lancez npm run openapi',
    ).toBe(walkScript(WALK_STEPS));
  });
});

describe('the OpenAPI document', () => {
  const doc = buildOpenApi() as {
    openapi: string;
    paths: Record<
      string,
      Record<string, { operationId: string; responses: Record<string, unknown> }>
    >;
    components: { schemas: Record<string, unknown> };
  };

  test('is OpenAPI 3.1 with one operation per route, each with its errors', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const route of ALL_ROUTES) {
      const op = doc.paths[openApiPath(route.path)]?.[route.method];
      expect(op?.operationId, `${route.method} ${route.path}`).toBe(route.id);
      expect(Object.keys(op?.responses ?? {})).toContain('404');
      if (route.auth !== 'none') expect(Object.keys(op?.responses ?? {})).toContain('401');
    }
  });

  test('every $ref resolves', () => {
    const refs = [
      ...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g),
    ].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(doc.components.schemas[ref], ref).toBeDefined();
  });
});

describe('docs/api/README.md', () => {
  test('lists every route', () => {
    for (const route of ALL_ROUTES)
      expect(readme).toContain(`${route.method.toUpperCase()} ${openApiPath(route.path)}`);
  });

  test('lists every error code', () => {
    for (const code of Object.keys(STATUS_BY_CODE)) expect(readme).toContain(`\`${code}\``);
  });

  test('lists every simplification', () => {
    for (const s of SIMPLIFICATIONS) expect(readme).toContain(s.title);
  });
});
