/**
 * Shared Zod schemas of the API: patient identifiers (INS with its OID), care episode, access mode,
 * decisions and the OperationOutcome. The same schemas validate requests and generate the OpenAPI
 * document (`npm run openapi`), so every field carries a French `.describe()`.
 */
import { z } from 'zod';
import { INS_OID_TEST } from '../../dmp/index';
import { WIRE, wireEnum } from '../wire-values';

/** INS as a FHIR token `[urn:oid:<OID>|]<matricule>` (search parameters). */
export const insToken = z
  .string()
  .min(1)
  .max(120)
  .regex(/^(urn:oid:[0-9.]{1,60}\|)?[^|]{1,40}$/, 'INS attendue : urn:oid:<OID>|<matricule>')
  .transform((value) => {
    const [system, matricule] = value.includes('|') ? value.split('|') : [undefined, value];
    return { oid: system?.slice('urn:oid:'.length) ?? INS_OID_TEST, matricule: matricule ?? '' };
  })
  .describe(
    `INS du patient : urn:oid:${INS_OID_TEST}|<matricule de 15 caractères> (seul l'OID de test est accepté).`,
  );

/** INS as a FHIR Identifier (request bodies). */
export const insIdentifier = z
  .strictObject({
    system: z
      .string()
      .regex(/^urn:oid:[0-9.]{1,60}$/, 'OID attendu : urn:oid:…')
      .describe(`OID de l'autorité d'affectation : urn:oid:${INS_OID_TEST} (INS de test).`),
    value: z
      .string()
      .min(1)
      .max(40)
      .describe('Matricule INS : 13 caractères du NIR puis 2 chiffres de clé.'),
  })
  .describe('Identifiant national de santé (INS) du patient.');

/** Parsed INS: OID and matricule. */
export type InsInput = { readonly oid: string; readonly matricule: string };

/** The INS of a FHIR Identifier. */
export function insOf(identifier: z.output<typeof insIdentifier>): InsInput {
  return { oid: identifier.system.slice('urn:oid:'.length), matricule: identifier.value };
}

/** A stable id (patient, document, representative, opposition…). */
export const resourceId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._-]+$/, 'Identifiant attendu : lettres, chiffres, point, tiret')
  .describe('Identifiant technique.');

/** Care episode of a request (the simulator's stand-in for the VIHF care context). */
export const episode = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._:-]+$/, "Identifiant d'épisode attendu : lettres, chiffres, . _ : -")
  .describe(
    "Épisode de soins en cours : le consentement vaut pour un épisode (R32). Sans épisode, aucun consentement ne s'applique.",
  );

/** Access mode of a professional's request (carried by the VIHF in the real DMP). */
export const accessMode = wireEnum(WIRE.accessMode, {
  description:
    "Mode d'accès : normal (consentement), bris-de-glace (urgence, avec motif) ou centre-de-regulation (SAMU – Centre 15).",
});

/** Free-text break-glass motive. */
export const motive = z
  .string()
  .max(500)
  .describe(
    "Motif « urgence » du bris de glace, tracé dans l'historique du patient (obligatoire en bris de glace).",
  );

/** Meaning of `patientUnableToConsent`, the other half of the break-glass context (R38). */
export const PATIENT_UNABLE_TO_CONSENT =
  "le patient est en danger et hors d'état de consentir (défaut : true ; false : le bris de glace n'est pas justifié et le DMP le refuse).";

/** A calendar date `YYYY-MM-DD`. */
export const isoDate = z.iso.date().describe('Date au format AAAA-MM-JJ.');

/** One FAQ citation of a decision. */
const faqLink = z.strictObject({
  id: z.string().describe('Identifiant de la question de la FAQ, par exemple FAQ-PAT-03.'),
  url: z.string().describe('Chemin de la réponse sur le site.'),
});

/** A decision as plain JSON (non-FHIR endpoints). */
export const decisionJson = z
  .strictObject({
    code: z.string().describe('Code stable de la décision (DMP.*).'),
    title: z.string().describe('Intitulé court en français.'),
    explanation: z.string().describe('Explication en français.'),
    notices: z.array(z.string()).describe('Avertissements à afficher.'),
    rules: z.array(z.string()).describe('Règles appliquées (R1 à R50).'),
    faq: z.array(faqLink).describe('Questions de la FAQ qui fondent la décision.'),
    assumptions: z
      .array(
        z.strictObject({
          id: z.string().describe('Identifiant de l’hypothèse, par exemple HS18.'),
          summary: z.string().describe('Ce que le simulateur suppose, en français.'),
        }),
      )
      .describe(
        'Hypothèses du simulateur sur lesquelles repose la décision, là où les sources se taisent (vide sinon).',
      ),
  })
  .describe('Décision du cœur métier.');

const codingOut = z.strictObject({ system: z.string(), code: z.string(), display: z.string() });

const issueExtension = z.union([
  z.strictObject({ url: z.string(), valueCode: z.string() }),
  z.strictObject({
    url: z.string(),
    extension: z.tuple([
      z.strictObject({ url: z.literal('id'), valueCode: z.string() }),
      z.strictObject({ url: z.literal('lien'), valueUri: z.string() }),
    ]),
  }),
]);

/** FHIR OperationOutcome as produced by the simulator. */
export const operationOutcome = z
  .strictObject({
    resourceType: z.literal('OperationOutcome'),
    issue: z.array(
      z.strictObject({
        severity: z.enum(['error', 'warning', 'information']),
        code: z
          .string()
          .describe('Type FHIR (invalid, login, forbidden, not-found, business-rule…).'),
        details: z.strictObject({
          coding: z.tuple([codingOut]).describe('Code stable : DMP.*, API.* ou AUTH.*.'),
          text: z.string().describe('Message en français.'),
        }),
        expression: z.array(z.string()).optional().describe('Champ en cause (requête invalide).'),
        extension: z
          .array(issueExtension)
          .optional()
          .describe(
            "Règles (regle), questions de la FAQ (faq : id et lien) et hypothèses du simulateur (hypothese : HS1, HS2…) à l'appui.",
          ),
      }),
    ),
  })
  .describe('Erreur ou information au format FHIR OperationOutcome, en français.');

/** A calendar duration to advance the simulated clock. */
export const duration = z
  .strictObject({
    years: z.int().min(0).max(100).optional(),
    months: z.int().min(0).max(1200).optional(),
    days: z.int().min(0).max(36_500).optional(),
    hours: z.int().min(0).max(876_000).optional(),
    minutes: z.int().min(0).max(52_560_000).optional(),
  })
  .describe('Durée (années, mois, jours, heures, minutes), positive.');
