/**
 * The checks made before any access rule, in the order of the core's `decideConsultation`: DMP
 * active, consulting card, trainee registered, profession allowed in its setting, qualified INS,
 * and « accès bloqué ». Shared by the machines whose context holds the patient and the professional.
 */
import { and } from 'xstate';
import {
  hasActiveDmp,
  hasConsultingCard,
  isBlockedFor,
  isInsQualified,
  isProfessionAllowedInSetting,
  isTraineeAuthorised,
  type Patient,
  type Professional,
} from '../src/dmp/index';

interface Args {
  readonly context: { readonly patient: Patient; readonly professional: Professional };
}

/** Eligibility guards, each one line calling a core predicate. */
export const ELIGIBILITY_GUARDS = {
  hasActiveDmp: ({ context }: Args) => hasActiveDmp(context.patient),
  hasConsultingCard: ({ context }: Args) => hasConsultingCard(context.professional.card),
  isTraineeAuthorised: ({ context }: Args) => isTraineeAuthorised(context.professional),
  isProfessionAllowedInSetting: ({ context }: Args) =>
    isProfessionAllowedInSetting(context.professional.profession, context.professional.setting),
  isInsQualified: ({ context }: Args) => isInsQualified(context.patient),
  isBlockedFor: ({ context }: Args) => isBlockedFor(context.patient, context.professional),
};

/** The core rule behind each eligibility guard (for the machines' GUARD_RULES). */
export const ELIGIBILITY_GUARD_RULES = {
  hasActiveDmp,
  hasConsultingCard,
  isTraineeAuthorised,
  isProfessionAllowedInSetting,
  isInsQualified,
  isBlockedFor,
};

/** Every eligibility check but blocking, which each machine answers with its own « accès bloqué ». */
export const ELIGIBLE = and([
  'hasActiveDmp',
  'hasConsultingCard',
  'isTraineeAuthorised',
  'isProfessionAllowedInSetting',
  'isInsQualified',
]);
