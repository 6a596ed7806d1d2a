/**
 * Adapter of the « Ai-je accès ? » tool: turns the form state into the core's domain objects and
 * asks the core's decisions (`decideConsultation`, `decideDocumentAccess`, `decideDeposit`,
 * `decideRepresentativeAccess`). No rule lives here: every verdict and explanation comes from
 * src/dmp, so the tool can never disagree with the simulator.
 */
import {
  addDuration,
  decideConsultation,
  decideDeposit,
  decideDocumentAccess,
  decideRepresentativeAccess,
  documentType,
  luhnCheckDigit,
  SIMULATION_START,
  testInsFromNir,
  VISIBLE_TO_ALL,
  withInformationReminder,
  type AccessRequest,
  type Card,
  type ConsentRecord,
  type ConsultationContext,
  type Decision,
  type DepositContext,
  type DmpDocument,
  type DocumentDraft,
  type Opposition,
  type Patient,
  type Professional,
  type ProfessionCode,
} from './dmp-client';
import type { CardChoice, CheckerForm, PatientAge } from './access-checker-form';

/** The instant every check is made at: the simulation's start. */
const CHECK_INSTANT = SIMULATION_START;
const EPISODE = 'episode-en-cours';
const PROFESSIONAL_ID = 'pro-vous';
const REPRESENTATIVE_ID = 'representant-legal';
// A fictitious RPPS (19999… range, Luhn key), the number the patient may have blocked.
const RPPS_BODY = '1999999999';
const RPPS = `${RPPS_BODY}${luhnCheckDigit(RPPS_BODY)}`;

const CARDS: Readonly<Record<CardChoice, Card>> = {
  CPS: { type: 'CPS' },
  'e-CPS': { type: 'e-CPS' },
  'CPE-nominative': { type: 'CPE', nominative: true },
  'CPE-anonymous': { type: 'CPE', nominative: false },
  CPF: { type: 'CPF' },
};

/** The practitioner described by the form. */
export function toProfessional(form: CheckerForm): Professional {
  const intern =
    form.profession === 'intern-registered' || form.profession === 'intern-unregistered';
  const profession: ProfessionCode = intern ? '10' : form.profession;
  return {
    id: PROFESSIONAL_ID,
    rpps: RPPS,
    familyName: 'Vous',
    givenName: '',
    profession,
    rppsPlusRole: profession === 'rpps-plus-role' ? 'social-worker' : null,
    setting: form.setting,
    establishmentKind: null,
    structureName: null,
    card: CARDS[form.card],
    isIntern: intern,
    orderRegistered: form.profession !== 'intern-unregistered',
    careTeamIds: [],
    isRegulator: false,
  };
}

const BIRTH: Readonly<Record<PatientAge, { date: string; nir: string }>> = {
  adult: { date: '1980-05-17', nir: '2800544109001' },
  minor: { date: '2011-03-08', nir: '2110344109002' },
  // Turned 18 three months before the check.
  'turned-adult': {
    date: addDuration(SIMULATION_START, { years: -18, months: -3 }).slice(0, 10),
    nir: '2070744109003',
  },
};

function consentOf(form: CheckerForm): ConsentRecord[] {
  if (form.consent === 'none') return [];
  return [
    {
      id: 'consentement',
      episodeId: EPISODE,
      scope: { kind: 'professional', professionalId: PROFESSIONAL_ID },
      givenBy: form.consent === 'patient' ? 'patient' : 'legal-representative',
      form: 'oral',
      traced: true,
      protectorInformed: false,
      recordedAt: addDuration(CHECK_INSTANT, { minutes: -10 }),
      recordedBy: PROFESSIONAL_ID,
      // The minor asked this practitioner for the secret, for this episode (CSP L.1111-5).
      ...(form.age === 'minor' && form.consent === 'patient' && form.secretConnection
        ? { minorSecret: true }
        : {}),
    },
  ];
}

function oppositionsOf(form: CheckerForm): Opposition[] {
  const traced = {
    channel: 'oral',
    tracedAt: addDuration(CHECK_INSTANT, { days: -7 }),
    tracedBy: null,
  } as const;
  return [
    ...(form.opposition
      ? [
          {
            id: 'opposition-consultation',
            kind: 'consultation',
            scope: { kind: 'all' },
            reason: 'Refus exprimé par le patient',
            ...traced,
          } as const,
        ]
      : []),
    ...(form.depositOpposition
      ? [
          {
            id: 'opposition-depot',
            kind: 'deposit',
            scope: { kind: 'professional', professionalId: PROFESSIONAL_ID },
            reason: 'Motif légitime invoqué par le patient',
            ...traced,
          } as const,
        ]
      : []),
  ];
}

