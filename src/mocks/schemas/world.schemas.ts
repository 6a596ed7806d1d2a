/**
 * Zod schemas of the deprecated training world (`POST /training/reset` without `world: { … }`),
 * loaded on demand by the handler and read by the OpenAPI document: whole patients, professionals
 * and documents, as the core models them, that replace the entity of the same id in the default data
 * set or are added to it, the simulated start date and the announced features switched on.
 * Identities stay synthetic: every INS is checked by the core's `parseIns` (test OID only, valid
 * NIR key) and every RPPS has 11 digits.
 */
import { z } from 'zod';
import {
  CARD_TYPES,
  CONSENT_FORMS,
  CONSENT_GIVERS,
  DEFAULT_EMERGENCY_SETTINGS,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPE_CODES,
  IDENTITY_STATUSES,
  NOBODY_BLOCKED,
  OPPOSITION_KINDS,
  parseIns,
  parseInstant,
  PROFESSION_CODES,
  VISIBLE_TO_ALL,
  type DocumentTypeCode,
  type ProfessionCode,
} from '../../dmp/index';
import { worldSchema } from '../../world/index';
import { WIRE, wireEnum } from '../wire-values';
import { episode, insIdentifier, isoDate, resourceId } from './common.schemas';

const enumOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]]);
const name = (max: number) => z.string().min(1).max(max);

/** An instant (ISO 8601 with offset), normalised to UTC like the core's clock. */
const instant = z.iso
  .datetime({ offset: true })
  .transform((value) => parseInstant(value) ?? value)
  .describe('Date et heure ISO 8601 (ex. 2025-09-14T16:00:00Z).');

/** An 11-digit fictitious RPPS number. */
const rpps = z
  .string()
  .regex(/^\d{11}$/, 'Numéro RPPS attendu : 11 chiffres')
  .describe('Numéro RPPS fictif (11 chiffres).');

/** The INS of a patient of the world: FHIR identifier, checked by the core (test OID, NIR key). */
const syntheticIns = insIdentifier.transform((identifier, ctx) => {
  const parsed = parseIns(identifier.value, identifier.system.slice('urn:oid:'.length));
  if (parsed.ok) return parsed.ins;
  ctx.issues.push({ code: 'custom', message: parsed.message, input: identifier, path: ['value'] });
  return z.NEVER;
});

const consent = z.strictObject({
  id: resourceId,
  episodeId: episode,
  scope: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('professional'), professionalId: resourceId }),
    z.strictObject({
      kind: z.literal('care-team'),
      teamId: resourceId,
      informedOfTeamScope: z.boolean(),
    }),
  ]),
  givenBy: z.enum(CONSENT_GIVERS),
  form: z.enum(CONSENT_FORMS),
  traced: z.boolean(),
  protectorInformed: z.boolean(),
  recordedAt: instant,
  recordedBy: resourceId,
  minorSecret: z
    .boolean()
    .optional()
    .describe('Le mineur a demandé le secret à ce professionnel, pour cet épisode.'),
});

const opposition = z.strictObject({
  id: resourceId,
  kind: z.enum(OPPOSITION_KINDS),
  scope: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('all') }),
    z.strictObject({ kind: z.literal('professional'), professionalId: resourceId }),
    z.strictObject({ kind: z.literal('care-team'), teamId: resourceId }),
  ]),
  reason: z.string().max(500),
  channel: wireEnum(WIRE.channel),
  tracedAt: instant,
  tracedBy: resourceId.nullable(),
});

