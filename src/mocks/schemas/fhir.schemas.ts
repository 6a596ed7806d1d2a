/**
 * Zod schemas of the FHIR transactions shaped on PDSM4DMP: TD0.2 (Patient search), TD2 (deposit of
 * a DocumentReference with base64 content), TD3.1 (search), TD3.2 (Binary), TD3.3 (PATCH), and the
 * FHIR resources the simulator returns. Requests are strict: an unknown field is an error.
 */
import { z } from 'zod';
import { CLASS_CODES, DOCUMENT_TYPE_CODES, type ClassCode } from '../../dmp/index';
import { base64ToText } from '../auth/base64';
import { MAX_ATTACHMENT_BASE64 } from '../config';
import { FHIR_DOCUMENT_STATUSES, VISIBILITY_CODES } from '../fhir/codes';
import {
  accessMode,
  episode,
  insIdentifier,
  insToken,
  isoDate,
  motive,
  operationOutcome,
  PATIENT_UNABLE_TO_CONSENT,
  resourceId,
} from './common.schemas';

const CLASS_CODE_VALUES = Object.keys(CLASS_CODES) as [ClassCode, ...ClassCode[]];
const TYPE_CODE_VALUES = DOCUMENT_TYPE_CODES as unknown as [string, ...string[]];

/** A comma-separated FHIR token list (`[system|]code,…`) whose codes belong to `values`. */
function tokenList<T extends string>(values: readonly [T, ...T[]], what: string) {
  return z
    .string()
    .min(1)
    .max(600)
    .transform((s) => s.split(',').map((v) => v.slice(v.lastIndexOf('|') + 1)))
    .pipe(z.array(z.enum(values)).min(1).max(values.length))
    .describe(`${what} : un ou plusieurs codes séparés par des virgules ([système|]code).`);
}

const dateParam = z
  .string()
  .max(20)
  .regex(/^(eq|ge|gt|le|lt)?\d{4}-\d{2}-\d{2}$/, 'Date attendue : [eq|ge|gt|le|lt]AAAA-MM-JJ')
  .transform((s) => {
    const prefix = /^[a-z]{2}/.test(s) ? s.slice(0, 2) : 'eq';
    return { prefix, date: prefix === 'eq' && !s.startsWith('eq') ? s : s.slice(2) };
  })
  .pipe(z.strictObject({ prefix: z.enum(['eq', 'ge', 'gt', 'le', 'lt']), date: z.iso.date() }));

/** A parsed `date` search parameter. */
export type DateFilter = z.output<typeof dateParam>;

/** FHIR `_count`: how many matches the Bundle lists at most (`total` still counts them all). */
const countParam = z
  .string()
  .regex(/^\d{1,4}$/, 'Nombre entier attendu (0 à 1000)')
  .transform(Number)
  .pipe(z.int().max(1000))
  .optional()
  .describe(
    "_count (FHIR) : nombre maximal d'entrées du Bundle ; total compte toutes les correspondances. Pas de pagination.",
  );

