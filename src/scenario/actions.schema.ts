/**
 * Schema of the `do:` block of an action step: one strict object per action of the closed
 * vocabulary (`ACTIONS` in vocabulary.ts), discriminated by `action`. Parameters that can be
 * inferred (patient, episode, access mode) are optional; `requests.ts` fills them in.
 */
import { z } from 'zod';
import {
  documentRef,
  documentTypeCode,
  durationFields,
  isoDate,
  kebabId,
  patientRef,
  professionalRef,
  text,
  visibility,
} from './fields.schema';
import {
  ACTIONS,
  CARD_TYPES,
  CONSENT_FORMS,
  CONSENT_GIVERS,
  CONSENT_SCOPES,
  OPEN_MODES,
  type ActionName,
} from './vocabulary';

const act = <N extends ActionName, S extends z.ZodRawShape>(name: N, shape: S) =>
  z
    .object({ action: z.literal(name).describe(ACTIONS[name].label), ...shape })
    .strict()
    .describe(ACTIONS[name].label);

const patient = patientRef(
  'Patient visé (par défaut : le premier patient de world.patients).',
).optional();
const episode = z
  .string()
  .min(1)
  .optional()
  .describe('Épisode de soins (par défaut : world.episode).');
const alias = kebabId(
  'Nom donné au document déposé, pour le citer dans les étapes suivantes.',
).optional();

const psActions = [
  act('ps.login', {
    card: z.enum(CARD_TYPES).describe('Carte présentée : celle que détient le professionnel.'),
  }),
  act('ps.searchByIns', {
    ins: z
      .string()
      .min(1)
      .optional()
      .describe('Matricule INS saisi (15 caractères). Par défaut : celui du patient visé.'),
    oid: z
      .string()
      .min(1)
      .optional()
      .describe("OID de l'autorité d'affectation (par défaut : OID de test)."),
    patient,
  }),
  act('ps.searchByTraits', {
    familyName: z.string().describe('Nom de naissance saisi (vide pour une recherche incomplète).'),
    givenName: z.string().describe('Prénom saisi.'),
    birthDate: z.string().describe('Date de naissance saisie (AAAA-MM-JJ).'),
    sex: z.enum(['M', 'F']).describe('Sexe : M ou F.'),
  }),
  act('ps.recordConsent', {
    patient,
    episode,
    givenBy: z
      .enum(CONSENT_GIVERS)
      .default('patient')
      .describe('Qui consent : patient, legal-representative ou protector.'),
    form: z
      .enum(CONSENT_FORMS)
      .default('oral')
      .describe('Forme : oral (suffit), written ou stay-contract-clause.'),
    scope: z
      .enum(CONSENT_SCOPES)
      .default('professional')
      .describe("Portée : le professionnel seul, ou l'équipe de soins (care-team)."),
    team: z
      .string()
      .min(1)
      .optional()
      .describe('Équipe de soins couverte (par défaut : la première équipe du professionnel).'),
    informedOfTeamScope: z
      .boolean()
      .default(true)
      .describe("Le patient a été prévenu que le consentement vaut pour l'équipe."),
    traced: z.boolean().default(true).describe('Consentement tracé dans le logiciel (recommandé).'),
    protectorInformed: z
      .boolean()
      .default(false)
      .describe('Majeur protégé : la personne chargée de la mesure a été informée.'),
    minorSecret: z
      .boolean()
      .optional()
      .describe(
        'Patient mineur qui consent seul en demandant le secret à ce professionnel (secret du mineur), pour cet épisode.',
      ),
  }),
  act('ps.openDmp', {
    patient,
    episode,
    mode: z
      .enum(OPEN_MODES)
      .default('normal')
      .describe('Mode : normal, ou centre-de-regulation (médecin régulateur du SAMU).'),
  }),
  act('ps.breakGlass', {
    patient,
    episode,
    motive: z.string().default('').describe('Motif « urgence » saisi (vide : le DMP le réclame).'),
    patientUnableToConsent: z
      .boolean()
      .default(true)
      .describe("Le patient est hors d'état de consentir."),
  }),
  act('ps.openDocument', {
    document: documentRef('Document ouvert : identifiant, ou nom donné par `as:`.'),
    patient: patientRef('Patient (par défaut : celui du document).').optional(),
    episode,
  }),
  act('ps.deposit', {
    patient,
    type: documentTypeCode(
      'Type de document déposé (code LOINC, ex. 87273-9 pour une note de vaccination).',
    ),
    title: text('Titre du document (par défaut : le libellé du type).').optional(),
    serviceDate: isoDate("Date de l'acte (par défaut : la date simulée).").optional(),
    visibility: visibility.optional(),
    clockSkewMinutes: z
      .number()
      .int()
      .min(-1440)
      .max(1440)
      .default(0)
      .describe("Décalage de l'horloge du poste, en minutes (0 : poste à l'heure)."),
    patientInformed: z
      .boolean()
      .default(true)
      .describe(
        'Case « patient informé » du logiciel : informer le patient est un devoir du professionnel, que le DMP ne vérifie pas. À false, le dépôt est accepté et le retour le rappelle.',
      ),
    as: alias,
  }),
  act('ps.qualifyIdentity', {
    patient: patientRef(
      "Patient dont l'identité devient qualifiée (par défaut : le premier patient de world.patients). Cela se fait dans le logiciel du professionnel (téléservice INSi, pièce d'identité), pas dans le DMP.",
    ).optional(),
  }),
] as const;

