/**
 * Zod schemas of the endpoints that PDSM4DMP does not describe: simulated Pro Santé Connect and Mon
 * espace santé logins, access authorisation (consent, opposition, break-glass), the patient's side
 * (blocking, emergency settings, documents, history, vaccinations, profile) and training control.
 */
import { z } from 'zod';
import {
  CARD_TYPES,
  CONSENT_FORMS,
  CONSENT_GIVERS,
  IDENTITY_STATUSES,
  OPPOSITION_KINDS,
} from '../../dmp/index';
import { base64ToText } from '../auth/base64';
import { WIRE, wireEnum } from '../wire-values';
import { MAX_ATTACHMENT_BASE64 } from '../config';
import {
  decisionJson,
  duration,
  episode,
  insIdentifier,
  isoDate,
  motive,
  PATIENT_UNABLE_TO_CONSENT,
  resourceId,
} from './common.schemas';

/** Simulated Pro Santé Connect login: a professional (RPPS, or id without RPPS) and a card. */
export const pscLogin = z
  .union([
    z.strictObject({
      rpps: z.string().min(1).max(20).describe('Numéro RPPS (11 chiffres).'),
      card: z.enum(CARD_TYPES).describe('Carte présentée : CPS, e-CPS, CPE ou CPF.'),
    }),
    z.strictObject({
      professionalId: resourceId.describe(
        'Identifiant du professionnel sans RPPS (secrétariat, CPE).',
      ),
      card: z.enum(CARD_TYPES).describe('Carte présentée : CPS, e-CPS, CPE ou CPF.'),
    }),
  ])
  .describe('Connexion Pro Santé Connect simulée : identité du professionnel et carte présentée.');

/** Simulated Mon espace santé login: the patient's INS, and the representative when one acts. */
export const mesLogin = z
  .strictObject({
    ins: insIdentifier,
    representativeId: resourceId
      .optional()
      .describe(
        'Représentant légal qui se connecte pour un mineur (absent : le titulaire lui-même).',
      ),
  })
  .describe('Connexion Mon espace santé simulée.');

/** Token response of both logins. */
export const tokenResponse = z.strictObject({
  access_token: z.string().describe('Jeton porteur à envoyer dans Authorization: Bearer …'),
  token_type: z.literal('Bearer'),
  expires_in: z.int().describe('Durée de vie en secondes de temps simulé.'),
  expires_at: z.string().describe('Expiration, en heure simulée.'),
  subject: z.strictObject({
    kind: z.enum(['ps', 'mes']),
    id: z.string(),
    displayName: z.string(),
  }),
});

/** TD0.3-like: record a consent for a care episode. */
export const consentCreate = z
  .strictObject({
    patient: insIdentifier,
    episode,
    scope: z
      .discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('self').describe('Le professionnel qui enregistre.') }),
        z.strictObject({
          kind: z.literal('care-team'),
          teamId: resourceId.describe('Équipe de soins (MSP, service, EHPAD).'),
          informedOfTeamScope: z
            .boolean()
            .describe("Le patient sait que le consentement vaut pour l'équipe (R34)."),
        }),
      ])
      .optional()
      .describe('Portée : le professionnel seul (défaut) ou son équipe de soins.'),
    givenBy: z.enum(CONSENT_GIVERS).describe('Qui a consenti.'),
    form: z.enum(CONSENT_FORMS).describe('Forme du consentement (oral suffit, R36).'),
    traced: z.boolean().describe('Tracé dans le logiciel (recommandé, R35).'),
    protectorInformed: z
      .boolean()
      .describe('Majeur protégé : personne chargée de la mesure informée (R37).'),
    minorSecret: z
      .boolean()
      .default(false)
      .describe(
        'Patient mineur qui consent seul en vous demandant le secret (secret du mineur) : pour cet épisode et pour vous seul, vos dépôts seront invisibles aux représentants légaux.',
      ),
  })
  .describe("Enregistrement d'un consentement (autorisation d'accès) pour un épisode de soins.");

