/**
 * The scenario player on the built site, in Chromium, against the MSW service worker: every scenario
 * played end to end along its expected path, one with the keyboard only, a reload that resumes,
 * corrupted saved data recovered, refusals with « Pourquoi ? », and axe at several moments.
 */
import { expect, test } from '@playwright/test';
import { axeViolations, tabTo } from './support/a11y';
import { listScenarioFiles } from '../../src/scenario/check-file';
import { openPlayer, player, playStep, playToEnd, scenarioFrom, settled } from './support/player';

const files = await listScenarioFiles();
const BREAK_GLASS = scenarioFrom('scenarios/bris-de-glace/bris-de-glace-urgence.yaml');
const BLOCKING = scenarioFrom('scenarios/blocage/bloquer-un-professionnel.yaml');

test.describe('every scenario, played end to end with the mouse', () => {
  for (const file of files) {
    const scenario = scenarioFrom(file);
    test(`${scenario.id}`, async ({ page }) => {
      await openPlayer(page, scenario.id);
      await expect(player(page).getByTestId('player-fictive-banner')).toBeVisible();
      const played = await playToEnd(page, scenario);
      expect(played.length).toBeGreaterThan(1);
      const summary = player(page).getByTestId('summary');
      await expect(summary).toBeVisible();
      await expect(summary.getByTestId('score')).toHaveText(
        new RegExp(`Score : ${played.length} / ${played.length} étape`),
      );
    });
  }
});

test('keyboard only: blocking a professional, « accès bloqué », unblocking', async ({ page }) => {
  await openPlayer(page, BLOCKING.id);
  await page.locator('body').focus();
  const played = await playToEnd(page, BLOCKING, true);
  expect(played).toContain('ouverture-bloquee');
  await expect(player(page).getByTestId('summary')).toBeVisible();
  await expect(page.locator('#pl-summary-title')).toBeFocused();
  const restart = player(page).getByRole('button', { name: 'Recommencer le scénario' });
  await tabTo(page, restart);
  await page.keyboard.press('Enter');
  await settled(page);
  await expect(player(page)).toHaveAttribute('data-step', 'connexion');
});

test('the professional sees « Accès bloqué » and the live region reads the DMP answer', async ({
  page,
}) => {
  await openPlayer(page, BLOCKING.id);
  for (let i = 0; i < 3; i += 1) await playStep(page, BLOCKING);
  await expect(player(page)).toHaveAttribute('data-step', 'ouverture-bloquee');
  await playStep(page, BLOCKING);
  await expect(player(page).getByTestId('acces-bloque')).toContainText('Accès bloqué');
  await expect(player(page).getByTestId('player-live')).toContainText(
    'Réponse du DMP : refusé — Accès bloqué',
  );
});

