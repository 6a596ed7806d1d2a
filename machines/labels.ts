/**
 * French labels of the machines' states, events and guards, for readers who do not read code: the
 * rule pages draw the diagrams with them and keep the code names for their « Vue technique ».
 * Each machine has its map next to it (`<name>.labels.ts`); guards are the core's predicates,
 * shared by several machines, so they have one map here. `labels.test.ts` fails when a state, an
 * event or a guard of a machine has no label.
 */
import type { GUARD_RULES as BLOCKING_GUARDS } from './blocking.machine';
import type { GUARD_RULES as BREAK_GLASS_GUARDS } from './break-glass.machine';
import type { GUARD_RULES as CONSENT_GUARDS } from './consent.machine';
import type { GUARD_RULES as DEPOSIT_GUARDS } from './deposit.machine';
import type { GUARD_RULES as MAJORITY_GUARDS } from './majority.machine';
import type { GUARD_RULES as PRO_SESSION_GUARDS } from './pro-session.machine';

/** A guard read in French: when it holds (`yes`) and when it does not (`no`, under `not()`). */
export interface GuardLabel {
  readonly yes: string;
  readonly no: string;
}

/** The labels of one machine. */
export interface MachineLabels<TEvent extends string = string> {
  /** Short French name of each state, keyed by its path below the machine (`session.access.choice`). */
  readonly states: Readonly<Record<string, string>>;
  /** What happens, in French, for each event type. */
  readonly events: Readonly<Record<TEvent, string>>;
}

/** Every guard name used by a machine. */
export type GuardName =
  | keyof typeof BLOCKING_GUARDS
  | keyof typeof BREAK_GLASS_GUARDS
  | keyof typeof CONSENT_GUARDS
  | keyof typeof DEPOSIT_GUARDS
  | keyof typeof MAJORITY_GUARDS
  | keyof typeof PRO_SESSION_GUARDS;

/** Each guard, in a few French words, true and false. */
export const GUARD_LABELS: Readonly<Record<GuardName, GuardLabel>> = {
  hasActiveDmp: { yes: 'DMP actif', no: 'DMP fermé ou absent' },
  isTraitSearchAvailable: {
    yes: 'recherche par traits ouverte (simulée par anticipation)',
    no: 'recherche par traits seulement annoncée',
  },
  hasConsultingCard: { yes: 'carte qui permet de consulter', no: 'carte qui ne consulte pas' },
  hasDepositingCard: { yes: 'carte qui permet de déposer', no: 'carte qui ne dépose pas' },
  isTraineeAuthorised: {
    yes: 'interne inscrit ou non-interne',
    no: "interne non inscrit à l'Ordre",
  },
  isProfessionAllowedInSetting: {
    yes: 'profession habilitée',
    no: 'profession non habilitée',
  },
  isHealthProfessional: {
    yes: 'professionnel de santé',
    no: "professionnel qui n'est pas de santé (RPPS+)",
  },
  isProfessionAllowedToDeposit: {
    yes: 'profession qui peut déposer',
    no: 'profession sans accès au DMP',
  },
  isInsQualified: { yes: 'INS qualifiée', no: 'INS non qualifiée' },
  isFoundIdentityQualified: { yes: 'identité qualifiée', no: 'identité non qualifiée' },
  isBlockedFor: { yes: 'professionnel bloqué', no: 'professionnel non bloqué' },
  hasOpposedToConsultation: {
    yes: 'opposition du patient',
    no: "pas d'opposition du patient",
  },
  hasValidConsent: { yes: 'consentement valable', no: 'pas de consentement valable' },
  hasValidConsentAt: {
    yes: 'consentement encore valable',
    no: 'consentement expiré',
  },
  isCoveredByStayContract: {
    yes: 'clause du contrat de séjour',
    no: 'hors contrat de séjour',
  },
  isCoveredByTeamConsent: {
    yes: "consentement pour l'équipe",
    no: "pas de consentement pour l'équipe",
  },
  isConsentGivenByEntitledPerson: {
    yes: 'consentement de la bonne personne',
    no: "consentement d'une autre personne",
  },
  isProtectorInformed: {
    yes: 'personne chargée de la mesure informée',
    no: 'personne chargée de la mesure non informée',
  },
  hasBreakGlassMotive: { yes: 'motif « urgence » donné', no: 'sans motif « urgence »' },
  isBreakGlassSituation: {
    yes: "patient en danger, hors d'état de consentir",
    no: "patient pas en situation d'urgence",
  },
  isBreakGlassAllowedByPatient: {
    yes: 'bris de glace permis par le patient',
    no: 'bris de glace refusé par le patient',
  },
  isRegulator: { yes: 'médecin régulateur', no: 'pas médecin régulateur' },
  isRegulationAllowedByPatient: {
    yes: 'régulation permise par le patient',
    no: 'régulation refusée par le patient',
  },
  areEmergencySettingsConsistent: {
    yes: 'réglages cohérents',
    no: 'réglages incohérents',
  },
  isDocumentTypeOpenToProfession: {
    yes: 'type de document ouvert à la profession',
    no: 'type de document fermé à la profession',
  },
  isOpenDespiteMasking: { yes: 'document non masqué', no: 'document masqué' },
  requiresPatientInformation: {
    yes: 'après un accès en urgence',
    no: 'sans accès en urgence',
  },
  isAdultAt: { yes: '18 ans révolus', no: 'moins de 18 ans' },
  isCurrentRepresentative: {
    yes: "représentant légal d'un mineur",
    no: 'plus représentant légal',
  },
  isVisibleToRepresentatives: {
    yes: 'document visible des représentants',
    no: 'document caché aux représentants',
  },
  isProfileManagedByRepresentative: {
    yes: 'profil rattaché au représentant',
    no: 'profil détaché',
  },
  isProfessionAllowedToDepositType: {
    yes: 'type de document permis à cette profession',
    no: 'synthèse médicale réservée au médecin',
  },
  hasActivatedOwnAccount: {
    yes: 'propre compte activé',
    no: 'propre compte pas encore activé',
  },
  isHiddenFromPatient: {
    yes: "document en attente d'annonce",
    no: 'document visible du patient',
  },
  isSecretConnectionCompliant: {
    yes: 'document caché aux représentants',
    no: 'document visible des représentants',
  },
  isUniqueTraitMatch: { yes: 'une seule identité trouvée', no: 'identité incertaine' },
  isClockInSync: { yes: "horloge à l'heure", no: 'horloge décalée' },
  hasDepositOpposition: {
    yes: 'opposition au dépôt',
    no: "pas d'opposition au dépôt",
  },
  isDmpDocumentType: { yes: 'type de document du DMP', no: 'type de document inconnu du DMP' },
  isPatientDepositType: {
    yes: 'type que le patient peut ajouter',
    no: 'type réservé aux professionnels',
  },
  isVisibilityCombinationAllowed: {
    yes: 'visibilité permise',
    no: 'visibilité interdite',
  },
  isPatientInformedOfDeposit: { yes: 'patient informé', no: 'patient non informé' },
  feedsVaccinationBook: {
    yes: 'note de vaccination',
    no: 'autre document',
  },
};
