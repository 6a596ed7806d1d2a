/**
 * Majority rules: a minor's profile is attached to the legal representative's account until 18;
 * then it detaches and the former representative loses access. Sources: FAQ-PAT-04; dmp-facts.md §7.
 */
import { ageAt, type Instant } from '../model/clock';
import type { Patient } from '../model/patient';
import { defineRule } from './rule';

/** Age of majority in France (paramètre DMP `ageMajorite`). */
export const AGE_OF_MAJORITY = 18;

/** FAQ-PAT-04: the patient is 18 or older at that instant. */
export const isAdultAt = defineRule({
  id: 'isAdultAt',
  faq: 'FAQ-PAT-04',
  rules: ['R47'],
  summary: 'Le patient a 18 ans révolus à cette date.',
  test: (patient: { readonly traits: { readonly birthDate: string } }, now: Instant) =>
    ageAt(patient.traits.birthDate, now) >= AGE_OF_MAJORITY,
});

/** FAQ-PAT-04: a minor's profile exists from birth and is managed from the legal representative's account. */
export const isProfileManagedByRepresentative = defineRule({
  id: 'isProfileManagedByRepresentative',
  faq: 'FAQ-PAT-04',
  rules: ['R45'],
  summary: "Le profil d'un mineur est rattaché au compte de son représentant légal.",
  test: (patient: Pick<Patient, 'traits' | 'legalRepresentatives'>, now: Instant) =>
    !isAdultAt(patient, now) && patient.legalRepresentatives.length > 0,
});

/** FAQ-PAT-04: this person is a legal representative of the patient and the patient is still a minor. */
export const isCurrentRepresentative = defineRule({
  id: 'isCurrentRepresentative',
  faq: 'FAQ-PAT-04',
  rules: ['R47'],
  summary:
    "La personne est représentant légal d'un patient encore mineur ; à 18 ans, elle perd l'accès.",
  test: (
    representativeId: string,
    patient: Pick<Patient, 'traits' | 'legalRepresentatives'>,
    now: Instant,
  ) =>
    patient.legalRepresentatives.some((r) => r.id === representativeId) && !isAdultAt(patient, now),
});

/**
 * FAQ-PAT-04: a young adult whose profile was managed by a legal representative receives her own
 * codes at 18 and sees her profile once she activates her own account with them; a patient who
 * never had a representative has nothing more to activate.
 */
export const hasActivatedOwnAccount = defineRule({
  id: 'hasActivatedOwnAccount',
  faq: 'FAQ-PAT-04',
  rules: ['R47'],
  summary:
    'Le patient dont le profil était rattaché au compte d’un représentant légal a activé son propre compte avec les codes reçus à 18 ans.',
  test: (patient: Pick<Patient, 'legalRepresentatives' | 'ownAccountActivated'>) =>
    patient.legalRepresentatives.length === 0 || patient.ownAccountActivated === true,
});
