/**
 * Schema of a scenario's world: the patients, professionals and documents it uses, referenced from
 * the seed by id or defined inline with overrides, plus the simulated start date and care episode.
 * The one format of a simulated world: a scenario's `world:` block, and the body of
 * `POST /training/reset` (`{ "world": { … } }`). The store always holds the whole seed: declaring an
 * entry says that the scenario uses it, and lets the checker catch references to anything else.
 */
import { z } from 'zod';
import {
  CARD_TYPES,
  DOCUMENT_STATUSES,
  IDENTITY_STATUSES,
  PRACTICE_SETTINGS,
  PROFESSION_CODES,
} from '../dmp/index';
import {
  documentRef,
  documentTypeCode,
  isoDate,
  patientRef,
  professionalRef,
  renamedEnum,
  text,
  visibility,
  WORLD_FORMER_SPELLINGS,
} from './fields';

const inlinePatient = z
  .object({
    id: z
      .string()
      .min(1)
      .describe(
        "Identifiant du patient : celui d'un patient du jeu de données à modifier, ou un nouveau (avec `from`).",
      ),
    from: patientRef(
      'Patient du jeu de données copié, puis modifié par les champs suivants.',
    ).optional(),
    displayName: text('Nom affiché (prénom NOM).').optional(),
    birthDate: isoDate('Date de naissance (AAAA-MM-JJ).').optional(),
    identityStatus: z
      .enum(IDENTITY_STATUSES)
      .optional()
      .describe(
        "Statut de l'identité : PROV, RECUP, VALI ou QUAL (seule QUAL permet d'utiliser l'INS).",
      ),
    ins: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Matricule INS (15 caractères, OID de test). À préciser si le scénario recherche ce patient par INS.',
      ),
    mesActivated: z.boolean().optional().describe('Mon espace santé activé par le patient.'),
    ownAccountActivated: z
      .boolean()
      .optional()
      .describe(
        'Jeune majeur dont le profil était géré par un représentant légal : il a activé son propre compte avec les codes reçus à 18 ans (sinon il ne voit pas encore son profil).',
      ),
    emergency: z
      .object({
        allowSamu: z.boolean().optional().describe('Accès du SAMU – Centre 15 autorisé.'),
        allowOtherProfessionals: z
          .boolean()
          .optional()
          .describe('Accès des autres professionnels en bris de glace autorisé.'),
        allowMaskedDocumentsInEmergency: z
          .boolean()
          .optional()
          .describe('Documents masqués visibles en urgence.'),
      })
      .strict()
      .optional()
      .describe("Réglages d'accès en cas d'urgence de Mon espace santé."),
    blockedAll: z.boolean().optional().describe('Le patient a bloqué tous les professionnels.'),
    blocked: z
      .array(professionalRef('Professionnel bloqué.'))
      .optional()
      .describe('Professionnels bloqués individuellement.'),
    depositOpposition: text(
      "Le patient s'est opposé au dépôt pour ce motif légitime : opposition tracée au début du scénario, valable pour tous les professionnels.",
    ).optional(),
  })
  .strict()
  .describe('Patient défini dans le scénario (modifie un patient du jeu de données).');

const inlineProfessional = z
  .object({
    id: z
      .string()
      .min(1)
      .describe(
        "Identifiant du professionnel : celui d'un professionnel du jeu de données à modifier, ou un nouveau (avec `from`).",
      ),
    from: professionalRef('Professionnel du jeu de données copié, puis modifié.').optional(),
    familyName: text('Nom de famille.').optional(),
    givenName: text('Prénom.').optional(),
    gender: z
      .enum(['F', 'M'])
      .optional()
      .describe(
        "Civilité, pour accorder les textes (« infirmière ») : F (Mme) ou M (M.). Sans elle, un professionnel renommé n'hérite pas de celle du professionnel copié.",
      ),
    profession: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Code de profession TRE_G15 (10 médecin, 21 pharmacien…) ou osteopath, secretary, rpps-plus-role.',
      )
      .meta({ enum: [...PROFESSION_CODES] }),
    setting: renamedEnum(PRACTICE_SETTINGS, WORLD_FORMER_SPELLINGS.setting)
      .optional()
      .describe(
        "Mode d'exercice : liberal, structure ou establishment (ancienne graphie acceptée : etablissement).",
      ),
    card: z.enum(CARD_TYPES).optional().describe('Carte détenue : CPS, e-CPS, CPE ou CPF.'),
    nominative: z
      .boolean()
      .optional()
      .describe('Pour une CPE : carte nominative (elle permet alors de déposer).'),
    rpps: z
      .string()
      .regex(/^\d{11}$/, { error: 'numéro RPPS attendu : 11 chiffres' })
      .optional()
      .describe('Numéro RPPS fictif (11 chiffres).'),
    careTeams: z
      .array(z.string().min(1).describe("Identifiant d'équipe de soins."))
      .optional()
      .describe('Équipes de soins (MSP, service, EHPAD).'),
    isIntern: z.boolean().optional().describe('Interne.'),
    orderRegistered: z.boolean().optional().describe("Inscrit à l'Ordre."),
  })
  .strict()
  .describe('Professionnel défini dans le scénario.');

