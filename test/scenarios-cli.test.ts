/**
 * The scenario CLI as trainers run it (`npx tsx src/scenario/cli.ts …`): a non-zero exit code on
 * errors, one `file:line:col severity CODE message` line per diagnostic, French output, and never a
 * stack trace.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

// Each test starts the CLI in a new process (tsx compiles it, `check` loads the simulated API too):
// several seconds when the machine is busy.
const SLOW = { timeout: 60_000 };

function cli(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/scenario/cli.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    code: result.status,
    out: result.stdout,
    err: result.stderr,
    all: `${result.stdout}${result.stderr}`,
  };
}

const STACK_TRACE = /^\s+at |Error:|node:internal/m;

test('check fails on an invalid file with one formatted line and no stack trace', SLOW, () => {
  const { code, out, all } = cli('check', 'test/fixtures/scenarios/invalid/SCN012.yaml');

  expect(code).not.toBe(0);
  expect(out.split('\n')[0]).toMatch(
    /^test\/fixtures\/scenarios\/invalid\/SCN012\.yaml:\d+:\d+ error SCN012 .+\. Aide : .+$/,
  );
  expect(out).toContain('1 scénario vérifié : 1 erreur, 0 avertissement.');
  expect(all).not.toMatch(STACK_TRACE);
});

test('check of a missing file and of a broken YAML file still answers in French', SLOW, () => {
  const { code, out, all } = cli(
    'check',
    'scenarios/absent.yaml',
    'test/fixtures/scenarios/invalid/SCN001.yaml',
  );

  expect(code).toBe(1);
  expect(out).toContain('scenarios/absent.yaml:1:1 error SCN000 fichier introuvable.');
  expect(out).toContain('error SCN001 YAML invalide');
  expect(all).not.toMatch(STACK_TRACE);
});

test('run --json reports every branch of a valid scenario', SLOW, () => {
  const { code, out } = cli('run', 'test/fixtures/scenarios/valid/branches.yaml', '--json');

  const json = JSON.parse(out) as { passed: boolean; report: { paths: { passed: boolean }[] } };
  expect(code).toBe(0);
  expect(json.passed).toBe(true);
  expect(json.report.paths).toHaveLength(3);
});

test('an unknown command prints the usage in French and exits with 2', SLOW, () => {
  const { code, err, all } = cli('verifier');

  expect(code).toBe(2);
  expect(err).toContain('Commande inconnue : « verifier ».');
  expect(err).toContain('npm run scenarios -- check');
  expect(all).not.toMatch(STACK_TRACE);
});
