/**
 * One invalid fixture per diagnostic code (test/fixtures/scenarios/invalid/<CODE>.yaml), with the
 * exact formatted output pinned by an inline snapshot (Starlight's config-errors.test.ts). SCN009 and
 * SCN010 concern the place of a file in scenarios/<theme>/: their fixtures are read as if they lay
 * there. SCN000 (unreadable file) has no fixture: it is tested with a missing path.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkFile } from '../src/scenario/check-file';
import { checkSource, formatDiagnostic, type DiagnosticCode } from '../src/scenario/index';

async function diagnose(code: DiagnosticCode, virtualPath?: string): Promise<string> {
  const file = `test/fixtures/scenarios/invalid/${code}.yaml`;
  const source = readFileSync(file, 'utf8');
  const { diagnostics } = await checkSource(source, virtualPath ?? file, {
    layout: virtualPath !== undefined,
  });
  expect(diagnostics.map((d) => d.code)).toContain(code);
  return diagnostics.map(formatDiagnostic).join('\n');
}

test('SCN000 unreadable file', async () => {
  const { diagnostics } = await checkFile('test/fixtures/scenarios/invalid/absent.yaml');
  expect(diagnostics.map(formatDiagnostic).join('\n')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/absent.yaml:1:1 error SCN000 fichier introuvable. Aide : vérifiez le chemin (relatif au dossier du projet)"`,
  );
});

test('SCN001 invalid YAML', async () => {
  expect(await diagnose('SCN001')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN001.yaml:33:44 error SCN001 YAML invalide : « { » ouvert à la ligne 33 et jamais fermé. Aide : ajoutez « } » en fin de ligne 33"`,
  );
});

test('SCN002 duplicate key', async () => {
  expect(await diagnose('SCN002')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN002.yaml:5:1 error SCN002 clé « title » en double."`,
  );
});

test('SCN003 missing schema line', async () => {
  expect(await diagnose('SCN003')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN003.yaml:1:1 warning SCN003 la première ligne doit déclarer le schéma. Aide : # yaml-language-server: $schema=../scenario.schema.json"`,
  );
});

test('SCN004 unknown key', async () => {
  expect(await diagnose('SCN004')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN004.yaml:33:5 error SCN004 clé « hint » inconnue dans l'étape « ouverture ». Aide : vouliez-vous dire « hints » ?"`,
  );
});

test('SCN005 missing field', async () => {
  expect(await diagnose('SCN005')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN005.yaml:25:5 error SCN005 champ obligatoire « feedback » de l'étape « recueil » manquant."`,
  );
});

test('SCN006 invalid value', async () => {
  expect(await diagnose('SCN006')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN006.yaml:6:11 error SCN006 « duration » : un nombre attendu, un texte reçu."`,
  );
});

test('SCN007 value outside the list', async () => {
  expect(await diagnose('SCN007')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN007.yaml:5:12 error SCN007 la valeur n° 1 de « audience » : valeur « medecins » non autorisée. Aide : vouliez-vous dire « medecin » ? (référentiel : /formateurs/referentiel/#valeurs)"`,
  );
});

test('SCN008 unknown action', async () => {
  expect(await diagnose('SCN008')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN008.yaml:32:19 error SCN008 action « ps.opendmp » inconnue. Aide : vouliez-vous dire « ps.openDmp » ? (référentiel : /formateurs/referentiel/#actions)"`,
  );
});

test('SCN009 id differs from the file name', async () => {
  expect(await diagnose('SCN009', 'scenarios/consentement/minimal.yaml')).toMatchInlineSnapshot(
    `"scenarios/consentement/minimal.yaml:3:5 error SCN009 l'identifiant « autre-nom » diffère du nom du fichier « minimal ». Aide : renommez le fichier en autre-nom.yaml, ou écrivez id: minimal"`,
  );
});

test('SCN010 theme differs from the folder', async () => {
  expect(await diagnose('SCN010', 'scenarios/droits-patients/minimal.yaml')).toMatchInlineSnapshot(
    `"scenarios/droits-patients/minimal.yaml:7:8 error SCN010 le thème « consentement » diffère du dossier « droits-patients ». Aide : rangez le fichier dans scenarios/consentement/, ou écrivez theme: droits-patients"`,
  );
});

test('SCN011 duplicate id', async () => {
  expect(await diagnose('SCN011')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN011.yaml:18:9 error SCN011 rôle « medecin » en double."`,
  );
});

test('SCN012 unknown step in goto', async () => {
  expect(await diagnose('SCN012')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN012.yaml:37:11 error SCN012 étape « suite » inconnue dans goto. Aide : étapes connues : connexion, recueil, ouverture"`,
  );
});

test('SCN013 unreachable step', async () => {
  expect(await diagnose('SCN013')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN013.yaml:26:9 error SCN013 l'étape « recueil » n'est accessible depuis aucune autre. Aide : ajoutez un \`goto\` vers elle depuis une étape ou une réponse, ou supprimez-la"`,
  );
});

test('SCN014 dead end without end', async () => {
  expect(await diagnose('SCN014')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN014.yaml:31:9 error SCN014 après « ouverture », le scénario s'arrête sans end. Aide : ajoutez \`end: "…"\` (message de fin) ou un \`goto\`"`,
  );
});

test('SCN015 unknown FAQ id', async () => {
  expect(await diagnose('SCN015')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN015.yaml:35:46 error SCN015 question de FAQ « FAQ-CON-1 » inconnue. Aide : vouliez-vous dire FAQ-CON-01 « Le consentement est-il à recueillir à chaque consultation ? » ? (référentiel : /formateurs/referentiel/#faq)"`,
  );
});

test('SCN016 unknown rule', async () => {
  expect(await diagnose('SCN016')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN016.yaml:35:66 error SCN016 règle « R-38 » inconnue. Aide : vouliez-vous dire « R38 » ? (référentiel : /formateurs/referentiel/#regles)"`,
  );
});

test('SCN017 unknown patient', async () => {
  expect(await diagnose('SCN017')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN017.yaml:12:14 error SCN017 patient « pat-adlt » absent du jeu de données. Aide : vouliez-vous dire « pat-adult » ? (référentiel : /formateurs/referentiel/#patients)"`,
  );
});

test('SCN018 unknown professional', async () => {
  expect(await diagnose('SCN018')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN018.yaml:17:19 error SCN018 professionnel « pro-gpp » inconnu. Aide : vouliez-vous dire « pro-gp » ? (référentiel : /formateurs/referentiel/#professionnels)"`,
  );
});

test('SCN019 unknown document type', async () => {
  expect(await diagnose('SCN019')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN019.yaml:32:37 error SCN019 type de document « 11488-44 » inconnu. Aide : vouliez-vous dire « 11488-4 » ? (référentiel : /formateurs/referentiel/#types-de-documents)"`,
  );
});

test('SCN020 unknown error code', async () => {
  expect(await diagnose('SCN020')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN020.yaml:33:38 error SCN020 code d'erreur « DMP.ACCES_BLOCKED » inconnu. Aide : vouliez-vous dire « DMP.ACCESS_BLOCKED » ? (référentiel : /formateurs/referentiel/#codes)"`,
  );
});

test('SCN021 unknown document', async () => {
  expect(await diagnose('SCN021')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN021.yaml:33:46 error SCN021 document « doc-adult-vsmm » inconnu. Aide : vouliez-vous dire « doc-adult-vsm » ? (référentiel : /formateurs/referentiel/#documents)"`,
  );
});

test('SCN022 unknown role', async () => {
  expect(await diagnose('SCN022')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN022.yaml:26:11 error SCN022 rôle « medecin2 » inconnu. Aide : vouliez-vous dire « medecin » ?"`,
  );
});

test('SCN023 unknown legal representative', async () => {
  expect(await diagnose('SCN023')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN023.yaml:21:21 error SCN023 « rep-petit-nadja » n'est pas représentant légal de « pat-minor-turning-18 ». Aide : vouliez-vous dire « rep-petit-nadia » ? (référentiel : /formateurs/referentiel/#patients)"`,
  );
});

test('SCN024 outcome contradicted by the DMP rules', async () => {
  expect(await diagnose('SCN024')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN024.yaml:27:23 error SCN024 étape « ouverture » : attend autorisé, mais le DMP répond refusé (DMP.CONSENT_REQUIRED) : « Aucun consentement ne couvre cet épisode de soins : recueillez-le (un accord oral suffit). ». (référentiel : /formateurs/referentiel/#codes)"`,
  );
});

test('SCN025 effect contradicted by the DMP', async () => {
  expect(await diagnose('SCN025')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN025.yaml:33:40 error SCN025 étape « ouverture » : attend une action non tracée dans l'historique, mais elle y est."`,
  );
});

test('SCN026 incoherent expectation', async () => {
  expect(await diagnose('SCN026')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN026.yaml:33:23 error SCN026 refus attendu sans code. Aide : ajoutez \`code: DMP.…\` (le refus que le DMP doit opposer) (référentiel : /formateurs/referentiel/#codes)"`,
  );
});

test('SCN027 action unsuited to the role', async () => {
  expect(await diagnose('SCN027')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN027.yaml:32:19 error SCN027 l'action patient.viewHistory se joue avec un rôle « patient », or le rôle « medecin » est « professional ». Aide : ajoutez \`role:\` sur cette étape pour changer de rôle (référentiel : /formateurs/referentiel/#actions)"`,
  );
});

test('SCN028 professional not logged in', async () => {
  expect(await diagnose('SCN028')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN028.yaml:20:19 error SCN028 étape « recueil » : le rôle « medecin » fait ps.recordConsent sans s'être connecté. Aide : ajoutez avant une étape \`do: { action: ps.login, card: … }\` pour ce rôle"`,
  );
});

test('SCN029 question without a right answer', async () => {
  expect(await diagnose('SCN029')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN029.yaml:32:15 error SCN029 la question « question » n'a aucune réponse correct: true."`,
  );
});

test('SCN030 goto and end together', async () => {
  expect(await diagnose('SCN030')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN030.yaml:38:10 error SCN030 l'étape « ouverture » a à la fois goto et end."`,
  );
});

test('SCN031 card not held', async () => {
  expect(await diagnose('SCN031')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN031.yaml:20:35 error SCN031 « pro-gp » détient une CPS, pas une e-CPS. Aide : présentez card: CPS (référentiel : /formateurs/referentiel/#professionnels)"`,
  );
});

test('SCN032 too many paths', async () => {
  expect(await diagnose('SCN032')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN032.yaml:18:1 warning SCN032 plus de 200 chemins : seuls les premiers ont été joués."`,
  );
});

test('SCN033 announced FAQ never cited', async () => {
  expect(await diagnose('SCN033')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN033.yaml:10:19 warning SCN033 la question FAQ-PAT-02 est annoncée mais aucun retour ne la cite."`,
  );
});

test('SCN040 unknown goal parameter', async () => {
  expect(await diagnose('SCN040')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN040.yaml:33:18 error SCN040 « motif » n'est pas un paramètre de l'action ps.openDmp. Aide : paramètres possibles : patient, episode, mode"`,
  );
});

test('SCN042 assumption taught as a fact', async () => {
  expect(await diagnose('SCN042')).toMatchInlineSnapshot(`
    "test/fixtures/scenarios/invalid/SCN042.yaml:29:18 error SCN042 la question notée « question » a pour bonne réponse une hypothèse du simulateur (HS6). Aide : ajoutez \`scored: false\` à l'étape (question non notée), ou posez une question à laquelle la FAQ répond
    test/fixtures/scenarios/invalid/SCN042.yaml:30:19 error SCN042 la réponse 1 de « question » repose sur HS6 sans le dire. Aide : écrivez dans son retour « hypothèse du simulateur (HS6) » et ce que la source laisse ouvert
    test/fixtures/scenarios/invalid/SCN042.yaml:34:27 error SCN042 le retour de la réponse 2 de « question » présente un choix du simulateur sans le déclarer. Aide : ajoutez à la réponse \`restsOn: [HSn]\` (l’hypothèse en cause) et nommez-la dans le retour"
  `);
});

test('SCN034 incomplete world entry', async () => {
  expect(await diagnose('SCN034')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/invalid/SCN034.yaml:14:7 error SCN034 patient « pat-nouveau » défini sans base. Aide : ajoutez \`from: <patient du jeu de données>\` (ex. from: pat-adult)"`,
  );
});

test('SCN043 former spelling of a value', async () => {
  expect(await diagnose('SCN043')).toMatchInlineSnapshot(`
    "test/fixtures/scenarios/invalid/SCN043.yaml:14:37 warning SCN043 « setting » : « etablissement » est l'ancienne graphie de « establishment ». Aide : écrivez setting: establishment (référentiel : /formateurs/referentiel/#valeurs)
    test/fixtures/scenarios/invalid/SCN043.yaml:27:37 warning SCN043 « mode » : « centre-de-regulation » est l'ancienne graphie de « regulation-centre ». Aide : écrivez mode: regulation-centre (référentiel : /formateurs/referentiel/#valeurs)"
  `);
});
