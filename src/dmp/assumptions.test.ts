/**
 * Issue 15 (« How to make it last »): every assumption is data with an id, and a decision resting
 * on one names it in its French text; a text that speaks of an assumption cites it. The decisions
 * are computed on the whole seed (every professional × patient × access mode, every document,
 * consents by every giver, document changes by every actor), so new data is checked too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ASSUMPTION_IDS, ASSUMPTIONS, mentionsAssumption } from './assumptions';
import { breakGlass, NORMAL_ACCESS, REGULATION_ACCESS } from './model/access-request';
import { VISIBLE_TO_ALL } from './model/document';
import { DEFAULT_SEED, SEED_EPISODES } from './seed';
import { decideConsultation } from './services/consultation.service';
import type { Decision } from './services/decision';
import { decideDeposit } from './services/deposit.service';
import { decideDocumentAccess } from './services/document-access.service';
import { decideArchiving, decideVisibilityChange } from './services/document-lifecycle.service';
import { decideConsentRecord } from './services/patient-settings.service';

const { patients, professionals, documents, clock } = DEFAULT_SEED;
const now = clock.now;
const ACCESSES = [NORMAL_ACCESS, REGULATION_ACCESS, breakGlass('urgence vitale')];
const GIVERS = ['patient', 'legal-representative', 'protector'] as const;

/** Every decision of the corpus, with where it comes from. */
function corpus(): { where: string; decision: Decision }[] {
  const out: { where: string; decision: Decision }[] = [];
  for (const professional of professionals)
    for (const patient of patients) {
      for (const access of ACCESSES) {
        const episodeId = SEED_EPISODES.adultFollowUp;
        const ctx = { professional, patient, now, episodeId, access };
        out.push({
          where: `consult ${professional.id} ${patient.id} ${access.mode}`,
          decision: decideConsultation(ctx),
        });
        for (const doc of documents.filter((d) => d.patientId === patient.id))
          out.push({
            where: `open ${professional.id} ${doc.id} ${access.mode}`,
            decision: decideDocumentAccess(ctx, doc),
          });
      }
      for (const givenBy of GIVERS)
        for (const minorSecret of [false, true])
          out.push({
            where: `consent ${professional.id} ${patient.id} ${givenBy} ${minorSecret}`,
            decision: decideConsentRecord(
              patient,
              professional,
              {
                givenBy,
                minorSecret,
                protectorInformed: false,
                scope: { kind: 'professional', professionalId: professional.id },
              },
              now,
            ),
          });
      // A report, and the medical synthesis (VSM) that only a physician deposits (HS18).
      for (const typeCode of ['11488-4', '60591-5'])
        out.push({
          where: `deposit ${professional.id} ${patient.id} ${typeCode}`,
          decision: decideDeposit(
            { professional, patient, now, workstationSkewMs: 0 },
            {
              typeCode,
              title: 'Document',
              serviceDate: now.slice(0, 10),
              visibility: VISIBLE_TO_ALL,
              summary: '',
            },
          ),
        });
    }
  for (const doc of documents)
    for (const actor of [
      { kind: 'patient' } as const,
      ...professionals.map((p) => ({ kind: 'professional', professionalId: p.id }) as const),
    ]) {
      out.push({ where: `archive ${doc.id}`, decision: decideArchiving(actor, doc) });
      for (const next of [
        { ...doc.visibility, maskedFromProfessionals: !doc.visibility.maskedFromProfessionals },
        { ...doc.visibility, invisibleToPatient: !doc.visibility.invisibleToPatient },
      ])
        out.push({
          where: `visibility ${doc.id}`,
          decision: decideVisibilityChange(actor, doc, next),
        });
    }
  return out;
}

const decisions = corpus();
const textOf = (d: Decision) => [d.explanation, ...(d.allowed ? d.notices : [])].join(' ');

describe('assumption registry', () => {
  test('ids are unique, each entry has a French summary and the gap in the sources', () => {
    expect(ASSUMPTIONS.map((a) => a.id)).toEqual([...ASSUMPTION_IDS]);
    for (const a of ASSUMPTIONS) {
      expect(a.summary.length, a.id).toBeGreaterThan(30);
      expect(a.gap.length, a.id).toBeGreaterThan(20);
    }
  });

  test('src/dmp/README.md lists every assumption with its id', () => {
    const readme = readFileSync(join(import.meta.dirname, 'README.md'), 'utf8');
    expect(ASSUMPTION_IDS.filter((id) => !mentionsAssumption(readme, id))).toEqual([]);
  });

  test('the corpus exercises assumptions (the checks below are not vacuous)', () => {
    expect(decisions.some((d) => (d.decision.assumptions ?? []).length > 0)).toBe(true);
  });

  test('a decision resting on an assumption names it in its text', () => {
    const silent = decisions.flatMap(({ where, decision }) =>
      (decision.assumptions ?? [])
        .filter((id) => !mentionsAssumption(textOf(decision), id))
        .map((id) => `${where}: ${id}`),
    );
    expect([...new Set(silent)]).toEqual([]);
  });

  test('a decision whose text speaks of an assumption cites it', () => {
    const uncited = decisions.filter(
      ({ decision }) =>
        /hypothèse|choix du simulateur/i.test(textOf(decision)) &&
        (decision.assumptions ?? []).length === 0,
    );
    expect([...new Set(uncited.map((d) => d.decision.explanation))]).toEqual([]);
  });
});
