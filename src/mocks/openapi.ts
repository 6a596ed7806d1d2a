/**
 * The OpenAPI 3.1 document of the simulated DMP, generated from the route registry: the very Zod
 * schemas that validate requests (`io: 'input'`) and describe responses (`io: 'output'`).
 * `npm run openapi` writes it to docs/api/openapi.json; a test fails when that file is stale.
 */
import { z } from 'zod';
import { API_ERROR_CODES } from './api-errors';
import { TOKEN_TTL_SECONDS } from './config';
import { ALL_ROUTES, type AnyRoute } from './routes/index';
import { ROUTE_DOCS } from './routes/docs';
import type { RouteDoc } from './routes/route';
import {
  accessSettingsResponse,
  oppositionsResponse,
  tokenResponse,
  worldResponse,
} from './schemas/api.schemas';
import { decisionJson, operationOutcome } from './schemas/common.schemas';
import { documentBundle, fhirDocumentReference, patientBundle } from './schemas/fhir.schemas';
import { worldReset } from './schemas/world.schemas';
import { WALK_STEPS } from './walk/index';

type Json = Record<string, unknown>;

/** Response schemas shared by several routes, emitted once under `components.schemas`. */
const COMPONENTS = new Map<z.ZodType, string>([
  [operationOutcome, 'OperationOutcome'],
  [decisionJson, 'Decision'],
  [fhirDocumentReference, 'DocumentReference'],
  [documentBundle, 'DocumentReferenceBundle'],
  [patientBundle, 'PatientBundle'],
  [tokenResponse, 'Token'],
  [accessSettingsResponse, 'AccessSettings'],
  [oppositionsResponse, 'Oppositions'],
  [worldResponse, 'World'],
]);

/**
 * Bodies a handler checks in part itself: `POST /training/reset` loads the schemas of its deprecated
 * shape on demand (not with the scenario player); the document describes both shapes.
 */
const DOCUMENTED_BODIES: ReadonlyMap<string, z.ZodType> = new Map([['trainingReset', worldReset]]);

function responseSchema(schema: z.ZodType): Json {
  const name = COMPONENTS.get(schema);
  return name === undefined
    ? jsonSchema(schema, 'output')
    : { $ref: `#/components/schemas/${name}` };
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as Json;
  return rest;
}

/** `/fhir/Binary/:id` → `/fhir/Binary/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

function parameters(route: AnyRoute): Json[] {
  const list: Json[] = [];
  for (const [where, schema] of [
    ['path', route.params],
    ['query', route.query],
  ] as const) {
    if (!(schema instanceof z.ZodObject)) continue;
    for (const [name, field] of Object.entries<z.ZodType>(schema.shape)) {
      const fieldSchema = jsonSchema(field, 'input');
      list.push({
        name,
        in: where,
        required: where === 'path' || !field.safeParse(undefined).success,
        ...(typeof fieldSchema['description'] === 'string'
          ? { description: fieldSchema['description'] }
          : {}),
        schema: fieldSchema,
      });
    }
  }
  return list;
}

function examples(route: AnyRoute): Json | undefined {
  const pattern = new RegExp(`^${route.path.replace(/:[A-Za-z]+/g, '[^/]+')}$`);
  const matching = WALK_STEPS.filter(
    (s) =>
      s.request.method.toLowerCase() === route.method &&
      pattern.test(s.request.path) &&
      s.request.body !== undefined,
  );
  if (matching.length === 0) return undefined;
  return Object.fromEntries(
    matching.map((s) => [s.id, { summary: s.title, value: s.request.body }]),
  );
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Requête invalide (API.INVALID_REQUEST, API.MALFORMED_JSON, DMP.INS_INVALID…).',
  401: 'Jeton manquant, invalide ou expiré (AUTH.*).',
  403: 'Refus d’une règle du DMP (DMP.*) ou jeton d’un autre espace (AUTH.WRONG_AUDIENCE).'.replace(
    /’/g,
    "'",
  ),
  404: 'Patient, document ou route inconnus (DMP.NO_MATCH, DMP.DOCUMENT_NOT_FOUND, API.NOT_FOUND…).',
  409: 'Conflit (DMP.DMP_CLOSED).',
  413: 'Corps de requête trop volumineux (API.PAYLOAD_TOO_LARGE).',
  422: 'Règle métier non satisfaite (motif manquant, type inconnu, horloge décalée…).',
};

/** A route's documentation (every route has one: `ROUTE_DOCS`). */
function docOf(route: AnyRoute): RouteDoc {
  const doc = ROUTE_DOCS[route.id];
  if (doc === undefined)
    throw new Error(`Route sans documentation : ${route.id} (routes/*.docs.ts)`);
  return doc;
}

