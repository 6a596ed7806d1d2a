// Core figures for `npm run bench`: access decisions per second of the pure domain core.
// Prints one JSON line per figure on stdout (read by scripts/bench.mjs).
import {
  DEFAULT_SEED,
  NORMAL_ACCESS,
  breakGlass,
  decideConsultation,
  decideDocumentAccess,
  SEED_EPISODES,
} from '../../src/dmp/index';

const { patients, professionals, documents } = DEFAULT_SEED;
const episodes = Object.values(SEED_EPISODES);
const accesses = [NORMAL_ACCESS, breakGlass('Patient inconscient aux urgences')];
const now = '2025-10-01T09:00:00.000Z' as Parameters<typeof decideConsultation>[0]['now'];

/** Runs `fn` for about `ms` milliseconds and returns calls per second. */
function throughput(fn: (i: number) => unknown, ms = 1500): number {
  for (let i = 0; i < 2000; i++) fn(i); // warm-up
  let n = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let k = 0; k < 1000; k++) fn(n++);
    elapsed = performance.now() - t0;
  }
  return (n / elapsed) * 1000;
}

const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;

let allowed = 0;
let total = 0;
const consultations = throughput((i) => {
  const d = decideConsultation({
    professional: pick(professionals, i),
    patient: pick(patients, Math.floor(i / professionals.length)),
    now,
    episodeId: pick(episodes, i),
    access: pick(accesses, i >> 3),
  });
  total++;
  if (d.allowed) allowed++;
});
const documentsPerSecond = throughput((i) => {
  const patient = pick(patients, i);
  decideDocumentAccess(
    {
      professional: pick(professionals, i >> 2),
      patient,
      now,
      episodeId: pick(episodes, i),
      access: NORMAL_ACCESS,
    },
    pick(documents, i >> 1),
  );
});

const emit = (o: object) => console.log(JSON.stringify(o));
emit({
  label: "Décisions d'accès au DMP du cœur (decideConsultation)",
  value: consultations,
  unit: '/s',
  min: 100_000,
});
emit({
  label: "Décisions d'accès à un document (decideDocumentAccess)",
  value: documentsPerSecond,
  unit: '/s',
  min: 100_000,
});
emit({
  label: 'Part des consultations autorisées dans ce mélange',
  value: (100 * allowed) / total,
  unit: '%',
});
