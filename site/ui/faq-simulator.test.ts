import { expect, test } from 'vitest';
import { FAQ_IDS } from '../../src/dmp/index';
import { scenariosForFaq, simulatorRulesFor } from './faq-simulator';

test('lists the rules declared for the question first, then those sharing its R ids', () => {
  const ids = simulatorRulesFor('FAQ-PAT-03', ['R44']).map((r) => r.id);
  expect(ids[0]).toBe('isBlockedFor');
  const osteo = simulatorRulesFor('FAQ-ACC-03', ['R22']);
  expect(osteo.map((r) => r.id)).toEqual(expect.arrayContaining(['isProfessionAllowedInSetting', 'isProfessionAllowedToDeposit']));
  expect(osteo.every((r) => r.summary.length > 0)).toBe(true);
});

test('a rule citing the question as a source is listed', () => {
  expect(simulatorRulesFor('FAQ-CNX-04', []).map((r) => r.id)).toContain('hasConsultingCard');
});

test('questions without rules get an empty list, and no scenario exists yet', () => {
  expect(simulatorRulesFor('FAQ-STA-01', [])).toEqual([]);
  for (const id of FAQ_IDS) expect(scenariosForFaq(id)).toEqual([]);
});