function responses(route: AnyRoute): Json {
  const out: Json = {};
  for (const [status, spec] of Object.entries(docOf(route).responses)) {
    out[status] = {
      description: spec.description,
      content: { 'application/json': { schema: responseSchema(spec.schema) } },
    };
  }
  const errors = new Set<number>([404, ...route.errors]);
  if (route.query || route.body || route.params) errors.add(400);
  if (route.body) errors.add(413);
  if (route.auth !== 'none') errors.add(401).add(403);
  for (const status of [...errors].sort()) {
    out[String(status)] = {
      description: ERROR_DESCRIPTIONS[status],
      content: {
        'application/fhir+json': { schema: { $ref: '#/components/schemas/OperationOutcome' } },
      },
    };
  }
  return out;
}

function operation(route: AnyRoute): Json {
  const bodyExamples = examples(route);
  const { summary, description } = docOf(route);
  return {
    operationId: route.id,
    tags: [route.tag],
    summary,
    description: route.transaction
      ? `${description}\n\nTransaction PDSM4DMP : ${route.transaction}.`
      : description,
    ...(route.transaction ? { 'x-pdsm4dmp-transaction': route.transaction } : {}),
    security:
      route.auth === 'ps'
        ? [{ proSanteConnect: [] }]
        : route.auth === 'mes'
          ? [{ monEspaceSante: [] }]
          : [],
    parameters: parameters(route),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: {
              [route.bodyMediaType ?? 'application/json']: {
                schema: jsonSchema(DOCUMENTED_BODIES.get(route.id) ?? route.body, 'input'),
                ...(bodyExamples ? { examples: bodyExamples } : {}),
              },
            },
          },
        }
      : {}),
    responses: responses(route),
  };
}

/** The OpenAPI 3.1 document of the simulated DMP API. */
export function buildOpenApi(): Json {
  const paths: Record<string, Json> = {};
  for (const route of ALL_ROUTES) {
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  const hours = TOKEN_TTL_SECONDS / 3600;
  return {
    openapi: '3.1.0',
    info: {
      title: 'API DMP simulée — dmp-simulateur',
      version: '0.1.0',
      summary: 'Données fictives — simulation. Aucune donnée réelle, aucun lien avec le vrai DMP.',
      description:
        "API de formation calquée sur le guide FHIR PDSM4DMP de l'ANS (brouillon) là où il décrit une transaction, et sur des routes nommées ailleurs. Les décisions viennent du cœur métier du simulateur ; chaque refus est un OperationOutcome en français avec un code stable, les règles et un lien vers la FAQ. Voir docs/api/README.md pour les simplifications.",
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: 'http://127.0.0.1:4010',
        description: 'npm run dmp:serve (port modifiable avec PORT)',
      },
      { url: '/', description: 'Service worker de la page /simulateur/console/' },
    ],
    tags: [
      {
        name: 'Authentification',
        description: 'Connexions simulées ; jetons signés expirant en temps simulé.',
      },
      {
        name: 'PDSM4DMP (FHIR)',
        description: 'Transactions TD0.2, TD2, TD3.1, TD3.2 et TD3.3, en FHIR R4 simplifié.',
      },
      { name: "Autorisation d'accès", description: 'Consentement, opposition, bris de glace.' },
      { name: 'Mon espace santé', description: 'Côté patient et représentants légaux.' },
      {
        name: 'Logiciel du professionnel',
        description:
          "Ce que le logiciel du professionnel fait hors du DMP et que le simulateur joue : qualification de l'identité (téléservice INSi, pièce d'identité).",
      },
      { name: 'Formation', description: 'Pilotage par le formateur : monde simulé et horloge.' },
    ],
    paths,
    components: {
      securitySchemes: {
        proSanteConnect: {
          type: 'http',
          scheme: 'bearer',
          description: `Jeton de POST /auth/psc/token (HMAC-SHA-256, ${hours} h de temps simulé).`,
        },
        monEspaceSante: {
          type: 'http',
          scheme: 'bearer',
          description: `Jeton de POST /auth/mes/token (HMAC-SHA-256, ${hours} h de temps simulé).`,
        },
      },
      schemas: Object.fromEntries(
        [...COMPONENTS].map(([schema, name]) => [name, jsonSchema(schema, 'output')]),
      ),
    },
    'x-error-codes': Object.keys(API_ERROR_CODES),
  };
}
