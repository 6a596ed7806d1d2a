/**
 * The seed of a training world (`POST /training/reset` with a body). In the world format of the
 * scenarios (`world: { … }`), it is built by `src/world`, as for a scenario played over the core.
 * In the deprecated shape, each entity of the body replaces the one of the same id in the store's
 * seed (in place) or is added (at the end), with the start date. References that would dangle (a
 * document's patient or author), a document author whose name, RPPS or profession contradict the
 * professional of its `professionalId`, and what the world builder cannot build are reported as
 * request problems, so that a bad world is refused before anything changes.
 */
import {
  createClock,
  isDocumentTypeCode,
  professionalName,
  type DmpDocument,
  type DmpSeed,
  type Professional,
} from '../dmp/index';
import { buildWorld, type WorldSpec } from '../world/index';
import type { DeprecatedWorldLoader } from './context';
import { checkInput } from './parse';
import { formatReset } from './schemas/reset.schemas';
import type { WorldReset } from './schemas/world.schemas';

/** A problem of the request body, for `invalidRequestResponse`. */
interface WorldProblem {
  readonly expression: string;
  readonly message: string;
}

/** The seed of a world, or what is wrong with it. */
type WorldSeedResult =
  | { readonly ok: true; readonly seed: DmpSeed }
  | { readonly ok: false; readonly problems: readonly WorldProblem[] };

function upsert<T extends { readonly id: string }>(
  base: readonly T[],
  entries: readonly T[] = [],
): T[] {
  const replaced = new Map(entries.map((e) => [e.id, e]));
  const kept = base.map((x) => replaced.get(x.id) ?? x);
  const known = new Set(base.map((x) => x.id));
  return [...kept, ...entries.filter((e) => !known.has(e.id))];
}

type ProfessionalAuthor = Extract<DmpDocument['author'], { readonly kind: 'professional' }>;

/** What a document's author says that its professional (same id) contradicts. */
function authorContradictions(
  author: ProfessionalAuthor,
  pro: Professional,
  path: string,
): WorldProblem[] {
  const expected = { name: professionalName(pro), rpps: pro.rpps, profession: pro.profession };
  return (['name', 'rpps', 'profession'] as const)
    .filter((field) => author[field] !== expected[field])
    .map((field) => ({
      expression: `${path}.${field}`,
      message: `Auteur contradictoire : ${field} vaut ${JSON.stringify(author[field])}, mais le professionnel « ${pro.id} » a ${JSON.stringify(expected[field])}. Recopiez-le, ou changez professionalId.`,
    }));
}

const MAX_PROBLEMS = 20;

/** `['world', 'patients', 0, 'from']` → `body.world.patients.0.from`. */
const expressionOf = (path: readonly PropertyKey[]) => ['body', ...path.map(String)].join('.');

/** A sentence of the builder's message (« patient … » → « Patient ….»), with its hint. */
function sentence(message: string, hint?: string): string {
  const text = `${message.charAt(0).toUpperCase()}${message.slice(1)}${hint === undefined ? '' : ` : ${hint}`}`;
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** The seed of a world in the scenario format over `base`, or what the builder could not build. */
function formatSeed(base: DmpSeed, spec: WorldSpec): WorldSeedResult {
  const problems: WorldProblem[] = [];
  const world = buildWorld(
    spec,
    {
      add: (_code, path, message, hint) =>
        problems.push({ expression: expressionOf(path), message: sentence(message, hint) }),
    },
    { base },
  );
  // The scenario checker reports unknown document types itself (SCN019); the builder skips them.
  spec.documents.forEach((doc, i) => {
    if (typeof doc !== 'string' && doc.type !== undefined && !isDocumentTypeCode(doc.type))
      problems.push({
        expression: expressionOf(['world', 'documents', i, 'type']),
        message: `Type de document « ${doc.type} » inconnu (code LOINC ou TRE_A05 du catalogue).`,
      });
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, seed: world.seed };
}

/** The deprecated body sent to the browser's worker, which does not read it. */
const DEPRECATED_BODY_NOT_HERE: WorldProblem = {
  expression: 'body',
  message:
    'Dans le navigateur, l\'API simulée ne lit que le monde au format des scénarios : { "world": { … } }. L\'ancien corps (entités entières, déprécié) est lu par le serveur local (npm run dmp:serve) et par msw/node.',
};

const isObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The seed of a `POST /training/reset` body over `base`, or what is wrong with it: a world in the
 * scenario format, or the deprecated whole entities (their schemas loaded on demand, so that the
 * browser does not load them with the scenario player).
 */
export async function worldSeed(
  base: DmpSeed,
  body: Readonly<Record<string, unknown>>,
  deprecated: DeprecatedWorldLoader | null,
): Promise<WorldSeedResult> {
  if (isObject(body['world'])) {
    const checked = checkInput(formatReset, body, 'body');
    return checked.ok ? formatSeed(base, checked.value.world) : checked;
  }
  if (Object.keys(body).length === 0) return deprecatedSeed(base, {});
  if (deprecated === null) return { ok: false, problems: [DEPRECATED_BODY_NOT_HERE] };
  const { worldReset } = await deprecated();
  const checked = checkInput(worldReset, body, 'body');
  return checked.ok ? deprecatedSeed(base, checked.value) : checked;
}

/** The seed of the deprecated shape: each entity replaces its namesake or is added. */
function deprecatedSeed(base: DmpSeed, body: WorldReset): WorldSeedResult {
  const patients = upsert(base.patients, body.patients);
  const professionals = upsert(base.professionals, body.professionals);
  const documents = upsert(base.documents, body.documents);
  const patientIds = new Set(patients.map((p) => p.id));
  const professionalById = new Map(professionals.map((p) => [p.id, p]));
  const problems: WorldProblem[] = [];
  (body.documents ?? []).forEach((doc, i) => {
    if (!patientIds.has(doc.patientId))
      problems.push({
        expression: `body.documents.${i}.patientId`,
        message: `Patient « ${doc.patientId} » inconnu : ni dans le jeu de données, ni dans patients.`,
      });
    if (doc.author.kind !== 'professional') return;
    const pro = professionalById.get(doc.author.professionalId);
    if (pro === undefined)
      problems.push({
        expression: `body.documents.${i}.author.professionalId`,
        message: `Professionnel « ${doc.author.professionalId} » inconnu : ni dans le jeu de données, ni dans professionals.`,
      });
    else problems.push(...authorContradictions(doc.author, pro, `body.documents.${i}.author`));
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return {
    ok: true,
    seed: {
      ...base,
      clock: body.start === undefined ? base.clock : createClock(body.start),
      patients,
      professionals,
      documents,
      features: body.features ?? {},
    },
  };
}
