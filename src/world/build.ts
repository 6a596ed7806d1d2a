/**
 * From the world format (a scenario's `world:` block, or the `world` of `POST /training/reset`) to a
 * DMP seed and an index of what the world declared. The seed is the default one with the inline entries applied (overrides of seed entries, or copies
 * with `from`); problems (unknown bases, incomplete definitions, duplicates) go to a sink with
 * their data path (for `check.ts`, or the API's 400), never thrown.
 */
import {
  createClock,
  DEFAULT_SEED,
  SIMULATION_START,
  parseInstant,
  type DmpDocument,
  type DmpSeed,
  type FeatureSettings,
  type Patient,
  type Professional,
} from '../dmp/index';
import { inlineDocument, inlinePatient, inlineProfessional, type Report } from './entries';
import type { DataPath, WorldHints, WorldProblemCode, WorldSink, WorldTopic } from './problems';
import type { WorldSpec } from './world.schema';

/** The référentiel section listing the seed's entities of each kind. */
const SEED_TOPICS: Readonly<Record<string, WorldTopic>> = {
  SCN017: 'patients',
  SCN018: 'professionnels',
  SCN021: 'documents',
};

/** The built world: the seed for the store, every entity by id, and what the scenario declared. */
export interface World {
  /** The `world:` block as parsed (defaults applied): what the HTTP port sends to the API. */
  readonly spec: WorldSpec;
  readonly seed: DmpSeed;
  readonly start: string;
  readonly episode: string;
  /** Announced features the scenario switches on or off explicitly (absent: off at the FAQ's date). */
  readonly features: FeatureSettings;
  readonly patients: ReadonlyMap<string, Patient>;
  readonly professionals: ReadonlyMap<string, Professional>;
  readonly documents: ReadonlyMap<string, DmpDocument>;
  readonly declared: {
    readonly patients: readonly string[];
    readonly professionals: readonly string[];
    readonly documents: readonly string[];
  };
  /** The first declared patient: the default target of professional actions. */
  readonly defaultPatient: string;
}

/** Default care episode: covered by no seeded consent. */
const DEFAULT_EPISODE = 'episode-scenario';

type Entry<T> = { readonly id: string; readonly value: T };

function section<S, T extends { readonly id: string }>(
  items: readonly (string | S)[],
  base: ReadonlyMap<string, T>,
  key: string,
  what: { code: WorldProblemCode; label: string },
  build: (spec: S, path: DataPath) => T | null,
  report: Report,
): { all: Map<string, T>; declared: string[] } {
  const all = new Map(base);
  const declared: string[] = [];
  items.forEach((item, i) => {
    const path: DataPath = ['world', key, i];
    const entry: Entry<T> | null =
      typeof item === 'string'
        ? base.has(item)
          ? { id: item, value: base.get(item) as T }
          : null
        : ((v) => (v === null ? null : { id: v.id, value: v }))(build(item, path));
    if (typeof item === 'string' && entry === null) {
      report.sink.add(
        what.code,
        path,
        `${what.label} « ${item} » absent du jeu de données`,
        report.hints.didYouMean?.(
          item,
          [...base.keys()],
          'identifiants connus',
          SEED_TOPICS[what.code],
        ),
      );
    }
    if (entry === null) return;
    if (declared.includes(entry.id))
      report.sink.add('SCN011', path, `${what.label} « ${entry.id} » déclaré deux fois`);
    declared.push(entry.id);
    all.set(entry.id, entry.value);
  });
  return { all, declared };
}

const byId = <T extends { readonly id: string }>(xs: readonly T[]) =>
  new Map(xs.map((x) => [x.id, x]));

/** Options of `buildWorld`: the caller's hint makers, and the data set to build on. */
interface BuildOptions {
  readonly hints?: WorldHints;
  /** The data set the world modifies (default: the simulator's, `DEFAULT_SEED`). */
  readonly base?: DmpSeed;
}

/** Build a world from its format (a scenario's `world:` block); problems go to `sink`. */
export function buildWorld(spec: WorldSpec, sink: WorldSink, options: BuildOptions = {}): World {
  const report: Report = { sink, hints: options.hints ?? {} };
  const base = options.base ?? DEFAULT_SEED;
  const startInstant = parseInstant(spec.start ?? SIMULATION_START);
  if (startInstant === null)
    sink.add(
      'SCN006',
      ['world', 'start'],
      `« world.start » : date « ${spec.start ?? ''} » impossible`,
    );
  const start = startInstant ?? SIMULATION_START;
  const pros = section(
    spec.professionals,
    byId(base.professionals),
    'professionals',
    { code: 'SCN018', label: 'professionnel' },
    (p, path) => inlineProfessional(p, path, byId(base.professionals), report),
    report,
  );
  const patients = section(
    spec.patients,
    byId(base.patients),
    'patients',
    { code: 'SCN017', label: 'patient' },
    (p, path) => inlinePatient(p, path, byId(base.patients), pros.all, report, start),
    report,
  );
  const docs = section(
    spec.documents,
    byId(base.documents),
    'documents',
    { code: 'SCN021', label: 'document' },
    (d, path) =>
      inlineDocument(
        d,
        path,
        {
          documents: byId(base.documents),
          patients: patients.all,
          professionals: pros.all,
          start,
        },
        report,
      ),
    report,
  );
  return {
    spec,
    seed: {
      clock: createClock(start),
      patients: [...patients.all.values()],
      professionals: [...pros.all.values()],
      documents: [...docs.all.values()],
      features: spec.features ?? {},
    },
    start,
    features: spec.features ?? {},
    episode: spec.episode ?? DEFAULT_EPISODE,
    patients: patients.all,
    professionals: pros.all,
    documents: docs.all,
    declared: {
      patients: patients.declared,
      professionals: pros.declared,
      documents: docs.declared,
    },
    defaultPatient: patients.declared[0] ?? '',
  };
}
