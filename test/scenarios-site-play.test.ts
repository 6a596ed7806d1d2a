/**
 * `check` plays every branch the way the site does (through the simulated API) as well as over the
 * core: a scenario the site could not play is an error (SCN041), so that 0 errors means playable.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkFile } from '../src/scenario/check-file';
import { checkSource, type CheckOptions } from '../src/scenario/check/index';
import { formatDiagnostic } from '../src/scenario/diagnostics/index';
import { playOverCore } from '../src/scenario/engine/index';

type SitePlay = NonNullable<CheckOptions['alsoPlay']>;

const MINIMAL = 'test/fixtures/scenarios/valid/minimal.yaml';

test('a trace on a patient who never activated Mon espace santé is checked in the site as over the core', async () => {
  const { diagnostics, report } = await checkFile(
    'test/fixtures/scenarios/valid/traced-without-mes.yaml',
  );
  expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(report?.passed).toBe(true);
});

test('a step the site plays differently from the core is an error at that step (SCN041)', async () => {
  // A stand-in for a divergent API: the same play, where the DMP refuses the last step.
  const refusingAtTheEnd: SitePlay = (scenario, world, maxPaths) =>
    playOverCore(
      {
        ...scenario,
        steps: scenario.steps.map((step) =>
          step.id === 'ouverture' && 'expect' in step
            ? { ...step, expect: { ...step.expect, result: 'refused' } }
            : step,
        ),
      },
      world,
      maxPaths,
    );
  const { diagnostics } = await checkSource(readFileSync(MINIMAL, 'utf8'), MINIMAL, {
    alsoPlay: refusingAtTheEnd,
  });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => d.code)).toEqual(['SCN041']);
  expect(errors[0]?.message).toMatch(/^dans le site \(API simulée\), étape « ouverture »/);
  // Pointed at the step's expectation in the file.
  const line = readFileSync(MINIMAL, 'utf8').split('\n')[(errors[0]?.line ?? 0) - 1] ?? '';
  expect(line).toContain('expect:');
});

test('an API that cannot answer at all is an error too, with its reason', async () => {
  const { diagnostics } = await checkSource(readFileSync(MINIMAL, 'utf8'), MINIMAL, {
    alsoPlay: () => Promise.reject(new Error('HTTP 403 sur /mes/history')),
  });
  expect(diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([
    'SCN041 dans le site (API simulée), HTTP 403 sur /mes/history',
  ]);
});

test('the site play is skipped when the core already finds the scenario wrong', async () => {
  let played = false;
  const source = readFileSync(MINIMAL, 'utf8').replace(
    'expect: { result: allowed, traced: true }',
    'expect: { result: allowed, traced: false }',
  );
  const { diagnostics } = await checkSource(source, MINIMAL, {
    alsoPlay: async (...args) => {
      played = true;
      return playOverCore(...args);
    },
  });
  expect(diagnostics.map((d) => d.code)).toEqual(['SCN025']);
  expect(played).toBe(false);
});