const inlineDocument = z
  .object({
    id: z.string().min(1).describe('Identifiant du document.'),
    from: documentRef('Document du jeu de données copié, puis modifié.').optional(),
    patient: patientRef('Patient dont le DMP contient le document.').optional(),
    type: documentTypeCode(
      'Type de document (code LOINC, ex. 68599-0 pour la synthèse psychiatrique).',
    ).optional(),
    title: text('Titre du document.').optional(),
    author: z
      .string()
      .min(1)
      .optional()
      .describe('Auteur : identifiant de professionnel, ou « patient ».'),
    serviceDate: isoDate("Date de l'acte.").optional(),
    depositedAt: z
      .string()
      .min(1)
      .optional()
      .describe("Date et heure de dépôt (ISO 8601). Par défaut : la date de l'acte à 16 h."),
    status: z
      .enum(DOCUMENT_STATUSES)
      .optional()
      .describe('Statut : current, deprecated (remplacé) ou archived.'),
    visibility: visibility.optional(),
  })
  .strict()
  .describe('Document défini dans le scénario.');

/** The world a scenario plays in. */
export const worldSchema = z
  .object({
    start: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/, {
        error: 'date attendue au format ISO 8601 (ex. 2025-10-01T09:00:00Z)',
      })
      .optional()
      .describe('Date et heure simulées au début du scénario (par défaut : 2025-10-01T09:00:00Z).'),
    episode: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Épisode de soins en cours, utilisé par défaut par les actions des professionnels (par défaut : « episode-scenario », que n'a couvert aucun consentement).",
      ),
    features: z
      .object({
        traitSearch: z
          .boolean()
          .optional()
          .describe(
            "Recherche d'un DMP par traits d'identité : annoncée en septembre 2025 (FAQ-INS-02), pas en service à la date de la FAQ. true la joue comme si elle l'était ; le scénario doit alors le dire à l'apprenant.",
          ),
      })
      .strict()
      .optional()
      .describe(
        'Fonctions annoncées par la FAQ mais pas encore en service à sa date : désactivées par défaut, le scénario les active explicitement.',
      ),
    patients: z
      .array(z.union([patientRef('Patient du jeu de données, par identifiant.'), inlinePatient]))
      .min(1)
      .describe('Patients du scénario ; le premier est le patient par défaut des actions.'),
    professionals: z
      .array(
        z.union([
          professionalRef('Professionnel du jeu de données, par identifiant.'),
          inlineProfessional,
        ]),
      )
      // prefault, not default: `setting` reads former spellings (a transform), and the JSON
      // Schema keeps a default only for what is parsed again.
      .prefault([])
      .describe('Professionnels du scénario.'),
    documents: z
      .array(z.union([documentRef('Document du jeu de données, par identifiant.'), inlineDocument]))
      .default([])
      .describe('Documents cités par le scénario.'),
  })
  .strict()
  .describe(
    'Le monde simulé : patients, professionnels, documents, date de départ, fonctions annoncées activées.',
  );

/** Parsed world. */
export type WorldSpec = z.output<typeof worldSchema>;
/** Parsed inline patient. */
export type InlinePatient = z.output<typeof inlinePatient>;
/** Parsed inline professional. */
export type InlineProfessional = z.output<typeof inlineProfessional>;
/** Parsed inline document. */
export type InlineDocument = z.output<typeof inlineDocument>;
