import { expect, test } from 'vitest';
import { ACTION_NAMES, ACTIONS, actionParameters } from './index';

test('every action is played by the actor its name says, and has a French label', () => {
  const prefix = { ps: 'professional', patient: 'patient', representative: 'representative' };
  for (const name of ACTION_NAMES) {
    const expected = prefix[name.split('.')[0] as keyof typeof prefix] ?? 'any';
    expect(ACTIONS[name].actor, name).toBe(expected);
    expect(ACTIONS[name].label, name).toMatch(/^\p{Lu}/u);
  }
  expect(actionParameters('patient.maskDocument')).toEqual(['document', 'masked']);
  expect(actionParameters('patient.viewDocuments')).toEqual([]);
});