const patientActions = [
  act('patient.block', { professional: professionalRef('Professionnel bloqué (par son RPPS).') }),
  act('patient.unblock', { professional: professionalRef('Professionnel débloqué.') }),
  act('patient.blockAll', {
    all: z
      .boolean()
      .default(true)
      .describe('true : tout bloquer ; false : lever le blocage général.'),
  }),
  act('patient.setEmergencySettings', {
    allowSamu: z.boolean().describe('Autoriser le SAMU – Centre 15.'),
    allowOtherProfessionals: z
      .boolean()
      .describe('Autoriser les autres professionnels en bris de glace.'),
    allowMaskedDocumentsInEmergency: z
      .boolean()
      .describe('Rendre les documents masqués visibles en urgence.'),
  }),
  act('patient.viewHistory', {}),
  act('patient.viewDocuments', {}),
  act('patient.addDocument', {
    type: documentTypeCode('Type « document du patient » (classe 90, ex. DOCPAT05).'),
    title: text('Titre du document.').optional(),
    serviceDate: isoDate('Date du document.').optional(),
    maskedFromProfessionals: z.boolean().default(false).describe('Masqué aux professionnels.'),
    as: alias,
  }),
  act('patient.maskDocument', {
    document: documentRef('Document masqué : identifiant, ou nom donné par `as:`.'),
    masked: z
      .boolean()
      .default(true)
      .describe('true : masqué aux professionnels (sauf son auteur) ; false : démasqué.'),
  }),
  act('patient.opposeDeposit', {
    reason: z
      .string()
      .default('')
      .describe('Motif légitime saisi par le patient (vide : le DMP le réclame).'),
    professional: professionalRef(
      'Professionnel visé (par défaut : tous les professionnels).',
    ).optional(),
  }),
  act('patient.activateSpace', {}),
  act('representative.viewDocuments', {}),
  act('clock.advance', durationFields).refine(
    (d) => [d.years, d.months, d.days, d.hours, d.minutes].some((v) => (v ?? 0) > 0),
    { error: 'durée nulle : indiquez au moins une valeur (ex. days: 14)' },
  ),
] as const;

/** The `do:` block: the action the learner must perform. */
export const actionSchema = z
  .discriminatedUnion('action', [...psActions, ...patientActions])
  .describe("Action que l'apprenant doit faire dans les écrans simulés.");

/** A parsed action. */
export type StepAction = z.output<typeof actionSchema>;
/** A parsed action of one kind. */
export type ActionOf<N extends ActionName> = Extract<StepAction, { action: N }>;

const ACTION_SHAPES: ReadonlyMap<string, readonly string[]> = new Map(
  [...psActions, ...patientActions].map((schema) => {
    const { action, ...rest } = schema.shape;
    return [action.value, Object.keys(rest)] as const;
  }),
);

/** The parameters an action takes (besides `action`), e.g. for the goal's `with` list. */
export function actionParameters(name: ActionName): readonly string[] {
  return ACTION_SHAPES.get(name) ?? [];
}