test('a wrong attempt stays on the step, with hints and « Pourquoi ? » from the DMP', async ({
  page,
}) => {
  await openPlayer(page, BREAK_GLASS.id);
  const root = player(page);
  // Wrong screen: opening the DMP at the login step is not sent to the DMP.
  await root.getByRole('button', { name: 'Dossier patient (DMP)' }).click();
  await root.getByRole('button', { name: 'Ouvrir le DMP' }).click();
  await settled(page);
  await expect(root).toHaveAttribute('data-step', 'connexion');
  await expect(root.getByTestId('feedback')).toContainText(
    "ce n'est pas ce que la situation demande",
  );
  // Right path to the break-glass step, then a break-glass without motive where one is needed.
  for (let i = 0; i < 4; i += 1) await playStep(page, BREAK_GLASS);
  await expect(root).toHaveAttribute('data-step', 'bris-avec-motif');
  await root.getByRole('button', { name: 'Dossier patient (DMP)' }).click();
  await root.getByLabel('Motif « urgence »').fill('');
  await root.getByRole('button', { name: 'Accéder en bris de glace' }).click();
  await settled(page);
  await expect(root).toHaveAttribute('data-step', 'bris-avec-motif');
  const feedback = root.getByTestId('feedback');
  await expect(feedback).toHaveClass(/pl-fail/);
  await expect(feedback).toContainText('Saisissez un motif');
  await feedback.getByText('Pourquoi ?').click();
  await expect(feedback.getByTestId('pourquoi')).toContainText('DMP.BREAK_GLASS_MOTIVE_REQUIRED');
  await expect(feedback.getByRole('link').first()).toHaveAttribute('href', /^\/faq\//);
  expect(await axeViolations(page)).toEqual([]);
});

test('a reload mid-scenario resumes at the same step with the same log', async ({ page }) => {
  await openPlayer(page, BREAK_GLASS.id);
  for (let i = 0; i < 3; i += 1) await playStep(page, BREAK_GLASS);
  const step = await player(page).getAttribute('data-step');
  const progress = await player(page).locator('label[for="pl-progress"]').textContent();
  await page.reload();
  await expect(player(page)).toHaveAttribute('data-state', 'playing', { timeout: 30_000 });
  await expect(player(page)).toHaveAttribute('data-step', step ?? '');
  await expect(player(page).locator('label[for="pl-progress"]')).toHaveText(progress ?? '');
  await expect(player(page).getByTestId('player-notice')).toContainText(
    'Reprise là où vous en étiez',
  );
  // The DMP state came back too: the rest of the scenario plays to its end.
  await playToEnd(page, BREAK_GLASS);
  await expect(player(page).getByTestId('score')).toContainText('Score : 8 / 8');
});

test('corrupted saved progress is recovered with a French message, never a crash', async ({
  page,
}) => {
  await page.goto(`/simulateur/${BREAK_GLASS.id}/`);
  await page.evaluate(
    (key) => localStorage.setItem(key, '{"version":1,"inputs":[{"type":'),
    `dmp-simulateur:progression:${BREAK_GLASS.id}`,
  );
  await page.reload();
  await expect(player(page)).toHaveAttribute('data-state', 'playing', { timeout: 30_000 });
  await expect(player(page)).toHaveAttribute('data-step', 'connexion');
  await expect(player(page).getByRole('alert')).toContainText('illisible');
  await expect(player(page).getByRole('alert')).toContainText('reprend au début');
  await playStep(page, BREAK_GLASS);
  const saved = await page.evaluate(
    (key) => localStorage.getItem(key),
    `dmp-simulateur:progression:${BREAK_GLASS.id}`,
  );
  expect(JSON.parse(saved ?? '{}')).toMatchObject({
    version: 1,
    scenarioId: BREAK_GLASS.id,
    inputs: [{ type: 'act', step: 'connexion' }],
  });
});

test('saved progress from an older format is recovered with a message', async ({ page }) => {
  await page.goto(`/simulateur/${BLOCKING.id}/`);
  await page.evaluate(
    (key) => localStorage.setItem(key, JSON.stringify({ version: 0, steps: ['connexion'] })),
    `dmp-simulateur:progression:${BLOCKING.id}`,
  );
  await page.reload();
  await expect(player(page)).toHaveAttribute('data-state', 'playing', { timeout: 30_000 });
  await expect(player(page).getByRole('alert')).toContainText('version plus ancienne');
});

test('axe finds no violation in the player: professional space, patient space, summary', async ({
  page,
}) => {
  await openPlayer(page, BLOCKING.id);
  expect(await axeViolations(page)).toEqual([]);
  for (let i = 0; i < 2; i += 1) await playStep(page, BLOCKING);
  await expect(player(page).getByRole('heading', { name: /Mon espace santé/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await playToEnd(page, BLOCKING);
  expect(await axeViolations(page)).toEqual([]);
});

test('a bad number in a simulated form gets a French message and sends nothing', async ({
  page,
}) => {
  await openPlayer(page, BREAK_GLASS.id);
  const root = player(page);
  await root.getByLabel('Horloge simulée : jours à laisser passer').fill('0');
  await root.getByRole('button', { name: 'Faire avancer le temps' }).click();
  await expect(root.getByRole('alert')).toHaveText(
    'Jours à laisser passer : indiquez un nombre entier entre 1 et 3650.',
  );
  await expect(root.getByLabel('Horloge simulée : jours à laisser passer')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(root).toHaveAttribute('data-step', 'connexion');
  await expect(root.getByTestId('feedback')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});
