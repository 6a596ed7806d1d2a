/**
 * Property-based tests: thousands of random patients, professionals, documents and settings; the
 * domain invariants must never break.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  arbAccessRequest,
  arbNow,
  arbProfessional,
  EPISODES,
} from '../../test/mothers/arbitraries';
import { arbDocument, arbPatient } from '../../test/mothers/patient.arbitraries';
import { addDuration, SIMULATION_START } from './model/clock';
import { CONSULTATION_ACTIONS } from './model/history';
import { isBlockedFor } from './rules/blocking.rules';
import { hasValidConsent } from './rules/consent.rules';
import { isNominativeConsultationTrace } from './rules/history.rules';
import { isAdultAt } from './rules/majority.rules';
import { decideConsultation } from './services/consultation.service';
import { decideDeposit } from './services/deposit.service';
import { decideDocumentAccess } from './services/document-access.service';
import { decidePatientView, decideRepresentativeAccess } from './services/patient-view.service';
import { createDmpStore } from './store';
import { DocumentMother } from '../../test/mothers/document.mother';

const RUNS = { numRuns: 3000 };

const context = fc
  .tuple(
    fc.array(arbProfessional, { minLength: 1, maxLength: 3 }),
    arbAccessRequest,
    arbNow,
    fc.constantFrom(...EPISODES),
  )
  .chain(([pros, access, now, episodeId]) =>
    fc.tuple(
      fc.constant(pros),
      arbPatient(pros.map((p) => p.id)),
      fc.constant(access),
      fc.constant(now),
      fc.constant(episodeId),
    ),
  )
  .map(([pros, patient, access, now, episodeId]) => ({
    professional: pros[0]!,
    others: pros,
    patient,
    access,
    now,
    episodeId,
  }));

describe('invariants (fast-check)', () => {
  test('no consultation in normal mode without a valid consent (own, team or stay contract)', () => {
    fc.assert(
      fc.property(context, (ctx) => {
        const decision = decideConsultation(ctx);
        if (decision.allowed && ctx.access.mode === 'normal') {
          expect(hasValidConsent(ctx.patient, ctx.professional, ctx.episodeId, ctx.now)).toBe(true);
        }
        if (decision.allowed) {
          expect([
            'DMP.CONSULTATION_ALLOWED',
            'DMP.BREAK_GLASS_ALLOWED',
            'DMP.REGULATION_ALLOWED',
          ]).toContain(decision.code);
          expect(decision.code === 'DMP.CONSULTATION_ALLOWED').toBe(ctx.access.mode === 'normal');
        }
      }),
      RUNS,
    );
  });

  test('a break-glass access always has a motive, a patient unable to consent and the patient’s permission', () => {
    fc.assert(
      fc.property(context, (ctx) => {
        const decision = decideConsultation(ctx);
        if (decision.allowed && ctx.access.mode === 'break-glass') {
          expect(ctx.access.motive.trim()).not.toBe('');
          expect(ctx.access.patientUnableToConsent).toBe(true);
          expect(ctx.patient.emergency.allowOtherProfessionals).toBe(true);
        }
      }),
      RUNS,
    );
  });

  test('a blocked professional never consults, in any mode', () => {
    fc.assert(
      fc.property(context, (ctx) => {
        if (isBlockedFor(ctx.patient, ctx.professional))
          expect(decideConsultation(ctx).allowed).toBe(false);
      }),
      RUNS,
    );
  });

  test('a CPE never consults, and an osteopath never consults nor deposits', () => {
    fc.assert(
      fc.property(context, (ctx) => {
        const allowed = decideConsultation(ctx).allowed;
        if (
          ctx.professional.card.type === 'CPE' ||
          ctx.professional.profession === 'osteopath' ||
          ctx.professional.profession === 'secretary'
        ) {
          expect(allowed).toBe(false);
        }
        if (ctx.professional.profession === 'osteopath') {
          const deposit = decideDeposit({ ...ctx, workstationSkewMs: 0 }, DocumentMother.draft());
          expect(deposit.allowed).toBe(false);
        }
      }),
      RUNS,
    );
  });

  test('a pharmacist never opens a psychiatric synthesis, whatever the setting, establishment or mode', () => {
    fc.assert(
      fc.property(context, (ctx) => {
        const pharmacist = { ...ctx.professional, profession: '21' as const };
        const doc = DocumentMother.of(ctx.patient, ctx.professional, '68599-0');
        expect(decideDocumentAccess({ ...ctx, professional: pharmacist }, doc).allowed).toBe(false);
      }),
      RUNS,
    );
  });

  test('R28, R31: neither the kind of establishment nor the region of residence changes a decision', () => {
    fc.assert(
      fc.property(
        context,
        fc.constantFrom('chu', 'mental-health', 'ehpad', null),
        fc.constantFrom('Bretagne', 'Martinique'),
        (ctx, kind, region) => {
          const moved = {
            ...ctx,
            professional: { ...ctx.professional, establishmentKind: kind },
            patient: { ...ctx.patient, residenceRegion: region },
          };
          expect(decideConsultation(moved)).toEqual(decideConsultation(ctx));
        },
      ),
      RUNS,
    );
  });

  test('a representative never sees a document hidden from representatives, nor anything after majority', () => {
    fc.assert(
      fc.property(
        context.chain((ctx) => fc.tuple(fc.constant(ctx), arbDocument(ctx.patient.id, ctx.others))),
        ([ctx, doc]) => {
          for (const rep of ctx.patient.legalRepresentatives) {
            const view = decidePatientView(
              { kind: 'representative', representativeId: rep.id },
              ctx.patient,
              doc,
              ctx.now,
            );
            if (doc.visibility.invisibleToLegalRepresentatives) expect(view.allowed).toBe(false);
            if (isAdultAt(ctx.patient, ctx.now)) {
              expect(view.allowed).toBe(false);
              expect(decideRepresentativeAccess(rep.id, ctx.patient, ctx.now).allowed).toBe(false);
            }
          }
        },
      ),
      RUNS,
    );
  });

  test('the patient never sees a document pending announcement, and always sees it one month after deposit', () => {
    fc.assert(
      fc.property(
        context.chain((ctx) => fc.tuple(fc.constant(ctx), arbDocument(ctx.patient.id, ctx.others))),
        ([ctx, doc]) => {
          const viewer = { kind: 'patient' } as const;
          const later = addDuration(doc.depositedAt, { months: 1 });
          const patient = {
            ...ctx.patient,
            traits: { ...ctx.patient.traits, birthDate: '1970-01-01' },
            // An adult who had representatives sees her space once she activated her own account.
            ownAccountActivated: true,
          };
          if (
            doc.visibility.invisibleToPatient &&
            ctx.now < addDuration(doc.depositedAt, { days: 14 }) &&
            ctx.now >= doc.depositedAt
          ) {
            expect(decidePatientView(viewer, patient, doc, ctx.now).allowed).toBe(false);
          }
          if (patient.mesActivated && doc.deletedAt === null) {
            expect(decidePatientView(viewer, patient, doc, later).allowed).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  test('every successful consultation appears in the history, by name; refused ones leave no trace', () => {
    fc.assert(
      fc.property(
        fc
          .array(arbProfessional, { minLength: 1, maxLength: 4 })
          .chain((pros) =>
            fc.tuple(
              fc.constant(pros),
              arbPatient(pros.map((p) => p.id)),
              fc.array(
                fc.tuple(fc.nat(pros.length - 1), arbAccessRequest, fc.constantFrom(...EPISODES)),
                { maxLength: 8 },
              ),
            ),
          ),
        ([pros, patient, calls]) => {
          const unique = pros.map((p, i) => ({ ...p, id: `pro-${i}` }));
          const store = createDmpStore({
            clock: { now: SIMULATION_START },
            patients: [patient],
            professionals: unique,
            documents: [],
          });
          let allowed = 0;
          for (const [i, access, episodeId] of calls) {
            const before = store.getState();
            const result = store.consult({
              professionalId: `pro-${i}`,
              patientId: patient.id,
              episodeId,
              access,
            });
            if (result.allowed) allowed += 1;
            else expect(store.getState()).toBe(before);
          }
          const traces = store
            .getState()
            .history.filter((e) => CONSULTATION_ACTIONS.includes(e.action));
          expect(traces).toHaveLength(allowed);
          for (const t of traces) expect(isNominativeConsultationTrace(t)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
