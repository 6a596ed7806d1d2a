import { beforeAll, expect, test } from 'vitest';
import { FAQ_IDS } from '../../src/dmp/index';
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
  expect(scenariosForFaq('FAQ-STA-01', [])).toEqual([]);
  // A question no scenario teaches or cites (derived from the files) gets no link either.
  const untouched = FAQ_IDS.filter(
    (id) => !catalogue.some((s) => s.faq.includes(id) || s.citedFaq.includes(id)),
  );
  for (const id of untouched) expect(scenariosForFaq(id, catalogue), id).toEqual([]);
});

test('« Essayer ce cas » lists every scenario that teaches the question, linked to its page', () => {
  for (const s of catalogue) {
    for (const id of s.faq) {
      const links = scenariosForFaq(id, catalogue);
      const teaching = catalogue.filter((c) => c.faq.includes(id));
      expect(
        links.filter((l) => l.teaches).map((l) => l.href),
        id,
      ).toEqual(teaching.map((c) => `/simulateur/${c.id}/`));
      expect(
        links.map((l) => l.title),
        id,
      ).toContain(s.title);
    }
  }
});

test('scenarios citing the question on the way complete the list, after those that teach it', () => {
  for (const id of new Set(catalogue.flatMap((s) => [...s.faq, ...s.citedFaq]))) {
    const links = scenariosForFaq(id, catalogue);
    const teaching = catalogue.filter((s) => s.faq.includes(id)).length;
    const citing = catalogue.filter((s) => s.citedFaq.includes(id)).length;
    const flags = links.map((l) => l.teaches);
    // Teaching scenarios first, then citing ones only up to the minimum.
    expect(flags, id).toEqual([
      ...Array<boolean>(teaching).fill(true),
      ...Array<boolean>(Math.min(citing, Math.max(0, MIN_SCENARIO_LINKS - teaching))).fill(false),
    ]);
  }
});