const oppositionScope = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('all') }),
    z.strictObject({ kind: z.literal('professional'), professionalId: resourceId }),
    z.strictObject({ kind: z.literal('care-team'), teamId: resourceId }),
  ])
  .describe("Qui l'opposition vise : tous, un professionnel ou une équipe.");

/** An opposition traced by a professional. */
export const oppositionCreate = z.strictObject({
  patient: insIdentifier,
  kind: z
    .enum(OPPOSITION_KINDS)
    .describe('Opposition à la consultation, ou au dépôt (motif légitime, R41).'),
  scope: oppositionScope,
  reason: z.string().max(500).describe('Motif (obligatoire pour une opposition au dépôt).'),
  channel: wireEnum(WIRE.channel, {
    except: ['mon-espace-sante'],
    description: "Canal par lequel le patient l'a exprimée.",
  }),
});

/** An opposition expressed by the patient in Mon espace santé. */
export const mesOppositionCreate = z.strictObject({
  kind: z.enum(OPPOSITION_KINDS),
  scope: oppositionScope,
  reason: z.string().max(500),
});

/** Break-glass request. */
export const breakGlassCreate = z
  .strictObject({
    patient: insIdentifier,
    motive,
    patientUnableToConsent: z
      .boolean()
      .optional()
      .describe(`Bris de glace : ${PATIENT_UNABLE_TO_CONSENT}`),
  })
  .describe('Accès en mode bris de glace, avec motif.');

