import { readdirSync } from 'node:fs';
/**
 * Diagnostics that point at the mistake (issue 11): one fixture per case in
 * test/fixtures/scenarios/diagnostics/, its whole output pinned. Each fixture is the valid minimal
 * scenario with one mistake a trainer made; the diagnostic must name the line of that mistake and
 * its cause, once (no knock-on repeats), with a hint that makes sense and a link to the référentiel.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { main } from '../src/scenario/cli';
import { checkSource, formatDiagnostic } from '../src/scenario/index';

const DIR = 'test/fixtures/scenarios/diagnostics';

async function diagnose(name: string): Promise<string> {
  const file = `${DIR}/${name}.yaml`;
  const { diagnostics } = await checkSource(readFileSync(file, 'utf8'), file);
  return diagnostics.map(formatDiagnostic).join('\n');
}

test('the French colon trap in a block value is reported at the colon, with the quoted fix', async () => {
  expect(await diagnose('colon-in-value')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/diagnostics/colon-in-value.yaml:24:27 error SCN001 YAML invalide : deux-points suivi d'une espace dans le texte « Elle répond : oui, vous pouvez. » : YAML y lit une nouvelle clé. Aide : mettez le texte entre guillemets : text: "Elle répond : oui, vous pouvez.""`,
  );
});

test('the French colon trap inside { … } is reported at the colon, not as « syntaxe invalide »', async () => {
  expect(await diagnose('colon-in-flow')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/diagnostics/colon-in-flow.yaml:23:36 error SCN001 YAML invalide : deux-points suivi d'une espace dans le texte « Elle répond : oui. » : YAML y lit une nouvelle clé. Aide : mettez le texte entre guillemets : text: "Elle répond : oui.""`,
  );
});

test('a line indented too deep is reported on that line, not the next one', async () => {
  expect(await diagnose('indent-deeper')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/diagnostics/indent-deeper.yaml:33:7 error SCN001 YAML invalide : indentation de 6 espaces à la ligne 33, 4 espaces attendus à cet endroit. Aide : alignez la ligne 33 sur les clés du même bloc (2 espaces par niveau, jamais de tabulation)"`,
  );
});

test('a line indented too little is reported once on that line, its knock-ons counted', async () => {
  expect(await diagnose('indent-shallower')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/diagnostics/indent-shallower.yaml:26:4 error SCN001 YAML invalide : indentation de 3 espaces à la ligne 26, 4 espaces attendus à cet endroit. Aide : alignez la ligne 26 sur les clés du même bloc (2 espaces par niveau, jamais de tabulation) ; les 2 autres erreurs de syntaxe qui suivent en découlent sans doute : corrigez celle-ci, puis relancez"`,
  );
});

test('an unquoted profession: 70 is reported on profession, asking for quotes', async () => {
  expect(await diagnose('profession-number')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/diagnostics/profession-number.yaml:17:19 error SCN006 « profession » de l'élément « pro-kine » de « world.professionals » : un texte attendu, un nombre reçu. Aide : écrivez la valeur entre guillemets : profession: "70" (référentiel : /formateurs/referentiel/#professions)"`,
  );
});

test('an unknown profession code points at the référentiel rather than a close number', async () => {
  expect(await diagnose('profession-unknown')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/diagnostics/profession-unknown.yaml:17:19 error SCN007 profession « 71 » inconnue. Aide : les 27 codes (10 médecin, 21 pharmacien, 26 audioprothésiste…) sont dans le référentiel /formateurs/referentiel/#professions (ou npm run scenarios -- ref professions)"`,
  );
});

test('a profession written by its name gets its code', async () => {
  expect(await diagnose('profession-label')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/diagnostics/profession-label.yaml:17:19 error SCN007 profession « kinesitherapeute » inconnue. Aide : vouliez-vous dire « 70 » (Masseur-kinésithérapeute) ? les 27 codes (10 médecin, 21 pharmacien, 26 audioprothésiste…) sont dans le référentiel /formateurs/referentiel/#professions (ou npm run scenarios -- ref professions)"`,
  );
});

test('a missing card: is a missing field (SCN005) of the step named by its id', async () => {
  expect(await diagnose('missing-card')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/diagnostics/missing-card.yaml:20:9 error SCN005 champ obligatoire « do.card » de l'étape « connexion » manquant. Aide : valeurs possibles : CPS, e-CPS, CPE, CPF (référentiel : /formateurs/referentiel/#valeurs)"`,
  );
});

test('an unknown FAQ id lists its section with titles; a rule past R50 is not « R1 ? »', async () => {
  expect(await diagnose('suggestions')).toMatchInlineSnapshot(`
    "test/fixtures/scenarios/diagnostics/suggestions.yaml:10:19 error SCN015 question de FAQ « FAQ-PAT-07 » inconnue. Aide : la section « Les droits des patients » compte 6 questions : FAQ-PAT-01 « Le DMP existe-t-il même si le patient n'a pas activé Mon espace santé ? » ; FAQ-PAT-02 « Le patient peut-il savoir quel service ou quel professionnel a consulté son DMP ? » ; FAQ-PAT-03 « Un patient peut-il « bloquer » un professionnel de santé depuis Mon espace santé, et en suis-je informé ? » ; FAQ-PAT-04 « Que devient le DMP d'un enfant à sa majorité ? » ; FAQ-PAT-05 « L'accès au DMP passera-t-il obligatoirement par le logiciel métier ? » ; FAQ-PAT-06 « Peut-on informer les résidents et patients par une clause du contrat de séjour valant consentement ? » (référentiel : /formateurs/referentiel/#faq)
    test/fixtures/scenarios/diagnostics/suggestions.yaml:35:66 error SCN016 règle « R51 » inconnue. Aide : les règles vont de R1 à R50 (énoncés dans le référentiel /formateurs/referentiel/#regles (ou npm run scenarios -- ref regles))"
  `);
});

test('an undeclared patient is reported where it is written in world, not again where it is used', async () => {
  expect(await diagnose('knock-on')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/diagnostics/knock-on.yaml:12:14 error SCN017 patient « pat-adulte » absent du jeu de données. Aide : vouliez-vous dire « pat-adult » ? (référentiel : /formateurs/referentiel/#patients)"`,
  );
});

test('a success code in expect.code says so once (no « unknown code » knock-on)', async () => {
  expect(await diagnose('success-code')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/diagnostics/success-code.yaml:21:38 error SCN026 DMP.CONSULTATION_ALLOWED est le code d'un succès : \`code\` n'attend qu'un code de refus. Aide : retirez \`code\` : \`result: allowed\` suffit (référentiel : /formateurs/referentiel/#codes)"`,
  );
});

test('an unknown patient in a step is reported on its line, with the closest seed id and the référentiel', async () => {
  expect(await diagnose('step-path')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/diagnostics/step-path.yaml:32:40 error SCN017 patient « pat-adulte » inconnu. Aide : vouliez-vous dire « pat-adult » ? (référentiel : /formateurs/referentiel/#patients)"`,
  );
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

test('run prints « autorisé » for a success, the words expect uses, and the refusal code otherwise', async () => {
  const { out, io } = capture();
  expect(await main(['run', 'test/fixtures/scenarios/valid/minimal.yaml'], io)).toBe(0);
  expect(out).toContain('  ✓ connexion : ps.login → autorisé');
  expect(out.join('\n')).not.toMatch(/DMP\.[A-Z_]+_ALLOWED/);
});

test('check accepts a folder, and warns about files outside scenarios/<thème>/', async () => {
  const { out, io } = capture();
  expect(await main(['check', 'test/fixtures/scenarios/valid/'], io)).toBe(0);
  const valid = readdirSync('test/fixtures/scenarios/valid').filter((f) => f.endsWith('.yaml'));
  expect(out.at(-1)).toBe(`${valid.length} scénarios vérifiés : 0 erreur, 0 avertissement.`);
  expect(out).toContain(
    "test/fixtures/scenarios/valid/minimal.yaml : hors de scenarios/<thème>/, l'identifiant et le thème ne sont pas comparés au nom du fichier et au dossier ; pour le publier, rangez-le dans scenarios/<thème>/<id>.yaml.",
  );
  const empty = capture();
  expect(await main(['check', 'docs/decisions'], empty.io)).toBe(2);
  expect(empty.err).toEqual(['Aucun fichier .yaml dans le dossier « docs/decisions ».']);
});

test('--help, -h and help print the usage and succeed; an unknown command still fails', async () => {
  for (const flag of ['--help', '-h', 'help']) {
    const { out, io } = capture();
    expect(await main([flag], io)).toBe(0);
    expect(out[0]).toBe('Usage :');
    expect(out.join('\n')).toContain('npm run scenarios -- ref [sujet]');
  }
  const { err, io } = capture();
  expect(await main(['verifier'], io)).toBe(2);
  expect(err[0]).toBe('Commande inconnue : « verifier ».');
});

test('an event by an undeclared role is reported on its by:, saying an actor is declared as a role', async () => {
  expect(await diagnose('event-unknown-actor')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/diagnostics/event-unknown-actor.yaml:27:13 error SCN022 rôle « dr-martin » inconnu pour l'acteur de l'événement. Aide : déclarez ce rôle dans roles: (un rôle que l'apprenant ne joue pas peut servir d'acteur) ; rôles déclarés : medecin"`,
  );
});

test('an event the DMP refuses is reported on its action, with its number and actor', async () => {
  expect(await diagnose('event-refused')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/diagnostics/event-refused.yaml:32:13 error SCN024 étape « recueil » : événement 1 (osteopathe) : attend autorisé, mais le DMP répond refusé (DMP.UNKNOWN_PROFESSIONAL) : « Carte CPS présentée, mais les ostéopathes ne sont pas enregistrés au RPPS et ne détiennent ni CPS ni e-CPS : la connexion est refusée (et ils n'ont aucun accès au DMP). ». (référentiel : /formateurs/referentiel/#codes)"`,
  );
});

test('an event whose action does not suit its actor is reported on the action', async () => {
  expect(await diagnose('event-actor-kind')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/diagnostics/event-actor-kind.yaml:30:23 error SCN027 l'action patient.maskDocument se joue avec un rôle « patient », or l'acteur « medecin » est « professional ». Aide : choisissez dans \`by:\` un rôle du bon genre (référentiel : /formateurs/referentiel/#actions)"`,
  );
});

test('a tag with capitals and spaces is reported on that tag, with the expected form', async () => {
  expect(await diagnose('tag-invalid')).toMatchInlineSnapshot(
    `"test/fixtures/scenarios/diagnostics/tag-invalid.yaml:11:17 error SCN006 la valeur n° 2 de « tags » : étiquette attendue en minuscules, mots reliés par des tirets, sans espace (ex. « soins-a-domicile », « ehpad »)."`,
  );
});