/** FHIR `patient` reference parameter: `Patient/<id>` or `<id>`, as in `subject.reference`. */
const patientReference = z
  .string()
  .max(120)
  .regex(/^(Patient\/)?[A-Za-z0-9._-]{1,100}$/, 'Référence attendue : Patient/<id> ou <id>')
  .transform((s) => s.replace(/^Patient\//, ''))
  .describe('Patient (FHIR) : Patient/<id>, la référence que donne subject.reference.');

/** The FHIR search parameters of a search by traits (R6). */
const TRAIT_PARAMS = ['family', 'given', 'birthdate', 'gender'] as const;

const trait = (what: string) =>
  z
    .string()
    .max(100)
    .optional()
    .describe(
      `${what} (recherche par traits) ; vide ou absent : recherche incomplète, refusée par le DMP (DMP.INCOMPLETE_TRAITS).`,
    );

/**
 * TD0.2 — `GET /fhir/Patient` query: by INS (`identifier`, with the access status for `episode`),
 * or by the four traits (R6). The traits are passed as typed to the core, which decides.
 */
export const patientSearchQuery = z
  .strictObject({
    identifier: insToken.optional(),
    episode: episode.optional(),
    family: trait('Nom de naissance'),
    given: trait('Prénom de naissance'),
    birthdate: trait('Date de naissance AAAA-MM-JJ'),
    gender: z
      .enum(['female', 'male'])
      .optional()
      .describe(
        'Sexe (recherche par traits) : female ou male ; absent : recherche incomplète (DMP.INCOMPLETE_TRAITS).',
      ),
    _count: countParam,
  })
  .superRefine((query, ctx) => {
    const traits = TRAIT_PARAMS.filter((key) => query[key] !== undefined);
    if (query.identifier !== undefined && traits.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: [traits[0] ?? 'family'],
        message:
          'Recherchez par INS (identifier) ou par traits (family, given, birthdate, gender), pas les deux.',
      });
    if (query.identifier === undefined && traits.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['identifier'],
        message:
          'Paramètre attendu : identifier (INS), ou les traits family, given, birthdate et gender.',
      });
    if (query.identifier === undefined && traits.length > 0 && query.episode !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['episode'],
        message:
          "episode ne s'emploie qu'avec identifier : la recherche par traits ne donne pas de statut d'accès.",
      });
  });

/** A parsed `GET /fhir/Patient` query. */
export type PatientSearchQuery = z.output<typeof patientSearchQuery>;

/** The break-glass query parameters that only make sense with `mode=bris-de-glace`. */
const BREAK_GLASS_PARAMS = ['motive', 'patientUnableToConsent'] as const;

/**
 * The access context of every professional read (TD3.1, TD3.2, reads by id): the care episode and
 * the access mode, with the break-glass context (`motive`, `patientUnableToConsent`) defined once
 * for the query here and for the body of `POST /dmp/break-glass`.
 */
const readContext = {
  episode: episode.optional(),
  mode: accessMode.optional(),
  motive: motive.optional(),
  patientUnableToConsent: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe(`Bris de glace (avec mode=bris-de-glace) : ${PATIENT_UNABLE_TO_CONSENT}`),
};

type ReadQuery = {
  readonly 'patient.identifier'?: unknown;
  readonly patient?: unknown;
  readonly mode?: string | undefined;
  readonly motive?: string | undefined;
  readonly patientUnableToConsent?: boolean | undefined;
};

/** Checks shared by the reads: one way of naming the patient, break-glass context with its mode. */
function checkRead(required: boolean) {
  return (query: ReadQuery, ctx: z.core.$RefinementCtx<ReadQuery>) => {
    if (query['patient.identifier'] !== undefined && query.patient !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['patient'],
        message:
          'Désignez le patient par patient.identifier (INS) ou par patient (Patient/<id>), pas les deux.',
      });
    if (required && query['patient.identifier'] === undefined && query.patient === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['patient.identifier'],
        message:
          'Paramètre attendu : patient.identifier (INS, urn:oid:<OID>|<matricule>) ou patient (Patient/<id>).',
      });
    // An empty motive says nothing (some clients send every parameter); any other value does.
    const sent = {
      motive: query.motive?.trim() ? true : false,
      patientUnableToConsent: query.patientUnableToConsent !== undefined,
    };
    if (query.mode !== 'break-glass')
      for (const key of BREAK_GLASS_PARAMS)
        if (sent[key])
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `${key} ne vaut qu'en bris de glace : ajoutez mode=bris-de-glace (motif « urgence » obligatoire), ou retirez ${key}.`,
          });
  };
}