const consentRecordOut = z.strictObject({
  id: z.string(),
  episodeId: z.string(),
  scope: z.record(z.string(), z.union([z.string(), z.boolean()])),
  givenBy: z.string(),
  form: z.string(),
  traced: z.boolean(),
  protectorInformed: z.boolean(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  minorSecret: z.boolean().optional(),
});

/** Response of a recorded consent. */
export const consentResponse = z.strictObject({
  decision: decisionJson,
  consent: consentRecordOut,
});

const oppositionOut = z.strictObject({
  id: z.string(),
  kind: z.string(),
  scope: z.record(z.string(), z.string()),
  reason: z.string(),
  channel: z.string(),
  tracedAt: z.string(),
  tracedBy: z.string().nullable(),
});

/** Response of an opposition change. */
export const oppositionsResponse = z.strictObject({
  decision: decisionJson,
  oppositions: z.array(oppositionOut),
});

/** Block one professional. */
export const blockCreate = z.strictObject({
  rpps: z.string().min(1).max(20).describe('RPPS du professionnel à bloquer (11 chiffres).'),
});

/** Path parameter `{rpps}`. */
export const rppsParams = z.strictObject({ rpps: z.string().min(1).max(20) });

/** Block or unblock everybody. */
export const blockAllUpdate = z.strictObject({
  all: z
    .boolean()
    .describe('true : bloquer tous les professionnels ; false : lever le blocage général.'),
});

/** The three emergency settings. */
export const emergencySettings = z.strictObject({
  allowSamu: z.boolean().describe('Accès du SAMU – Centre 15 (régulation).'),
  allowOtherProfessionals: z
    .boolean()
    .describe('Accès des autres professionnels en bris de glace.'),
  allowMaskedDocumentsInEmergency: z.boolean().describe('Documents masqués ouverts en urgence.'),
});

/** The patient's identity in the professional's software, after its qualification. */
export const identityQualificationResponse = z.strictObject({
  decision: decisionJson,
  patient: z.strictObject({
    id: z.string(),
    identityStatus: z
      .enum(IDENTITY_STATUSES)
      .describe("Statut de l'identité (RNIV) : QUAL après la qualification."),
  }),
});

/** Response of a change of who may access the DMP. */
export const accessSettingsResponse = z.strictObject({
  decision: decisionJson,
  blocked: z.strictObject({ all: z.boolean(), rpps: z.array(z.string()) }),
  emergency: emergencySettings,
});

/** A document added by the patient (class 90 types). */
export const mesDocumentCreate = z.strictObject({
  typeCode: z
    .string()
    .min(1)
    .max(64)
    .describe('Type « déposé par le patient » (DOCPAT01, DOCPAT05, EXPPAT_3…).'),
  title: z.string().min(1).max(200),
  serviceDate: isoDate,
  contentBase64: z
    .base64()
    .min(1)
    .max(MAX_ATTACHMENT_BASE64)
    .refine((v) => base64ToText(v) !== null, 'Contenu base64 non décodable en texte UTF-8')
    .describe('Contenu texte en base64 (UTF-8).'),
  maskedFromProfessionals: z
    .boolean()
    .optional()
    .describe('Masquer aux professionnels (défaut : false).'),
});

/** The patient masks or unmasks one of their documents. */
export const mesDocumentUpdate = z.strictObject({
  maskedFromProfessionals: z
    .boolean()
    .describe('true : masqué aux professionnels (sauf son auteur).'),
});

/** The patient's activity history. */
export const historyResponse = z.strictObject({
  patientId: z.string(),
  entries: z.array(
    z.strictObject({
      id: z.string(),
      at: z.string(),
      text: z
        .string()
        .describe('Ligne telle que le patient la lit, avec le nom du professionnel (R43).'),
      action: z.string(),
      mode: z.string(),
      actor: z
        .strictObject({
          kind: z
            .enum(['professional', 'patient', 'representative'])
            .describe('Qui a agi : un professionnel, le patient ou un représentant légal.'),
          name: z.string().describe('Nom, sans la profession.'),
          profession: z.string().optional().describe('Profession (professionnel seulement).'),
          rpps: z
            .string()
            .nullable()
            .optional()
            .describe('RPPS (professionnel seulement ; null pour un personnel sans RPPS).'),
        })
        .describe("Auteur de l'action, nom et profession dans des champs distincts."),
      documentId: z.string().optional(),
      motive: z.string().optional(),
    }),
  ),
});

/** The patient's notifications. */
export const notificationsResponse = z.strictObject({
  notifications: z.array(
    z.strictObject({
      id: z.string(),
      patientId: z.string(),
      at: z.string(),
      kind: z.enum(['emergency-access', 'announcement-invitation']),
      message: z.string(),
    }),
  ),
});

/** The profile of the patient (a minor's profile lists the legal representatives). */
export const profileResponse = z.strictObject({
  patientId: z.string(),
  displayName: z.string(),
  birthDate: z.string(),
  isAdult: z.boolean(),
  managedBy: z.enum(['holder', 'representative']).describe('Qui gère le profil à la date simulée.'),
  viewer: z.strictObject({
    kind: z.enum(['patient', 'representative']),
    id: z.string().nullable(),
  }),
  legalRepresentatives: z.array(
    z.strictObject({ id: z.string(), name: z.string(), relationship: z.string() }),
  ),
  emergency: emergencySettings,
  blocked: z.strictObject({ all: z.boolean(), rpps: z.array(z.string()) }),
  decision: decisionJson,
});

/** Training control: move or set the simulated clock. */
export const clockUpdate = z
  .union([
    z.strictObject({ advance: duration }),
    z.strictObject({
      set: z.iso.datetime({ offset: true }).describe('Nouvelle heure simulée (ISO 8601).'),
    }),
  ])
  .describe("Avancer l'horloge simulée d'une durée, ou la régler à une date.");

/** Training control: the simulated world. */
export const worldResponse = z.strictObject({
  now: z.string().describe('Heure simulée.'),
  generation: z
    .int()
    .describe('Génération du monde : chaque réinitialisation invalide les jetons.'),
  counts: z.strictObject({
    patients: z.int(),
    professionals: z.int(),
    documents: z.int(),
    history: z.int(),
  }),
});

/** Training control: what a trainer observes of one patient, Mon espace santé activated or not. */
export const tracesResponse = z.strictObject({
  patientId: z.string(),
  historyCount: z.int().describe("Lignes de l'historique d'activité."),
  notificationCount: z.int().describe('Notifications (accès en urgence, invitations).'),
  vaccinationBook: z
    .array(z.string())
    .describe('Identifiants des documents du carnet de vaccination.'),
});
