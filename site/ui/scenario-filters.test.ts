import { expect, test } from 'vitest';
import {
  NO_FILTERS,
  countLabel,
  filtersFromQuery,
  filtersToQuery,
  matchesFilters,
} from './scenario-filters';

const forDoctors = { audience: ['medecin', 'establishment'], theme: 'consentement', duration: 10 };
const forAll = { audience: ['paramedical', 'tous'], theme: 'droits-acces', duration: 6 };
const allowed = {
  audience: ['medecin', 'pharmacien'],
  theme: ['consentement', 'droits-patients'],
  duration: ['5', '10'],
};

test('no filter keeps every scenario', () => {
  expect(matchesFilters(forDoctors, NO_FILTERS)).toBe(true);
});

test('a public keeps its scenarios and those written for everybody', () => {
  expect(matchesFilters(forDoctors, { ...NO_FILTERS, audience: 'medecin' })).toBe(true);
  expect(matchesFilters(forDoctors, { ...NO_FILTERS, audience: 'pharmacien' })).toBe(false);
  expect(matchesFilters(forAll, { ...NO_FILTERS, audience: 'pharmacien' })).toBe(true);
});

test('theme and maximum duration combine with the public', () => {
  expect(
    matchesFilters(forDoctors, { audience: 'medecin', theme: 'droits-patients', duration: '' }),
  ).toBe(false);
  expect(matchesFilters(forDoctors, { ...NO_FILTERS, duration: '10' })).toBe(true);
  expect(matchesFilters(forDoctors, { ...NO_FILTERS, duration: '5' })).toBe(false);
  expect(
    matchesFilters(forAll, { audience: 'medecin', theme: 'droits-acces', duration: '8' }),
  ).toBe(true);
});

test('filters survive a round trip through the URL query; unknown values are dropped', () => {
  const filters = { audience: 'medecin', theme: 'droits-patients', duration: '10' };
  expect(filtersToQuery(filters)).toBe('?public=medecin&theme=droits-patients&duree=10');
  expect(filtersFromQuery(new URLSearchParams(filtersToQuery(filters)), allowed)).toEqual(filters);
  expect(filtersToQuery(NO_FILTERS)).toBe('');
  expect(
    filtersFromQuery(
      new URLSearchParams('?public=astronaute&theme=droits-patients&duree=7'),
      allowed,
    ),
  ).toEqual({
    ...NO_FILTERS,
    theme: 'droits-patients',
  });
});

test('the live region says how many scenarios are shown', () => {
  expect(countLabel(0)).toBe('Aucun scénario affiché');
  expect(countLabel(1)).toBe('1 scénario affiché');
  expect(countLabel(18)).toBe('18 scénarios affichés');
});

test('a tag keeps the scenarios that carry it, and travels in the URL query', () => {
  const tagged = { ...forDoctors, tags: ['urgence', 'ehpad'] };
  expect(matchesFilters(tagged, { ...NO_FILTERS, tag: 'ehpad' })).toBe(true);
  expect(matchesFilters(forDoctors, { ...NO_FILTERS, tag: 'ehpad' })).toBe(false);
  const filters = { ...NO_FILTERS, tag: 'ehpad' };
  expect(filtersToQuery(filters)).toBe('?etiquette=ehpad');
  const known = { ...allowed, tag: ['ehpad'] };
  expect(filtersFromQuery(new URLSearchParams('?etiquette=ehpad'), known)).toEqual(filters);
  expect(filtersFromQuery(new URLSearchParams('?etiquette=inconnue'), known)).toEqual(NO_FILTERS);
});

test('a link shared with a former theme filters on the FAQ section its scenarios moved to', () => {
  expect(filtersFromQuery(new URLSearchParams('?theme=blocage'), allowed).theme).toBe(
    'droits-patients',
  );
  expect(filtersFromQuery(new URLSearchParams('?theme=bris-de-glace'), allowed).theme).toBe(
    'consentement',
  );
  expect(filtersFromQuery(new URLSearchParams('?theme=recherche'), allowed).theme).toBe('');
});
