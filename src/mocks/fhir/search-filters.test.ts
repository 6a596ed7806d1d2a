import { expect, test } from 'vitest';
import { DEFAULT_SEED } from '../../dmp/index';
import { filterDocuments } from './search-filters';

const claire = DEFAULT_SEED.documents.filter((d) => d.patientId === 'pat-adult');
const ids = (docs: readonly { id: string }[]) => docs.map((d) => d.id).sort();

test('no filter keeps everything', () => {
  expect(filterDocuments(claire, {})).toHaveLength(claire.length);
});

test('status: a replaced version is superseded, an archived one stays current', () => {
  expect(ids(filterDocuments(claire, { status: ['superseded'] }))).toEqual([
    'doc-adult-consultation-old',
  ]);
  expect(ids(filterDocuments(claire, { status: ['current'] }))).toContain(
    'doc-adult-consultation-archived',
  );
});

test('type and category (classCode)', () => {
  expect(ids(filterDocuments(claire, { type: ['87273-9'] }))).toEqual(['doc-adult-vaccination']);
  expect(ids(filterDocuments(claire, { category: ['11'] }))).toEqual([
    'doc-adult-psychiatric-masked',
    'doc-adult-vsm',
  ]);
});

test('deposit date with FHIR prefixes, combined', () => {
  const september = filterDocuments(claire, {
    date: [
      { prefix: 'ge', date: '2025-09-10' },
      { prefix: 'lt', date: '2025-09-20' },
    ],
  });
  expect(ids(september)).toEqual(['doc-adult-hospital-report', 'doc-adult-imaging']);
  expect(ids(filterDocuments(claire, { date: { prefix: 'eq', date: '2025-09-25' } }))).toEqual([
    'doc-adult-vaccination',
  ]);
});
