/**
 * From a scenario's `world:` block to a DMP seed and an index of what the scenario declared. The
 * seed is the default one with the inline entries applied (overrides of seed entries, or copies
 * with `from`); problems (unknown bases, incomplete definitions, duplicates) go to a sink with
 * their data path for `check.ts`, never thrown.
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
import type { DiagnosticCode } from './diagnostics';
import type { ProblemSink } from './problems';
import type { DataPath } from './source-map';
import type { ReferenceTopic } from './reference-model';
import { didYouMean } from './suggest';

/** The référentiel section listing the seed's entities of each kind. */
const SEED_TOPICS: Readonly<Record<string, ReferenceTopic>> = {
  SCN017: 'patients',
  SCN018: 'professionnels',
  SCN021: 'documents',
};
import type { WorldSpec } from './world.schema';
import { inlineDocument, inlinePatient, inlineProfessional } from './world-entries';

/** The built world: the seed for the store, every entity by id, and what the scenario declared. */
export interface World {
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
  what: { code: DiagnosticCode; label: string },
  build: (spec: S, path: DataPath) => T | null,
  sink: ProblemSink,
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
      sink.add(
        what.code,
        path,
        `${what.label} « ${item} » absent du jeu de données`,
        didYouMean(item, [...base.keys()], 'identifiants connus', SEED_TOPICS[what.code]),
      );
    }
    if (entry === null) return;
    if (declared.includes(entry.id))
      sink.add('SCN011', path, `${what.label} « ${entry.id} » déclaré deux fois`);
    declared.push(entry.id);
    all.set(entry.id, entry.value);
  });
  return { all, declared };
}

const byId = <T extends { readonly id: string }>(xs: readonly T[]) =>
  new Map(xs.map((x) => [x.id, x]));

/** Build the world of a scenario. */
export function buildWorld(spec: WorldSpec, sink: ProblemSink): World {
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
    byId(DEFAULT_SEED.professionals),
    'professionals',
    { code: 'SCN018', label: 'professionnel' },
    (p, path) => inlineProfessional(p, path, byId(DEFAULT_SEED.professionals), sink),
    sink,
  );
  const patients = section(
    spec.patients,
    byId(DEFAULT_SEED.patients),
    'patients',
    { code: 'SCN017', label: 'patient' },
    (p, path) => inlinePatient(p, path, byId(DEFAULT_SEED.patients), pros.all, sink, start),
    sink,
  );
  const docs = section(
    spec.documents,
    byId(DEFAULT_SEED.documents),
    'documents',
    { code: 'SCN021', label: 'document' },
    (d, path) =>
      inlineDocument(
        d,
        path,
        {
          documents: byId(DEFAULT_SEED.documents),
          patients: patients.all,
          professionals: pros.all,
          start,
        },
        sink,
      ),
    sink,
  );
  return {
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