/** A patient of a training world (the core's `Patient`). */
const worldPatient = z
  .strictObject({
    id: resourceId,
    ins: syntheticIns.describe(
      'INS du patient : OID de test 1.2.250.1.213.1.4.10 et matricule à clé NIR valide.',
    ),
    identityStatus: z
      .enum(IDENTITY_STATUSES)
      .describe("Statut de l'identité (seule QUAL permet d'utiliser l'INS)."),
    traits: z.strictObject({
      birthName: name(100).describe('Nom de naissance.'),
      givenNames: z.array(name(100)).min(1).max(10).describe('Prénoms de naissance.'),
      birthDate: isoDate,
      sex: z.enum(['M', 'F']).describe('Sexe : M ou F.'),
      birthPlaceCode: z
        .string()
        .regex(/^(\d{5}|2[AB]\d{3})$/, 'Code COG attendu : 5 caractères (2A/2B pour la Corse)')
        .describe('Code COG INSEE du lieu de naissance.'),
    }),
    displayName: name(200).describe('Nom affiché (prénom NOM).'),
    legalRepresentatives: z
      .array(
        z.strictObject({
          id: resourceId,
          familyName: name(100),
          givenName: name(100),
          relationship: wireEnum(WIRE.relationship),
        }),
      )
      .max(10)
      .prefault([])
      .describe("Représentants légaux d'un mineur."),
    legalProtection: z
      .strictObject({
        measure: wireEnum(WIRE.measure),
        representationRelatingToPerson: z.boolean(),
        protectorName: name(200),
      })
      .nullable()
      .prefault(null)
      .describe("Mesure de protection d'un majeur."),
    trustedPerson: z
      .strictObject({ name: name(200), relationship: name(100) })
      .nullable()
      .default(null)
      .describe('Personne de confiance.'),
    mesActivated: z.boolean().describe('Mon espace santé activé.'),
    ownAccountActivated: z
      .boolean()
      .optional()
      .describe('Jeune majeur : propre compte activé avec les codes reçus à 18 ans.'),
    dmpStatus: z.enum(['active', 'closed']).default('active').describe('DMP actif ou clos.'),
    emergency: z
      .strictObject({
        allowSamu: z.boolean(),
        allowOtherProfessionals: z.boolean(),
        allowMaskedDocumentsInEmergency: z.boolean(),
      })
      .default({ ...DEFAULT_EMERGENCY_SETTINGS })
      .describe("Réglages d'accès en cas d'urgence."),
    blocked: z
      .strictObject({ all: z.boolean(), rpps: z.array(rpps).max(100) })
      .default({ all: NOBODY_BLOCKED.all, rpps: [...NOBODY_BLOCKED.rpps] })
      .describe('Professionnels bloqués (tous, ou par RPPS).'),
    oppositions: z.array(opposition).max(50).default([]).describe('Oppositions tracées.'),
    consents: z.array(consent).max(50).default([]).describe('Consentements recueillis.'),
    residenceRegion: z.string().max(100).default('').describe('Région de résidence (informative).'),
  })
  .describe('Patient fictif du monde simulé.');

/** A professional of a training world (the core's `Professional`). */
const worldProfessional = z
  .strictObject({
    id: resourceId,
    rpps: rpps.nullable(),
    familyName: name(100),
    givenName: name(100),
    profession: enumOf<ProfessionCode>(PROFESSION_CODES).describe(
      'Code TRE_G15 (10 médecin, 21 pharmacien…) ou osteopath, secretary, rpps-plus-role.',
    ),
    rppsPlusRole: wireEnum(WIRE.rppsPlusRole).nullable().prefault(null),
    setting: wireEnum(WIRE.setting, { description: "Mode d'exercice." }),
    establishmentKind: wireEnum(WIRE.establishmentKind).nullable().prefault(null),
    structureName: name(200).nullable().default(null),
    card: z
      .discriminatedUnion('type', [
        z.strictObject({ type: z.literal('CPE'), nominative: z.boolean() }),
        z.strictObject({ type: z.enum(CARD_TYPES).exclude(['CPE']) }),
      ])
      .describe('Carte détenue : CPS, e-CPS, CPE (nominative ou non) ou CPF.'),
    isIntern: z.boolean().default(false),
    orderRegistered: z.boolean().describe("Inscrit à l'Ordre."),
    careTeamIds: z.array(resourceId).max(20).default([]).describe('Équipes de soins.'),
    isRegulator: z.boolean().default(false).describe('Médecin régulateur (SAMU – Centre 15).'),
    gender: z
      .enum(['F', 'M'])
      .optional()
      .describe('Civilité, pour accorder les libellés (« infirmière ») : F (Mme) ou M (M.).'),
  })
  .describe('Professionnel fictif du monde simulé.');