/** TD3.1 — `GET /fhir/DocumentReference` query. */
export const documentSearchQuery = z
  .strictObject({
    'patient.identifier': insToken.optional(),
    patient: patientReference.optional(),
    status: tokenList(FHIR_DOCUMENT_STATUSES, 'Statut FHIR').optional(),
    type: tokenList(TYPE_CODE_VALUES, 'Type de document (LOINC ou TRE_A05)').optional(),
    category: tokenList(CLASS_CODE_VALUES, 'Classe de document (classCode)').optional(),
    date: z
      .union([dateParam, z.array(dateParam).min(1).max(2)], {
        error: 'Date attendue : [eq|ge|gt|le|lt]AAAA-MM-JJ, une ou deux fois',
      })
      .optional()
      .describe(
        'Date de dépôt (DocumentReference.date), répétable : date=ge2025-01-01&date=le2025-12-31.',
      ),
    _count: countParam,
    ...readContext,
  })
  .superRefine(checkRead(true));

/** Query of the reads by id (TD3.2 Binary, DocumentReference): the patient is optional. */
export const documentReadQuery = z
  .strictObject({
    'patient.identifier': insToken.optional(),
    patient: patientReference.optional(),
    ...readContext,
  })
  .superRefine(checkRead(false));

/** TD3.2 — `GET /fhir/Binary/{id}` query. */
export const binaryReadQuery = documentReadQuery;

/** Path parameter `{id}`. */
export const idParams = z.strictObject({ id: resourceId });

const visibilityLabel = z.strictObject({
  coding: z.tuple([
    z.strictObject({
      system: z.string().max(200).optional(),
      code: z.enum(VISIBILITY_CODES),
      display: z.string().max(200).optional(),
    }),
  ]),
});

/** A list of visibility labels (absent = visible). */
const visibilityLabels = z
  .array(visibilityLabel)
  .max(3)
  .describe(
    'Visibilité : MASQUE_PS, INVISIBLE_PATIENT, INVISIBLE_REPRESENTANTS_LEGAUX (absence = visible).',
  );

/** TD2 — body of `POST /fhir/DocumentReference` (simplified ITI-105). */
export const documentReferenceCreate = z
  .strictObject({
    resourceType: z.literal('DocumentReference'),
    status: z.literal('current'),
    type: z
      .strictObject({
        coding: z.tuple([
          z.strictObject({
            system: z.string().max(200).optional(),
            code: z.string().min(1).max(64),
            display: z.string().max(200).optional(),
          }),
        ]),
      })
      .describe(
        'Type du document (LOINC, ou TRE_A05) ; un type inconnu est refusé avec une explication.',
      ),
    subject: z.strictObject({ identifier: insIdentifier }),
    date: z.iso
      .datetime({ offset: true })
      .optional()
      .describe(
        "Heure du poste à la création : un écart de plus de 5 min avec l'horloge du DMP fait échouer le dépôt (R18).",
      ),
    description: z.string().min(1).max(200).describe('Titre du document.'),
    context: z.strictObject({
      period: z.strictObject({ start: isoDate.describe("Date de l'acte.") }),
      episode: episode
        .optional()
        .describe(
          'Épisode de soins du dépôt : si le patient mineur vous a demandé le secret pour cet épisode (connexion secrète), le document doit être invisible aux représentants légaux.',
        ),
    }),
    securityLabel: visibilityLabels.optional(),
    content: z.tuple([
      z.strictObject({
        attachment: z.strictObject({
          contentType: z.literal('text/plain').describe('Seul le texte brut est simulé.'),
          data: z
            .base64()
            .min(1)
            .max(MAX_ATTACHMENT_BASE64)
            .refine((v) => base64ToText(v) !== null, 'Contenu base64 non décodable en texte UTF-8')
            .describe('Contenu en base64 (UTF-8).'),
          title: z.string().max(200).optional(),
        }),
      }),
    ]),
  })
  .describe('DocumentReference à déposer (ITI-105 simplifiée), contenu inclus en base64.');

