/**
 * What `check` plays as the site lets a learner act (decision 052): Mon espace santé offers to
 * mask or delete only a document its list shows the patient, so a step whose reference action
 * names another one cannot be played in the site, and `check` says so (SCN041).
 */
import { expect, test } from 'vitest';
import { DEFAULT_SEED } from '../../dmp/index';
import { formatDiagnostic } from '../diagnostics/index';
import { checkSource } from './check';
import { playRoutesOverHttp } from './http-local';

const hidden = DEFAULT_SEED.documents.find(
  (d) => d.patientId === 'pat-adult' && d.visibility.invisibleToPatient,
)!;
const visible = DEFAULT_SEED.documents.find(
  (d) => d.patientId === 'pat-adult' && !d.visibility.invisibleToPatient && d.deletedAt === null,
)!;

const scenario = (
  document: string,
  result: string,
) => `# yaml-language-server: $schema=../scenario.schema.json
id: minimal
title: Scénario minimal
audience: [tous]
duration: 5
theme: depot
objectives:
  - Savoir masquer un document de son espace.
faq: [FAQ-DEP-09]
world:
  patients: [pat-adult]
  documents: [${document}]
roles:
  - id: patiente
    kind: patient
    patient: pat-adult
steps:
  - id: masquer
    do: { action: patient.maskDocument, document: ${document} }
    expect: { result: ${result} }
    feedback:
      success: { text: Fait., faq: FAQ-DEP-09 }
      failure: { text: Pas fait., faq: FAQ-DEP-09 }
    end: Terminé.
`;

const check = (source: string) =>
  checkSource(source, 'x.yaml', { alsoPlay: playRoutesOverHttp }).then((r) =>
    r.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic),
  );

test('a document the patient sees can be masked in the site', async () => {
  expect(await check(scenario(visible.id, 'allowed'))).toEqual([]);
});

test('a document hidden from the patient cannot be chosen in the site: SCN041', async () => {
  const errors = await check(scenario(hidden.id, 'refused, code: DMP.DOCUMENT_NOT_FOUND'));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toContain('SCN041');
  expect(errors[0]).toContain(`« ${hidden.id} » n'est pas dans la liste`);
});
