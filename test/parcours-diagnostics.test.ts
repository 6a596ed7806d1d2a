/**
 * The path format (« parcours »): one invalid fixture per diagnostic code
 * (test/fixtures/parcours/invalid/<CODE>.yaml) with its message pinned, the shipped paths valid,
 * the JSON Schema up to date, and the CLI routing path files to the path checker.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  checkParcoursSource,
  formatParcoursDiagnostic,
  PARCOURS_CODES,
  PARCOURS_JSON_SCHEMA_PATH,
  parcoursJsonSchemaText,
  type ParcoursCode,
} from '../src/parcours/index';
import { checkParcoursFile, listScenarioIds, loadParcours } from '../src/parcours/load-dir';
import { main } from '../src/scenario/cli';

const scenarioIds = await listScenarioIds();

function diagnose(code: ParcoursCode, virtualPath?: string): string {
  const file = `test/fixtures/parcours/invalid/${code}.yaml`;
  const source = readFileSync(file, 'utf8');
  const { diagnostics } = checkParcoursSource(source, virtualPath ?? file, {
    scenarioIds,
    layout: virtualPath !== undefined,
  });
  expect(diagnostics.map((d) => d.code)).toContain(code);
  return diagnostics.map(formatParcoursDiagnostic).join('\n');
}

describe('path diagnostics, one fixture per code', () => {
  test('PAR000 unreadable file', async () => {
    const { diagnostics } = await checkParcoursFile('parcours/absent.yaml', scenarioIds);
    expect(diagnostics.map(formatParcoursDiagnostic).join('\n')).toMatchInlineSnapshot(
      `"parcours/absent.yaml:1:1 error PAR000 fichier introuvable. Aide : vérifiez le chemin (relatif au dossier du projet)"`,
    );
  });
  test('PAR001 invalid YAML', () =>
    expect(diagnose('PAR001')).toMatchInlineSnapshot(
      `"test/fixtures/parcours/invalid/PAR001.yaml:11:1 error PAR001 YAML invalide (BAD_INDENT). Aide : vérifiez l'indentation (2 espaces), les deux-points après chaque clé et les guillemets"`,
    ));
  test('PAR002 duplicate key', () =>
    expect(diagnose('PAR002')).toMatchInlineSnapshot(
      `"test/fixtures/parcours/invalid/PAR002.yaml:9:1 error PAR002 clé « title » en double."`,
    ));
  test('PAR003 missing schema line', () =>
    expect(diagnose('PAR003')).toMatchInlineSnapshot(
      `"test/fixtures/parcours/invalid/PAR003.yaml:1:1 warning PAR003 la première ligne doit déclarer le schéma. Aide : # yaml-language-server: $schema=parcours.schema.json"`,
    ));
  test('PAR004 unknown key', () =>
    expect(diagnose('PAR004')).toMatchInlineSnapshot(
      `"test/fixtures/parcours/invalid/PAR004.yaml:11:5 error PAR004 clé « optionel » inconnue dans le scénario n° 1 de la liste. Aide : vouliez-vous dire « optional » ?"`,
    ));
  test('PAR005 missing field', () =>
    expect(diagnose('PAR005')).toMatchInlineSnapshot(
      `"test/fixtures/parcours/invalid/PAR005.yaml:2:1 error PAR005 champ obligatoire « passMark » manquant."`,
    ));
  test('PAR006 invalid value', () =>
    expect(diagnose('PAR006')).toMatchInlineSnapshot(
      `"test/fixtures/parcours/invalid/PAR006.yaml:5:12 error PAR006 valeur « medecins » non autorisée pour la valeur n° 1 de « audience ». Aide : vouliez-vous dire « medecin » ?"`,
    ));
  test('PAR007 bad pass mark', () =>
    expect(diagnose('PAR007')).toMatchInlineSnapshot(
      `"test/fixtures/parcours/invalid/PAR007.yaml:8:11 error PAR007 seuil de réussite « 0.7 » invalide : un pourcentage entier de 1 à 100 est attendu. Aide : écrivez 70 plutôt que 0.7"`,
    ));
  test('PAR009 id differs from the file name', () =>
    expect(diagnose('PAR009', 'parcours/essai.yaml')).toMatchInlineSnapshot(
      `"parcours/essai.yaml:2:5 error PAR009 l'identifiant « autre-nom » diffère du nom du fichier « essai ». Aide : renommez le fichier en autre-nom.yaml, ou écrivez id: essai"`,
    ));
  test('PAR010 unknown scenario', () =>
    expect(diagnose('PAR010')).toMatchInlineSnapshot(
      `"test/fixtures/parcours/invalid/PAR010.yaml:10:15 error PAR010 scénario « osteopath » inconnu. Aide : vouliez-vous dire « osteopathe » ?"`,
    ));
  test('PAR011 duplicate scenario', () =>
    expect(diagnose('PAR011')).toMatchInlineSnapshot(
      `"test/fixtures/parcours/invalid/PAR011.yaml:12:15 error PAR011 le scénario « osteopathe » figure déjà dans le parcours (n° 1). Aide : supprimez cette ligne ou celle du premier"`,
    ));
  test('PAR012 empty path', () =>
    expect(diagnose('PAR012')).toMatchInlineSnapshot(
      `"test/fixtures/parcours/invalid/PAR012.yaml:9:12 error PAR012 le parcours ne contient aucun scénario."`,
    ));
  test('PAR013 no required scenario', () =>
    expect(diagnose('PAR013')).toMatchInlineSnapshot(
      `"test/fixtures/parcours/invalid/PAR013.yaml:10:3 error PAR013 tous les scénarios du parcours sont facultatifs."`,
    ));

  test('every code has its fixture (PAR000 excepted: a missing file)', () => {
    for (const code of Object.keys(PARCOURS_CODES).filter((c) => c !== 'PAR000'))
      expect(() => readFileSync(`test/fixtures/parcours/invalid/${code}.yaml`)).not.toThrow();
  });
});

describe('shipped paths', () => {
  test('every file of parcours/ is valid and cites scenarios that exist', async () => {
    const { parcours, diagnostics } = await loadParcours();
    expect(diagnostics.map(formatParcoursDiagnostic)).toEqual([]);
    expect(parcours.length).toBeGreaterThan(0);
    for (const p of parcours)
      for (const item of p.scenarios) expect(scenarioIds).toContain(item.scenario);
  });

  test('at least one path for all professionals, one for médecins, one for paramedicals and secretariats', async () => {
    const { parcours } = await loadParcours();
    const audiences = parcours.flatMap((p) => p.audience);
    for (const a of ['tous', 'medecin', 'paramedical', 'secretariat'])
      expect(audiences).toContain(a);
  });

  test('the JSON Schema on disk is the one the schema gives (npm run schema)', () => {
    expect(readFileSync(PARCOURS_JSON_SCHEMA_PATH, 'utf8')).toBe(parcoursJsonSchemaText());
  });

  test('the CLI checks a folder of paths and fails on a bad one', async () => {
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    expect(await main(['check', 'parcours'], io)).toBe(0);
    expect(lines.at(-1)).toMatch(/parcours vérifiés : 0 erreur/);
    lines.length = 0;
    expect(await main(['check', 'test/fixtures/parcours/invalid/PAR010.yaml'], io)).toBe(1);
    expect(lines.join('\n')).toContain('error PAR010 scénario « osteopath » inconnu');
  });
});

test('the trainer guide lists every code', () => {
  const guide = readFileSync('parcours/README.md', 'utf8');
  for (const code of Object.keys(PARCOURS_CODES)) expect(guide).toContain(`| ${code} |`);
});
