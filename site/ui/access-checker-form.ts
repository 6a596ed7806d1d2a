/**
 * State of the « Ai-je accès ? » form: what the practitioner describes (profession, practice,
 * card), the patient's situation, the emergency and the document. Plain data, no rule.
 */
import type { CardType, DocumentTypeCode, PracticeSetting, ProfessionCode } from './dmp-client';

/** A profession of the core, or an intern (a physician in training) registered with the Order or not. */
export type ProfessionChoice = ProfessionCode | 'intern-registered' | 'intern-unregistered';

/** The card the practitioner connects with. */
export type CardChoice = Exclude<CardType, 'CPE'> | 'CPE-nominative' | 'CPE-anonymous';

/** Adult, minor, or a young adult who was a minor until recently (FAQ-PAT-04). */
export type PatientAge = 'adult' | 'minor' | 'turned-adult';

/** Who gave the consent for the current care episode, if anybody. */
type ConsentChoice = 'none' | 'patient' | 'representative';

/** Whom the patient blocked in Mon espace santé. */
type BlockChoice = 'none' | 'me' | 'all';

/** Everything the form asks. */
export interface CheckerForm {
  readonly profession: ProfessionChoice;
  readonly setting: PracticeSetting;
  readonly card: CardChoice;
  readonly age: PatientAge;
  /** Only read for a minor. */
  readonly secretConnection: boolean;
  readonly insQualified: boolean;
  readonly consent: ConsentChoice;
  readonly opposition: boolean;
  readonly blocked: BlockChoice;
  /** Access in break-glass mode instead of the normal mode. */
  readonly emergency: boolean;
  readonly patientUnableToConsent: boolean;
  readonly motive: string;
  /** The patient opposed emergency access beforehand (Mon espace santé setting). */
  readonly emergencyRefusedInAdvance: boolean;
  readonly documentType: DocumentTypeCode;
  readonly patientInformedOfDeposit: boolean;
  readonly hiddenFromRepresentatives: boolean;
  readonly depositOpposition: boolean;
}

/** The form as it first appears: a liberal GP with a CPS, an adult who consented, no emergency. */
export const DEFAULT_FORM: CheckerForm = {
  profession: '10',
  setting: 'liberal',
  card: 'CPS',
  age: 'adult',
  secretConnection: false,
  insQualified: true,
  consent: 'patient',
  opposition: false,
  blocked: 'none',
  emergency: false,
  patientUnableToConsent: true,
  motive: '',
  emergencyRefusedInAdvance: false,
  documentType: '60591-5',
  patientInformedOfDeposit: true,
  hiddenFromRepresentatives: false,
  depositOpposition: false,
};
