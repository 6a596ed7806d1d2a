import { beforeAll, expect, test } from 'vitest';
import { MIN_SCENARIO_LINKS, scenariosForFaq, simulatorRulesFor } from './faq-simulator';
import { loadCatalogue, type ScenarioSummary } from './scenario-catalogue';

let catalogue: ScenarioSummary[] = [];
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

test('lists the rules declared for the question first, then those sharing its R ids', () => {
  const ids = simulatorRulesFor('FAQ-PAT-03', ['R44']).map((r) => r.id);
  expect(ids[0]).toBe('isBlockedFor');
  const osteo = simulatorRulesFor('FAQ-ACC-03', ['R22']);
  expect(osteo.map((r) => r.id)).toEqual(
    expect.arrayContaining(['isProfessionAllowedInSetting', 'isProfessionAllowedToDeposit']),
  );
  expect(osteo.every((r) => r.summary.length > 0)).toBe(true);
});

test('a rule citing the question as a source is listed', () => {
  expect(simulatorRulesFor('FAQ-CNX-04', []).map((r) => r.id)).toContain('hasConsultingCard');
});

test('questions without rules or scenarios get empty lists', () => {
  expect(simulatorRulesFor('FAQ-STA-01', [])).toEqual([]);
  expect(scenariosForFaq('FAQ-STA-01', catalogue)).toEqual([]);
});

test('« Essayer ce cas » lists every scenario that teaches the question, linked to its page', () => {
  const links = scenariosForFaq('FAQ-CON-07', catalogue);
  const teaching = links.filter((l) => l.teaches);
  expect(teaching.map((l) => l.href).sort()).toEqual([
    '/simulateur/bris-de-glace-urgence/',
    '/simulateur/reglages-urgence-patient/',
  ]);
  // Those that teach come first; scenarios merely citing the question may complete the list.
  expect(links.slice(0, teaching.length)).toEqual(teaching);
  expect(links.map((l) => l.title)).toContain('Bris de glace aux urgences');
  for (const s of catalogue) {
    for (const id of s.faq)
      expect(
        scenariosForFaq(id, catalogue).map((l) => l.href),
        id,
      ).toContain(`/simulateur/${s.id}/`);
  }
});

test('scenarios citing the question on the way complete the list, after those that teach it', () => {
  const cps = scenariosForFaq('FAQ-CNX-04', catalogue);
  expect(cps).toHaveLength(MIN_SCENARIO_LINKS);
  expect(cps.every((l) => !l.teaches)).toBe(true);
  const consent = scenariosForFaq('FAQ-CON-01', catalogue);
  expect(consent.map((l) => l.teaches)).toEqual([true, true, false]);
});
