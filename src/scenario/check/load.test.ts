import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { formatDiagnostic } from '../diagnostics/index';
import { loadScenario } from './load';

const minimal = readFileSync('test/fixtures/scenarios/valid/minimal.yaml', 'utf8');
const lines = (source: string) => loadScenario(source, 'x.yaml').diagnostics.map(formatDiagnostic);

test('a valid file loads into a typed scenario with defaults filled in', () => {
  const loaded = loadScenario(minimal, 'minimal.yaml');
  expect(loaded.diagnostics).toEqual([]);
  expect(loaded.scenario?.id).toBe('minimal');
  expect(loaded.scenario?.world.documents).toEqual([]);
  const recueil = loaded.scenario?.steps[1];
  expect(recueil && recueil.kind === 'action' ? recueil.do : null).toMatchObject({
    action: 'ps.recordConsent',
    givenBy: 'patient',
    form: 'oral',
  });
});

test('an unknown key is reported on the key itself, with the closest allowed key', () => {
  const source = minimal.replace('    end: Terminé.', '    ned: Terminé.');
  expect(lines(source)).toEqual([
    "x.yaml:37:5 error SCN004 clé « ned » inconnue dans l'étape « ouverture ». Aide : vouliez-vous dire « end » ?",
  ]);
});

test('a step is read as the kind it most resembles (action or question)', () => {
  const source = minimal.replace('    do: { action: ps.openDmp }\n', '');
  expect(lines(source)).toEqual([
    "x.yaml:31:5 error SCN005 champ obligatoire « do » de l'étape « ouverture » manquant.",
  ]);
});

test('a missing schema line is only a warning, and the scenario still loads', () => {
  const loaded = loadScenario(minimal.split('\n').slice(1).join('\n'), 'x.yaml');
  expect(loaded.diagnostics.map((d) => [d.code, d.severity])).toEqual([['SCN003', 'warning']]);
  expect(loaded.scenario).not.toBeNull();
});

test('YAML errors stop before the schema, with a French message', () => {
  const loaded = loadScenario(`${minimal}\n---\nid: autre\n`, 'x.yaml');
  expect(loaded.scenario).toBeNull();
  expect(loaded.diagnostics.map((d) => d.code)).toEqual(['SCN001']);
  expect(loaded.diagnostics[0]?.message).toContain('un seul document YAML par fichier');
});

test('a number where a text is expected suggests quotes', () => {
  const source = minimal.replace('title: Scénario minimal', 'title: 42');
  expect(lines(source)).toEqual([
    'x.yaml:4:8 error SCN006 « title » : un texte attendu, un nombre reçu. Aide : écrivez la valeur entre guillemets : title: "42"',
  ]);
});

test('alias abuse is refused as invalid YAML instead of being expanded', () => {
  const ten = (ref: string) => `[${Array.from({ length: 10 }, () => ref).join(', ')}]`;
  const source = `a: &a ${ten('x')}\nb: &b ${ten('*a')}\nc: &c ${ten('*b')}\nd: ${ten('*c')}\n`;
  const loaded = loadScenario(source, 'x.yaml');
  expect(loaded.diagnostics.map((d) => d.code)).toEqual(['SCN003', 'SCN001']);
  expect(loaded.scenario).toBeNull();
});

test('a value outside the list is helped with current spellings only, never a former one', () => {
  const source = minimal.replace(
    'do: { action: ps.openDmp }',
    'do: { action: ps.openDmp, mode: centre-regulation }',
  );
  const [line] = lines(source);
  expect(line).toContain('SCN007');
  expect(line).toContain('regulation-centre');
  expect(line).not.toContain('centre-de-regulation');
});
