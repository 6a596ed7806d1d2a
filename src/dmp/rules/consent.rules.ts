/**
 * Consent rules for consulting a DMP in normal mode: per care episode, by the entitled person,
 * possibly for a whole team or through a stay contract, with traced oppositions.
 * Sources: FAQ-CON-01…06, FAQ-PAT-06; dmp-facts.md §5.
 */
import type { Instant } from '../model/clock';
import { scopeCovers, type ConsentRecord } from '../model/consent';
import type { Patient } from '../model/patient';
import type { Professional } from '../model/professional';
import { isAdultAt } from './majority.rules';
import { defineRule } from './rule';

type ProfessionalRef = Pick<Professional, 'id' | 'careTeamIds'>;

/**
 * The minor's secret (secret du mineur, CSP L.1111-5, R.1111-50; dmp-facts.md §3, §7): a minor who
 * consents alone, asking for the secret, asks the professional who receives the consent to keep
 * this episode of care from the legal representatives. It binds that professional, for that episode only: another
 * professional, or another episode, does not inherit it. Not a rule of §14 (the FAQ is silent).
 */
export function isMinorSecretConsent(
  patient: Pick<Patient, 'traits'>,
  record: Pick<ConsentRecord, 'givenBy' | 'scope' | 'recordedAt' | 'minorSecret'>,
): boolean {
  return (
    record.minorSecret === true &&
    record.givenBy === 'patient' &&
    record.scope.kind === 'professional' &&
    !isAdultAt(patient, record.recordedAt)
  );
}

/** Whether this professional received the minor's secret for this episode of care. */
export function holdsMinorSecret(
  patient: Pick<Patient, 'traits' | 'consents'>,
  professionalId: string,
  episodeId: string | undefined,
): boolean {
  return patient.consents.some(
    (record) =>
      episodeId !== undefined &&
      record.episodeId === episodeId &&
      record.scope.kind === 'professional' &&
      record.scope.professionalId === professionalId &&
      isMinorSecretConsent(patient, record),
  );
}

/** Who may consent at one instant: the representative of a minor, or the adult (or the protector). */
function isEntitledAt(
  patient: Patient,
  record: Pick<ConsentRecord, 'givenBy' | 'scope' | 'minorSecret'>,
  at: Instant,
): boolean {
  if (!isAdultAt(patient, at)) {
    // The minor alone only under the secret, for the one professional who receives it.
    return (
      record.givenBy === 'legal-representative' ||
      (record.givenBy === 'patient' &&
        record.minorSecret === true &&
        record.scope.kind === 'professional')
    );
  }
  // Assumption (src/dmp/README.md): the FAQ only says the protector is informed (R37).
  if (record.givenBy === 'protector')
    return patient.legalProtection?.representationRelatingToPerson === true;
  return record.givenBy === 'patient';
}

/**
 * FAQ-CON-02: for a minor the legal representative consents (the minor alone under the secret, for
 * the professional who receives it); an adult consents himself, or his protector. The giver must be
 * entitled when the consent is given and still now: a representative's consent lapses at majority,
 * and a consent the minor could not give does not become valid at 18.
 */
export const isConsentGivenByEntitledPerson = defineRule({
  id: 'isConsentGivenByEntitledPerson',
  faq: 'FAQ-CON-02',
  rules: ['R33', 'R46'],
  summary:
    'Le consentement vient de la bonne personne : représentant légal pour un mineur (sauf secret du mineur, pour le professionnel qui le reçoit), le patient lui-même une fois majeur.',
  // R46 (a professional may access a minor's DMP) is stated under FAQ-PAT-04.
  sources: ['FAQ-PAT-04', 'dmp-facts.md §7 (secret du mineur : CSP L.1111-5, R.1111-50)'],
  test: (
    patient: Patient,
    record: Pick<ConsentRecord, 'givenBy' | 'scope' | 'minorSecret'> & {
      readonly recordedAt?: Instant | undefined;
    },
    now: Instant,
  ) =>
    isEntitledAt(patient, record, record.recordedAt ?? now) && isEntitledAt(patient, record, now),
});