/** A document of a training world (the core's `DmpDocument`). */
const worldDocument = z
  .strictObject({
    id: resourceId,
    patientId: resourceId.describe('Patient dont le DMP contient le document.'),
    typeCode: enumOf<DocumentTypeCode>(DOCUMENT_TYPE_CODES).describe(
      'Type de document (LOINC ou TRE_A05).',
    ),
    title: name(200),
    serviceDate: isoDate,
    depositedAt: instant,
    author: z.discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('professional'),
        professionalId: resourceId,
        name: name(200),
        rpps: rpps.nullable(),
        profession: enumOf<ProfessionCode>(PROFESSION_CODES),
      }),
      z.strictObject({ kind: z.literal('patient') }),
    ]),
    status: z.enum(DOCUMENT_STATUSES).default('current'),
    visibility: z
      .strictObject({
        maskedFromProfessionals: z.boolean(),
        invisibleToPatient: z.boolean(),
        invisibleToLegalRepresentatives: z.boolean(),
      })
      .default({ ...VISIBLE_TO_ALL }),
    deletedAt: instant.nullable().default(null),
    summary: z.string().max(5000).default('Contenu fictif à visée pédagogique.'),
  })
  .describe('Document fictif du monde simulé.');

type Listed = { readonly id: string };

/** Each id once per list. */
function uniqueIds(lists: Record<string, readonly Listed[] | undefined>, ctx: z.RefinementCtx) {
  for (const [key, list] of Object.entries(lists)) {
    const seen = new Set<string>();
    (list ?? []).forEach((entry, i) => {
      if (seen.has(entry.id))
        ctx.addIssue({
          code: 'custom',
          path: [key, i, 'id'],
          message: `Identifiant « ${entry.id} » présent deux fois dans ${key}.`,
        });
      seen.add(entry.id);
    });
  }
}

/**
 * Training control: reset the world to the default data set, or to a world built on it, written in
 * the scenario format (`world: { patients, professionals, documents, start, features }`, the very
 * `world:` block of a scenario) or, deprecated, as whole entities (the other keys).
 */
export const worldReset = z
  .strictObject({
    world: z
      .union([
        z
          .enum(['default'])
          .describe(
            'Monde de base : default, le jeu de données fictif du simulateur (seul disponible).',
          ),
        worldSchema,
      ])
      .optional()
      .describe(
        "Le monde à charger, au format du bloc world: des scénarios (patients, professionnels et documents du jeu de données, par identifiant ou modifiés, start, features) ; ou default, le jeu de données fictif. Les autres champs (entités complètes) sont l'ancien format, toujours accepté mais déprécié.",
      ),
    start: instant
      .optional()
      .describe('Heure simulée au départ (par défaut : 2025-10-01T09:00:00Z).'),
    features: z
      .strictObject({
        traitSearch: z
          .boolean()
          .optional()
          .describe(
            'Recherche par traits (GET /fhir/Patient par family, given, birthdate, gender) : annoncée en septembre 2025, désactivée par défaut.',
          ),
      })
      .optional()
      .describe(
        'Fonctions annoncées par la FAQ, pas en service à sa date : désactivées sauf si le monde les active.',
      ),
    patients: z
      .array(worldPatient)
      .max(100)
      .optional()
      .describe(
        "Déprécié (utilisez world) : patients complets qui remplacent ceux du même identifiant, ou s'ajoutent.",
      ),
    professionals: z
      .array(worldProfessional)
      .max(100)
      .optional()
      .describe(
        "Déprécié (utilisez world) : professionnels complets qui remplacent ceux du même identifiant, ou s'ajoutent.",
      ),
    documents: z
      .array(worldDocument)
      .max(500)
      .optional()
      .describe(
        "Déprécié (utilisez world) : documents complets qui remplacent ceux du même identifiant, ou s'ajoutent.",
      ),
  })
  .superRefine((body, ctx) =>
    uniqueIds(
      { patients: body.patients, professionals: body.professionals, documents: body.documents },
      ctx,
    ),
  )
  .describe(
    'Monde à charger : le jeu de données fictif, modifié par world (format des scénarios) ou, format déprécié, par des entités complètes (remplacées si leur identifiant existe, ajoutées sinon).',
  );

/** A parsed training world. */
export type WorldReset = z.output<typeof worldReset>;
