/**
 * Issue 15 (« How to make it last »): every assumption is data with an id, and a decision resting
 * on one names it in its French text; a text that speaks of an assumption cites it. The decisions
 * are computed on the whole seed (every professional × patient × access mode, every document,
 * consents by every giver, document changes by every actor), so new data is checked too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ASSUMPTION_IDS, ASSUMPTIONS, mentionsAssumption, type AssumptionId } from './assumptions';
import { breakGlass, NORMAL_ACCESS, REGULATION_ACCESS } from './model/access-request';
import { addDuration } from './model/clock';
import { VISIBLE_TO_ALL } from './model/document';
import { DEFAULT_SEED, SEED_EPISODES } from './seed';
import { decideConsultation } from './services/consultation.service';
import type { Decision } from './services/decision';
import { decideDeposit } from './services/deposit.service';
import { decideDocumentAccess } from './services/document-access.service';
import { decideArchiving, decideVisibilityChange } from './services/document-lifecycle.service';
import { decideConsentRecord } from './services/patient-settings.service';
import { decidePatientView, type PatientSideViewer } from './services/patient-view.service';
import { searchByTraits } from './services/trait-search.service';
import { withInformationReminder } from './services/deposit.service';
import { blockProfessional } from './store/access-settings.ops';
import { qualifyIdentity } from './store/identity.ops';
import { initialState } from './store/state';

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
      // A team consent the patient was not told covers the team (HS9).
      for (const teamId of professional.careTeamIds)
        out.push({
          where: `team consent ${professional.id} ${patient.id} ${teamId}`,
          decision: decideConsentRecord(
            patient,
            professional,
            {
              givenBy: 'patient',
              protectorInformed: true,
              scope: { kind: 'care-team', teamId, informedOfTeamScope: false },
            },
            now,
          ),
        });
      // A report, and the medical synthesis (VSM) that only a physician deposits (HS18); on time,
      // and from a workstation whose clock is 10 minutes ahead (HS3).
      for (const typeCode of ['11488-4', '60591-5'])
        for (const workstationSkewMs of [0, 10 * 60_000]) {
          const deposit = decideDeposit(
            { professional, patient, now, workstationSkewMs },
            {
              typeCode,
              title: 'Document',
              serviceDate: now.slice(0, 10),
              visibility: VISIBLE_TO_ALL,
              summary: '',
            },
          );
          const where = `deposit ${professional.id} ${patient.id} ${typeCode} ${workstationSkewMs}`;
          out.push({ where, decision: deposit });
          // The software's checklist says the patient was not informed: a reminder, never a refusal (HS13).
          out.push({
            where: `${where} not informed`,
            decision: withInformationReminder(deposit, { patientInformed: false }),
          });
        }
    }
  // The holder and each legal representative look at every document in Mon espace santé, as
  // deposited and as awaiting an announcement, today and a year later with the holder's own
  // account activated (a minor has come of age) (HS12).
  const nextYear = addDuration(now, { years: 1 });
  for (const seeded of patients) {
    const viewers: PatientSideViewer[] = [
      { kind: 'patient' },
      ...seeded.legalRepresentatives.map(
        (r) => ({ kind: 'representative', representativeId: r.id }) as const,
      ),
    ];
    for (const [patient, at] of [
      [seeded, now],
      [{ ...seeded, ownAccountActivated: true }, nextYear],
    ] as const)
      for (const viewer of viewers)
        for (const seededDoc of documents.filter((d) => d.patientId === patient.id))
          for (const doc of [
            seededDoc,
            {
              ...seededDoc,
              depositedAt: at,
              visibility: { ...seededDoc.visibility, invisibleToPatient: true },
            },
          ])
            out.push({
              where: `view ${viewer.kind} ${doc.id} ${at}`,
              decision: decidePatientView(viewer, patient, doc, at),
            });
  }
  // Store operations: identity qualification (HS17), blocking a malformed RPPS (HS4).
  const state = initialState(DEFAULT_SEED);
  for (const patient of patients)
    for (const professional of professionals) {
      out.push({
        where: `qualify ${professional.id} ${patient.id}`,
        decision: qualifyIdentity(state, { professionalId: professional.id, patientId: patient.id })
          .result,
      });
    }
  for (const patient of patients)
    for (const rpps of ['1234', ...professionals.flatMap((p) => (p.rpps === null ? [] : [p.rpps]))])
      out.push({
        where: `block ${patient.id} ${rpps}`,
        decision: blockProfessional(state, { patientId: patient.id, rpps }).result,
      });
  // Trait search, the announced feature switched on: complete and incomplete traits (HS19).
  for (const patient of patients)
    for (const sex of [patient.traits.sex, null])
      out.push({
        where: `traits ${patient.id} ${sex ?? 'sans sexe'}`,
        decision: searchByTraits(
          patients,
          {
            familyName: patient.traits.birthName,
            givenName: patient.traits.givenNames[0] ?? '',
            birthDate: patient.traits.birthDate,
            sex,
          },
          { features: { traitSearch: true }, now },
        ),
      });
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
const root = join(import.meta.dirname, '../..');

/** Assumptions cited by at least one decision of the corpus. */
const citedByDecisions = new Set(decisions.flatMap((d) => d.decision.assumptions ?? []));

/**
 * Assumptions that govern no decision but a display, with where they show: files read as text (the
 * core does not import the site), each with a marker that must stay in it. `site/ui/*.test.ts`
 * checks the text the learner reads there.
 */
const SHOWN_ELSEWHERE: readonly {
  readonly id: AssumptionId;
  readonly places: readonly { readonly file: string; readonly marker: string }[];
}[] = [
  {
    // The type → category mapping only groups columns on screen (« Qui voit quoi ? »).
    id: 'HS2',
    places: [
      { file: 'site/ui/matrix-view.ts', marker: "assumptionLabel('HS2')" },
      { file: 'site/pages/outils/qui-voit-quoi.astro', marker: '{CATEGORY_GROUPING_NOTE}' },
    ],
  },
];

/** The registered assumptions that neither a decision nor a listed place cites. */
function uncited(cited: ReadonlySet<AssumptionId>, elsewhere: readonly { id: AssumptionId }[]) {
  return ASSUMPTION_IDS.filter((id) => !cited.has(id) && !elsewhere.some((p) => p.id === id));
}
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

  test('every assumption is cited by a decision of the corpus or shown in a listed place', () => {
    expect(uncited(citedByDecisions, SHOWN_ELSEWHERE)).toEqual([]);
  });

  test('an assumption cited nowhere is caught (control case)', () => {
    const [first, ...rest] = ASSUMPTION_IDS;
    expect(uncited(new Set(rest), [])).toEqual([first]);
    expect(uncited(new Set(rest), [{ id: first }])).toEqual([]);
  });

  test('each place listed as showing an assumption outside decisions still shows it', () => {
    for (const { id, places } of SHOWN_ELSEWHERE) {
      for (const place of places)
        expect(readFileSync(join(root, place.file), 'utf8'), place.file).toContain(place.marker);
      expect(
        places.some((p) => p.marker.includes(id)),
        id,
      ).toBe(true);
    }
  });

  test('an assumption shown elsewhere is not also cited by a decision (the list stays minimal)', () => {
    expect(SHOWN_ELSEWHERE.filter((p) => citedByDecisions.has(p.id)).map((p) => p.id)).toEqual([]);
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
