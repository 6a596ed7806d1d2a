import { expect, test } from 'vitest';
import { DEFAULT_SEED } from '../../dmp/index';
import { createProblemSink } from '../diagnostics/index';
import { buildWorld } from './world';

const seedPatient = (id: string) => DEFAULT_SEED.patients.find((p) => p.id === id);

test('depositOpposition adds a traced opposition to deposit, for everybody, at the start of the scenario', () => {
  const sink = createProblemSink();
  const start = '2025-11-02T08:00:00Z';
  const world = buildWorld(
    {
      start,
      patients: [{ id: 'pat-opposed-to-consultation', depositOpposition: 'Motif légitime' }],
      professionals: [],
      documents: [],
    },
    sink,
  );
  expect(sink.problems).toEqual([]);
  const before = seedPatient('pat-opposed-to-consultation')?.oppositions ?? [];
  const after = world.patients.get('pat-opposed-to-consultation')?.oppositions ?? [];
  // The seed's opposition to consultation is kept; the new one comes after it.
  expect(after.slice(0, before.length)).toEqual(before);
  expect(after.slice(before.length)).toEqual([
    expect.objectContaining({
      kind: 'deposit',
      scope: { kind: 'all' },
      reason: 'Motif légitime',
      tracedAt: world.start,
    }),
  ]);
});

test('without depositOpposition, a patient keeps the oppositions of the data set', () => {
  const world = buildWorld(
    { patients: [{ id: 'pat-adult', displayName: 'Claire M.' }], professionals: [], documents: [] },
    createProblemSink(),
  );
  expect(world.patients.get('pat-adult')?.oppositions).toEqual(
    seedPatient('pat-adult')?.oppositions,
  );
});
