/**
 * Deposit rules: who may deposit, which documents exist in the DMP, workstation clock, deposit
 * opposition, prior information, mandatory documents, patient documents, vaccination book.
 * Sources: FAQ-DEP-01…11, FAQ-CON-08; dmp-facts.md §2, §10.
 */
import { CLOCK_SKEW_TOLERANCE_MS, instantMs, type Instant } from '../model/clock';
import { scopeCovers } from '../model/consent';
import {
  isDocumentTypeCode,
  isPatientClassType,
  type DocumentTypeCode,
} from '../model/document-types.data';
import type { Patient } from '../model/patient';
import type { Professional, ProfessionCode } from '../model/professional';
import { defineRule } from './rule';

/** FAQ-DEP-01: any professional may deposit what is useful to the care, except osteopaths who have no DMP access at all. */
export const isProfessionAllowedToDeposit = defineRule({
  id: 'isProfessionAllowedToDeposit',
  faq: 'FAQ-DEP-01',
  rules: ['R7', 'R22'],
  summary:
    "Tout professionnel peut déposer un document utile à la prise en charge ; l'ostéopathe n'a aucun accès au DMP.",
  sources: ['FAQ-ACC-03'],
  test: (profession: ProfessionCode) => profession !== 'osteopath',
});

/** The medical synthesis (volet de synthèse médicale, VSM): the médecin traitant's document. */
export const MEDICAL_SYNTHESIS_TYPE = '60591-5';

/**
 * FAQ-DEP-01: any professional deposits what is useful to the care, except the medical synthesis
 * (VSM), the médecin traitant's document (dmp-facts.md §10.1), which only a physician deposits, or
 * a secretary with a nominative CPE on the physician's behalf (FAQ-DEP-02); simulator's assumption
 * HS18 for the refusal itself.
 */
export const isProfessionAllowedToDepositType = defineRule({
  id: 'isProfessionAllowedToDepositType',
  faq: 'FAQ-DEP-01',
  rules: ['R7'],
  summary:
    'La synthèse médicale (VSM) est le document du médecin traitant : un médecin la dépose (ou son secrétariat pour lui). Les autres types ne dépendent pas de la profession.',
  sources: ['dmp-facts.md §10.1', 'FAQ-DEP-02'],
  test: (profession: ProfessionCode, typeCode: string) =>
    typeCode !== MEDICAL_SYNTHESIS_TYPE || profession === '10' || profession === 'secretary',
});

/** FAQ-DEP-03: the document type exists in the DMP (there is no « allergies » type; no convocation either). */
export const isDmpDocumentType = defineRule({
  id: 'isDmpDocumentType',
  faq: 'FAQ-DEP-03',
  rules: ['R10', 'R17'],
  summary:
    'Le type de document existe dans le DMP : ni « allergies » ni documents non officiels (convocation, planning).',
  sources: ['FAQ-DEP-10'],
  test: (typeCode: string) => isDocumentTypeCode(typeCode),
});

/** FAQ-DEP-11: the workstation clock is within the tolerance of the DMP clock. */
export const isClockInSync = defineRule({
  id: 'isClockInSync',
  faq: 'FAQ-DEP-11',
  rules: ['R18'],
  summary: "L'horloge du poste est synchronisée avec l'heure réelle (écart dans la tolérance).",
  sources: ['dmp-facts.md §10.2 (tolérance non publiée : paramètre)'],
  test: (skewMs: number, toleranceMs: number = CLOCK_SKEW_TOLERANCE_MS) =>
    Math.abs(skewMs) <= toleranceMs,
});

/** FAQ-CON-08: the patient opposed deposits by this professional for a legitimate reason. */
export const hasDepositOpposition = defineRule({
  id: 'hasDepositOpposition',
  faq: 'FAQ-CON-08',
  rules: ['R41'],
  summary: "Le patient s'est opposé au dépôt pour un motif légitime : le dépôt est refusé.",
  test: (
    patient: Pick<Patient, 'oppositions'>,
    professional: Pick<Professional, 'id' | 'careTeamIds'>,
  ) =>
    patient.oppositions.some(
      (o) =>
        o.kind === 'deposit' && o.reason.trim().length > 0 && scopeCovers(o.scope, professional),
    ),
});

/**
 * FAQ-CON-08: depositing needs no consent; informing the patient beforehand is the professional's
 * duty, which the DMP never checks (dmp-facts.md §5, §11.2). The professional's software keeps it as
 * a checklist item and reminds of it; it is never a reason to refuse a deposit.
 */
export const isPatientInformedOfDeposit = defineRule({
  id: 'isPatientInformedOfDeposit',
  faq: 'FAQ-CON-08',
  rules: ['R40'],
  summary:
    'Le professionnel a informé le patient du dépôt (son devoir, aucun consentement requis) ; le DMP ne le vérifie pas : le logiciel le rappelle, sans jamais refuser le dépôt.',
  sources: ['dmp-facts.md §5', 'dmp-facts.md §11.2'],
  test: (context: { readonly patientInformed: boolean }) => context.patientInformed,
});

/**
 * Mandatory deposits of the arrêté du 26 avril 2022, with their entry into force (null = before 2022).
 * Biology reports follow the arrêté's date (31/12/2022, dmp-facts.md §10.1), as the FAQ answer says.
 */
export const MANDATORY_DEPOSITS: Readonly<Partial<Record<DocumentTypeCode, Instant | null>>> = {
  '11490-0': null,
  '60591-5': null,
  '11502-2': '2022-12-31T00:00:00.000Z',
  '18748-4': '2022-12-31T00:00:00.000Z',
  '57833-6': '2022-12-31T00:00:00.000Z',
  '34874-8': '2023-12-31T00:00:00.000Z',
  '89601-9': '2023-12-31T00:00:00.000Z',
};

/** FAQ-DEP-01: this document type must be deposited at that date (arrêté du 26 avril 2022). */
export const isMandatoryDepositType = defineRule({
  id: 'isMandatoryDepositType',
  faq: 'FAQ-DEP-01',
  rules: ['R8'],
  summary:
    'Ce type de document est à verser obligatoirement au DMP (arrêté du 26 avril 2022) à cette date.',
  sources: ['dmp-facts.md §10.1'],
  test: (typeCode: DocumentTypeCode, at: Instant) => {
    if (!Object.hasOwn(MANDATORY_DEPOSITS, typeCode)) return false;
    const since = MANDATORY_DEPOSITS[typeCode];
    return since === null || since === undefined || instantMs(at) >= instantMs(since);
  },
});

/** FAQ-DEP-06: the patient adds documents of class 90 (documents déposés par le patient). */
export const isPatientDepositType = defineRule({
  id: 'isPatientDepositType',
  faq: 'FAQ-DEP-06',
  rules: ['R13'],
  summary: 'Le patient peut ajouter lui-même des documents (classe 90, rubrique Documents).',
  test: (typeCode: DocumentTypeCode) => isPatientClassType(typeCode),
});

/** FAQ-DEP-08: a vaccination note feeds the patient's vaccination book. */
export const feedsVaccinationBook = defineRule({
  id: 'feedsVaccinationBook',
  faq: 'FAQ-DEP-08',
  rules: ['R15'],
  summary: 'Une note de vaccination déposée enrichit le carnet de vaccination.',
  test: (typeCode: DocumentTypeCode) => typeCode === '87273-9',
});