/** FAQ-CON-06: for an adult under a protection measure with representation, the protector was informed too. */
export const isProtectorInformed = defineRule({
  id: 'isProtectorInformed',
  faq: 'FAQ-CON-06',
  rules: ['R37'],
  summary:
    'Majeur protégé avec représentation relative à la personne : la personne chargée de la mesure a aussi été informée.',
  test: (
    patient: Pick<Patient, 'legalProtection'>,
    record: Pick<ConsentRecord, 'protectorInformed' | 'givenBy'>,
  ) =>
    patient.legalProtection?.representationRelatingToPerson !== true ||
    record.protectorInformed ||
    record.givenBy === 'protector',
});

/** FAQ-CON-03: a consent collected on behalf of the care team, the patient being told so, covers every member. */
export const isCoveredByTeamConsent = defineRule({
  id: 'isCoveredByTeamConsent',
  faq: 'FAQ-CON-03',
  rules: ['R34'],
  summary:
    "Consentement recueilli au nom de l'équipe de soins (patient prévenu de cette portée) : il vaut pour chaque membre.",
  test: (record: Pick<ConsentRecord, 'scope'>, professional: ProfessionalRef) =>
    record.scope.kind === 'care-team' &&
    record.scope.informedOfTeamScope &&
    scopeCovers(record.scope, professional),
});

/** FAQ-PAT-06: a stay-contract clause (with written opposition possible) is a consent for the establishment's team. */
export const isCoveredByStayContract = defineRule({
  id: 'isCoveredByStayContract',
  faq: 'FAQ-PAT-06',
  rules: ['R49'],
  summary:
    "La clause du contrat de séjour vaut consentement pour l'équipe de l'établissement, tant qu'aucune opposition n'est tracée.",
  test: (record: Pick<ConsentRecord, 'scope' | 'form'>, professional: ProfessionalRef) =>
    record.form === 'stay-contract-clause' &&
    record.scope.kind === 'care-team' &&
    scopeCovers(record.scope, professional),
});

/** FAQ-CON-01: a consent for the current care episode exists (oral and untraced is enough) and covers the professional. */
export const hasValidConsent = defineRule({
  id: 'hasValidConsent',
  faq: 'FAQ-CON-01',
  rules: ['R32', 'R35', 'R36'],
  summary:
    "Un consentement couvre l'épisode de soins en cours ; un accord oral, même non tracé, suffit.",
  sources: ['FAQ-CON-04', 'FAQ-CON-05'],
  test: (patient: Patient, professional: ProfessionalRef, episodeId: string, now: Instant) =>
    patient.consents.some(
      (record) =>
        record.episodeId === episodeId &&
        ((record.scope.kind === 'professional' &&
          record.scope.professionalId === professional.id) ||
          // A team consent the patient was not told about still covers the professional who collected it.
          (record.scope.kind === 'care-team' && record.recordedBy === professional.id) ||
          isCoveredByTeamConsent(record, professional) ||
          isCoveredByStayContract(record, professional)) &&
        isConsentGivenByEntitledPerson(patient, record, now) &&
        isProtectorInformed(patient, record),
    ),
});

/** FAQ-CON-04: a traced opposition to consultation covers this professional (directly, via a team, or everybody). */
export const hasOpposedToConsultation = defineRule({
  id: 'hasOpposedToConsultation',
  faq: 'FAQ-CON-04',
  rules: ['R35', 'R49'],
  // R49 (oppositions to a stay-contract clause are traced) is stated under FAQ-PAT-06.
  sources: ['FAQ-PAT-06'],
  summary:
    "Le patient s'est opposé à la consultation, opposition obligatoirement tracée, qui couvre ce professionnel.",
  test: (patient: Pick<Patient, 'oppositions'>, professional: ProfessionalRef) =>
    patient.oppositions.some(
      (o) => o.kind === 'consultation' && scopeCovers(o.scope, professional),
    ),
});
