/**
 * Small adapters shared by the handlers: the access request of a query, the resolution of an INS
 * into the patient (core `findByIns`), the DocumentReference of a document, and plain-JSON views of
 * decisions, history, settings and the simulated world. No rule is decided here.
 */
import {
  type AccessMode,
  ALLOWED_CODES,
  assumptionById,
  breakGlass,
  cite,
  deny,
  errorTitle,
  faqPath,
  isAdultAt,
  isProfileManagedByRepresentative,
  NORMAL_ACCESS,
  professionalName,
  professionLabel,
  REGULATION_ACCESS,
  type AccessRequest,
  type Decision,
  type DmpDocument,
  type HistoryLine,
  type Patient,
} from '../dmp/index';
import type { ApiContext } from './context';
import { WIRE } from './wire-values';
import { toFhirDocumentReference } from './fhir/resources';
import type { InsInput } from './schemas/common.schemas';
import { refusalResponse } from './to-http';
import type { PatientSession } from './with-auth';

/** The access context of a professional's read (the VIHF attributes of the real DMP). */
interface ReadContext {
  readonly mode?: AccessMode | undefined;
  readonly motive?: string | undefined;
  readonly patientUnableToConsent?: boolean | undefined;
}

/** The access request of a read: mode, and in break-glass the motive and the patient's state. */
export function accessOf({ mode, motive, patientUnableToConsent }: ReadContext): AccessRequest {
  if (mode === 'break-glass') return breakGlass(motive ?? '', patientUnableToConsent ?? true);
  return mode === 'regulation-centre' ? REGULATION_ACCESS : NORMAL_ACCESS;
}

/**
 * A « consent required » refusal of a read sent without `episode` says so: consent covers one care
 * episode (R32), so the cause is the missing parameter, not a missing consent.
 */
export function explainMissingEpisode<D extends Decision>(
  decision: D,
  episode: string | undefined,
): D {
  if (episode !== undefined || decision.allowed || decision.code !== 'DMP.CONSENT_REQUIRED')
    return decision;
  return {
    ...decision,
    explanation:
      "Aucun épisode de soins n'a été transmis (paramètre episode absent) : un consentement vaut pour un épisode de soins (R32), indiquez celui en cours (episode=…), ou recueillez le consentement du patient s'il n'est pas déjà enregistré.",
  };
}

/** How a read names its patient: INS (`patient.identifier`) or FHIR reference (`patient`). */
interface PatientRef {
  readonly 'patient.identifier'?: InsInput | undefined;
  readonly patient?: string | undefined;
}

/**
 * Run `next` with the patient a read names: by INS, by `Patient/<id>` (the DMP must be active, as
 * for an INS), or else by the patient of document `documentId` (a read by id). An unknown
 * document is « document not found ».
 */
export function withReadPatient(
  ctx: ApiContext,
  ref: PatientRef,
  documentId: string | undefined,
  next: (patient: Patient) => Response,
): Response {
  const ins = ref['patient.identifier'];
  if (ins !== undefined) return withPatientIns(ctx, ins, next);
  const patientId =
    ref.patient ?? ctx.store.getState().documents.find((d) => d.id === documentId)?.patientId;
  if (patientId === undefined)
    return refusalResponse(
      deny(
        'DMP.DOCUMENT_NOT_FOUND',
        `Le document « ${documentId ?? ''} » n'existe pas dans le simulateur.`,
        cite('FAQ-ACC-09'),
      ),
    );
  return withPatientId(ctx, patientId, (patient) =>
    withPatientIns(ctx, { oid: patient.ins.oid, matricule: patient.ins.matricule }, next),
  );
}

/** Run `next` with the patient whose active DMP carries this INS, or answer the core's refusal. */
export function withPatientIns(
  ctx: ApiContext,
  ins: InsInput,
  next: (patient: Patient) => Response,
): Response {
  const found = ctx.store.findByIns(ins.matricule, ins.oid);
  return found.allowed ? next(found.patient) : refusalResponse(found);
}

