import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DMP_ERROR_CODES, errorTitle, isDmpErrorCode } from './errors';
import { ALLOWED_CODES } from './services/decision';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'errors.ts'
      ? [readFileSync(path, 'utf8')]
      : [];
  });
}

describe('error codes', () => {
  const code = Object.keys(DMP_ERROR_CODES);

  test('are stable DMP.* identifiers with a French title, disjoint from positive codes', () => {
    for (const c of code) {
      expect(c).toMatch(/^DMP\.[A-Z_]+$/);
      expect(isDmpErrorCode(c)).toBe(true);
      expect(errorTitle(c as keyof typeof DMP_ERROR_CODES).length).toBeGreaterThan(3);
      expect(Object.hasOwn(ALLOWED_CODES, c)).toBe(false);
    }
    expect(isDmpErrorCode('HTTP.403')).toBe(false);
  });

  test('every code is produced somewhere in the domain (no dead code)', () => {
    const all = sources(import.meta.dirname).join('\n');
    for (const c of code) expect(all.includes(`'${c}'`), c).toBe(true);
  });

  test('the domain never speaks HTTP', () => {
    const all = sources(import.meta.dirname).join('\n');
    expect(all).not.toMatch(/\b(status|statusCode)\s*:\s*[1-5]\d\d\b/);
    expect(all).not.toMatch(/from '(xstate|msw|astro|react|yaml)/);
  });
});
