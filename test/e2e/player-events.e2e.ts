/**
 * The format's world-changing steps in the player (built site): an event played by another actor
 * (`events:`) is shown to the learner as a fact, with the simulated date and the DMP's answer, and
 * the documents it deposits reach the learner's screens; the patient's own actions in Mon espace
 * santé (activation, opposition to deposit, masking) are played by the learner. The scenarios come
 * from scenarios/: any one that uses these features is played.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from './support/a11y';
import { listScenarioFiles } from '../../src/scenario/check-file';
import type { ActionName } from '../../src/scenario/actions/index';
import {
  continueAfterReview,
  openPlayer,
  player,
  playStep,
  scenarioFrom,
  settled,
} from './support/player';

test.describe.configure({ timeout: 180_000 });

const scenarios = (await listScenarioFiles()).map(scenarioFrom);
const PATIENT_CHANGES: readonly ActionName[] = [
  'patient.activateSpace',
  'patient.opposeDeposit',
  'patient.maskDocument',
];
// One scenario with both: other scenarios may have events without a patient change.
const withEvents = scenarios.find(
  (s) =>
    s.steps.some((st) => st.events !== undefined) &&
    s.steps.some((st) => st.kind === 'action' && PATIENT_CHANGES.includes(st.do.action)),
);

test('an event is shown as something that happened, with its date; the patient acts', async ({
  page,
}) => {
  test.skip(withEvents === undefined, 'no scenario with both an event and a patient change');
  const scenario = withEvents!;
  await openPlayer(page, scenario.id);
  const root = player(page);
  if ((scenario.steps[0]?.events ?? []).length > 0) {
    await expect(root.getByTestId('happened')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  }
  const seen: string[] = [];
  for (let i = 0; i < scenario.steps.length * 2; i += 1) {
    const id = await root.getAttribute('data-step');
    const step = scenario.steps.find((s) => s.id === id);
    if (step === undefined) break;
    for (const event of step.events ?? []) {
      const happened = root.getByTestId('happened');
      await expect(happened).toContainText(event.text);
      await expect(happened.locator('time').first()).toHaveAttribute(
        'datetime',
        /^\d{4}-\d{2}-\d{2}T/,
      );
      const result = event.expect?.result ?? 'allowed';
      await expect(happened).toContainText(result === 'allowed' ? 'autorisé' : 'refusé');
      seen.push(`event:${step.id}`);
    }
    await playStep(page, scenario);
    if (step.kind === 'action') {
      // Played by the learner from the step's goal alone (Entraînement): the goal is reached.
      await expect(root.getByTestId('feedback')).toContainText(step.feedback.success.text);
      if (PATIENT_CHANGES.includes(step.do.action)) seen.push(step.do.action);
    }
    await continueAfterReview(page);
    await settled(page);
    if ((await root.getAttribute('data-state')) === 'finished') break;
  }
  // The patient's new screen and the events block pass axe.
  await root
    .getByRole('navigation')
    .getByRole('button', { name: 'Activation et oppositions' })
    .click();
  expect(await axeViolations(page)).toEqual([]);
  expect(seen.some((s) => s.startsWith('event:'))).toBe(true);
  expect(seen.some((s) => PATIENT_CHANGES.includes(s as ActionName))).toBe(true);
});