/** Run `next` with a patient of the current state, or answer « unknown patient ». */
export function withPatientId(
  ctx: ApiContext,
  id: string,
  next: (patient: Patient) => Response,
): Response {
  const patient = patientById(ctx, id);
  return patient === undefined
    ? refusalResponse(
        deny('DMP.UNKNOWN_PATIENT', `Patient « ${id} » inconnu du simulateur.`, cite('FAQ-INS-01')),
      )
    : next(patient);
}

/** A patient of the current state, by id. */
function patientById(ctx: ApiContext, id: string): Patient | undefined {
  return ctx.store.getState().patients.find((p) => p.id === id);
}

/** The DocumentReference of a document, with its subject. */
export function documentResource(ctx: ApiContext, doc: DmpDocument) {
  return toFhirDocumentReference(doc, patientById(ctx, doc.patientId));
}

/** A decision as plain JSON. */
export function decisionJson(decision: Decision) {
  return {
    code: decision.code,
    title: decision.allowed ? ALLOWED_CODES[decision.code] : errorTitle(decision.code),
    explanation: decision.explanation,
    notices: decision.allowed ? [...decision.notices] : [],
    rules: [...decision.rules],
    faq: decision.faq.map((id) => ({ id, url: faqPath(id) })),
    assumptions: (decision.assumptions ?? []).map((id) => ({
      id,
      summary: assumptionById(id).summary,
    })),
  };
}

/** The activity history as JSON. */
export function historyJson(patientId: string, lines: readonly HistoryLine[]) {
  return {
    patientId,
    entries: lines.map(({ entry, text }) => ({
      id: entry.id,
      at: entry.at,
      text,
      action: entry.action,
      mode: WIRE.accessMode[entry.mode],
      actor:
        entry.actor.kind === 'professional'
          ? {
              kind: entry.actor.kind,
              name: entry.actor.name,
              profession: professionLabel(entry.actor.profession),
              rpps: entry.actor.rpps,
            }
          : { kind: entry.actor.kind, name: entry.actor.name },
      ...(entry.documentId === undefined ? {} : { documentId: entry.documentId }),
      ...(entry.motive === undefined ? {} : { motive: entry.motive }),
    })),
  };
}

/** Who may access the DMP (blocking and emergency settings) after a change. */
export function accessSettingsJson(patient: Patient, decision: Decision) {
  return {
    decision: decisionJson(decision),
    blocked: { all: patient.blocked.all, rpps: [...patient.blocked.rpps] },
    emergency: { ...patient.emergency },
  };
}

/** The oppositions of a patient after a change. */
export function oppositionsJson(patient: Patient, decision: Decision) {
  return {
    decision: decisionJson(decision),
    oppositions: patient.oppositions.map((o) => ({ ...o, channel: WIRE.channel[o.channel] })),
  };
}

/** The profile of the patient as the session sees it. */
export function profileJson(ctx: ApiContext, session: PatientSession, patient: Patient) {
  const { now } = ctx.store.getState().clock;
  return {
    patientId: patient.id,
    displayName: patient.displayName,
    birthDate: patient.traits.birthDate,
    isAdult: isAdultAt(patient, now),
    managedBy: isProfileManagedByRepresentative(patient, now) ? 'representative' : 'holder',
    viewer: { kind: session.viewer.kind, id: session.representativeId },
    legalRepresentatives: patient.legalRepresentatives.map((r) => ({
      id: r.id,
      name: professionalName(r),
      relationship: WIRE.relationship[r.relationship],
    })),
    emergency: { ...patient.emergency },
    blocked: { all: patient.blocked.all, rpps: [...patient.blocked.rpps] },
    decision: decisionJson(ctx.store.patientView(session.viewer, patient.id).decision),
  };
}

/** The simulated world: clock, generation and counts. */
export function worldJson(ctx: ApiContext) {
  const state = ctx.store.getState();
  return {
    now: state.clock.now,
    generation: ctx.generation(),
    counts: {
      patients: state.patients.length,
      professionals: state.professionals.length,
      documents: state.documents.length,
      history: state.history.length,
    },
  };
}