/** The patient described by the form (synthetic test INS). */
export function toPatient(form: CheckerForm): Patient {
  const birth = BIRTH[form.age];
  const ins = testInsFromNir(birth.nir);
  if (ins === null) throw new Error(`Invalid NIR in the checker: ${birth.nir}`);
  const allowEmergency = !form.emergencyRefusedInAdvance;
  return {
    id: 'patient',
    ins,
    identityStatus: form.insQualified ? 'QUAL' : 'PROV',
    traits: {
      birthName: 'ESSAI',
      givenNames: ['Camille'],
      birthDate: birth.date,
      sex: 'F',
      birthPlaceCode: '44109',
    },
    displayName: 'Camille Essai',
    legalRepresentatives:
      form.age === 'adult'
        ? []
        : [
            {
              id: REPRESENTATIVE_ID,
              familyName: 'Essai',
              givenName: 'Alex',
              relationship: 'mother',
            },
          ],
    legalProtection: null,
    trustedPerson: null,
    mesActivated: true,
    dmpStatus: 'active',
    emergency: {
      allowSamu: allowEmergency,
      allowOtherProfessionals: allowEmergency,
      allowMaskedDocumentsInEmergency: false,
    },
    blocked: { all: form.blocked === 'all', rpps: form.blocked === 'me' ? [RPPS] : [] },
    oppositions: oppositionsOf(form),
    consents: consentOf(form),
    residenceRegion: 'Pays de la Loire',
  };
}

/** The access mode: normal, or break-glass with the typed motive. */
function toAccessRequest(form: CheckerForm): AccessRequest {
  return form.emergency
    ? {
        mode: 'break-glass',
        motive: form.motive,
        patientUnableToConsent: form.patientUnableToConsent,
      }
    : { mode: 'normal' };
}

/** Inputs of `decideConsultation` and `decideDocumentAccess`. */
function toConsultationContext(form: CheckerForm): ConsultationContext {
  return {
    professional: toProfessional(form),
    patient: toPatient(form),
    now: CHECK_INSTANT,
    episodeId: EPISODE,
    access: toAccessRequest(form),
  };
}

/** A document of the chosen type already in the DMP, deposited by another professional. */
function toDocument(form: CheckerForm): DmpDocument {
  return {
    id: 'document',
    patientId: 'patient',
    typeCode: form.documentType,
    title: documentType(form.documentType).label,
    serviceDate: '2025-09-15',
    depositedAt: '2025-09-15T10:00:00.000Z',
    author: {
      kind: 'professional',
      professionalId: 'pro-auteur',
      name: 'Dr Auteur',
      rpps: null,
      profession: '10',
    },
    status: 'current',
    visibility: VISIBLE_TO_ALL,
    deletedAt: null,
    summary: '',
  };
}

/** Inputs of `decideDeposit`: the practitioner deposits a new document of the chosen type. */
function toDeposit(form: CheckerForm): { context: DepositContext; draft: DocumentDraft } {
  return {
    context: {
      professional: toProfessional(form),
      patient: toPatient(form),
      now: CHECK_INSTANT,
      workstationSkewMs: 0,
      episodeId: EPISODE,
    },
    draft: {
      typeCode: form.documentType,
      title: documentType(form.documentType).label,
      serviceDate: CHECK_INSTANT.slice(0, 10),
      visibility: {
        ...VISIBLE_TO_ALL,
        invisibleToLegalRepresentatives: form.hiddenFromRepresentatives,
      },
      summary: '',
    },
  };
}

/** The core's verdicts for one form state. */
interface CheckerVerdicts {
  readonly consultation: Decision;
  readonly document: Decision;
  readonly deposit: Decision;
  /** Whether the former legal representative keeps access; only for a patient who turned 18. */
  readonly formerRepresentative: Decision | null;
}

/** Ask the core every question the tool answers. */
export function checkAccess(form: CheckerForm): CheckerVerdicts {
  const ctx = toConsultationContext(form);
  const { context, draft } = toDeposit(form);
  return {
    consultation: decideConsultation(ctx),
    document: decideDocumentAccess(ctx, toDocument(form)),
    // Informing the patient is a checklist item of the professional, never a DMP refusal (R40).
    deposit: withInformationReminder(decideDeposit(context, draft), {
      patientInformed: form.patientInformedOfDeposit,
    }),
    formerRepresentative:
      form.age === 'turned-adult'
        ? decideRepresentativeAccess(REPRESENTATIVE_ID, ctx.patient, CHECK_INSTANT)
        : null,
  };
}