/** TD3.3 — one JSON Patch operation, among the three the DMP supports. */
export const documentPatch = z
  .tuple([
    z.discriminatedUnion('path', [
      z
        .strictObject({
          op: z.literal('replace'),
          path: z.literal('/securityLabel'),
          value: visibilityLabels,
        })
        .describe(
          'TD3.3a/b : masquer/démasquer aux professionnels, visibilité patient/représentants.',
        ),
      z
        .strictObject({
          op: z.literal('replace'),
          path: z.literal('/status'),
          value: z.literal('entered-in-error'),
        })
        .describe('TD3.3c : suppression logique (auteur seulement).'),
      z
        .strictObject({
          op: z.literal('replace'),
          path: z.literal('/extension/isArchived'),
          value: z.boolean(),
        })
        .describe('TD3.3d : archiver (true) ou désarchiver (false).'),
    ]),
  ])
  .describe('JSON Patch (RFC 6902) réduit à une seule opération.');

const coding = z.strictObject({ system: z.string(), code: z.string(), display: z.string() });
const insOut = z.strictObject({ system: z.string(), value: z.string() });

/** Patient as returned by TD0.2. */
export const fhirPatient = z.strictObject({
  resourceType: z.literal('Patient'),
  id: z.string(),
  extension: z.array(z.strictObject({ url: z.string(), valueCode: z.string() })),
  identifier: z.array(insOut.extend({ use: z.literal('official') })),
  name: z.tuple([
    z.strictObject({ use: z.literal('official'), family: z.string(), given: z.array(z.string()) }),
    z.strictObject({ use: z.literal('usual'), text: z.string() }),
  ]),
  gender: z.enum(['female', 'male']),
  birthDate: z.string(),
});

/** DocumentReference as returned by the simulator. */
export const fhirDocumentReference = z.strictObject({
  resourceType: z.literal('DocumentReference'),
  id: z.string(),
  extension: z.array(z.strictObject({ url: z.string(), valueBoolean: z.boolean() })),
  status: z.enum(FHIR_DOCUMENT_STATUSES),
  type: z.strictObject({ coding: z.tuple([coding]) }),
  category: z.array(z.strictObject({ coding: z.tuple([coding]) })),
  subject: z.strictObject({
    reference: z.string(),
    identifier: insOut.optional(),
    display: z.string().optional(),
  }),
  date: z.string(),
  author: z.array(
    z.strictObject({
      extension: z
        .tuple([z.strictObject({ url: z.string(), valueCoding: coding })])
        .optional()
        .describe("Profession de l'auteur (TRE_G15), à part de son nom."),
      identifier: insOut.optional(),
      display: z.string().describe("Nom de l'auteur, sans la profession."),
    }),
  ),
  description: z.string(),
  securityLabel: z.array(z.strictObject({ coding: z.tuple([coding]) })),
  context: z.strictObject({ period: z.strictObject({ start: z.string() }) }),
  content: z.array(
    z.strictObject({
      attachment: z.strictObject({
        contentType: z.literal('text/plain'),
        url: z.string(),
        title: z.string(),
      }),
    }),
  ),
});

/** Binary as returned by TD3.2. */
export const fhirBinary = z.strictObject({
  resourceType: z.literal('Binary'),
  id: z.string(),
  contentType: z.literal('text/plain'),
  data: z.string().describe('Contenu en base64 (UTF-8).'),
});

/** A searchset Bundle whose matches are `resource`, with an optional outcome entry. */
function searchsetOf<R extends z.ZodType>(resource: R) {
  return z.strictObject({
    resourceType: z.literal('Bundle'),
    type: z.literal('searchset'),
    total: z.int().min(0),
    entry: z.array(
      z.union([
        z.strictObject({
          fullUrl: z.string(),
          resource,
          search: z.strictObject({ mode: z.literal('match') }),
        }),
        z.strictObject({
          resource: operationOutcome,
          search: z.strictObject({ mode: z.literal('outcome') }),
        }),
      ]),
    ),
  });
}

/** Bundle of Patients (TD0.2). */
export const patientBundle = searchsetOf(fhirPatient).describe(
  "Bundle searchset : 0 entrée si aucun DMP actif, sinon le Patient et le statut d'accès (entrée outcome).",
);

/** Bundle of DocumentReferences (TD3.1, bris de glace, Mon espace santé). */
export const documentBundle = searchsetOf(fhirDocumentReference).describe(
  'Bundle searchset de DocumentReference, suivi de la décision (entrée outcome).',
);
