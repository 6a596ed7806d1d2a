/**
 * The scenario player on the built site, in Chromium, against the MSW service worker. Every scenario
 * is played in Entraînement by a learner who knows the rules: each value comes from the step's goal
 * (its reference action), never from a prefilled form, and every form is checked empty first. Then
 * the three modes, the « Continuer » pause, the simulated date, a wrong action answered by the DMP
 * and rewound, a branch on the DMP's answer, time steps, reload, corrupted saves, keyboard and axe.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, tabTo } from './support/a11y';
import { E2E_BASE_URL } from './support/server';
import { DEFAULT_SEED } from '../../src/dmp/index';
import { listScenarioFiles } from '../../src/scenario/check-file';
import type { Scenario, Step } from '../../src/scenario/format/index';
import type { StepAction } from '../../src/scenario/actions/index';
import {
  continueAfterReview,
  openPlayer,
  player,
  playStep,
  playToEnd,
  scenarioFrom,
  settled,
} from './support/player';

// A whole scenario played through forms, with a pause after each step, takes longer than the
// default 30 s on a loaded 2-core machine.
// Every test opens its own page (own storage, own service worker): they run in parallel.
test.describe.configure({ timeout: 180_000, mode: 'parallel' });

const files = await listScenarioFiles();
const scenarios = files.map(scenarioFrom);
const byId = (id: string) => scenarios.find((s) => s.id === id) as Scenario;

/** Scored steps a right path goes through (each counted once). */
const scoredOf = (scenario: Scenario, played: readonly string[]) =>
  new Set(played.filter((id) => scenario.steps.find((s) => s.id === id)?.scored !== false)).size;

/** A scenario with a role change, one with a question, one with a time step, one with a branch. */
const withRoleChange = scenarios.find((s) => s.roles.length > 1 && s.steps.some((x) => x.role));
const withQuestion = scenarios.find((s) => s.steps.some((x) => x.kind === 'question'));
// The case: the majority, played with 7 days then 14 (any scenario with a time step else).
const withTimeStep =
  scenarios.find((s) => s.id === 'majorite-representant-legal') ??
  scenarios.find((s) =>
    s.steps.some((x) => x.kind === 'action' && x.do.action === 'clock.advance'),
  );
const SIMPLE = byId('bloquer-un-professionnel');

async function playUntil(page: Page, scenario: Scenario, stop: (s: Step) => boolean) {
  for (let i = 0; i < 40; i += 1) {
    const id = await player(page).getAttribute('data-step');
    const step = scenario.steps.find((s) => s.id === id);
    if (step === undefined || stop(step)) return step;
    await playStep(page, scenario);
    await continueAfterReview(page);
  }
  throw new Error('step not reached');
}

/**
 * One learner per worker plays the scenarios one after the other in the same browser tab, as a
 * learner going through the catalogue would: the service worker stays installed and the player's
 * code cached, instead of a new browser context per scenario. Each scenario has its own saved
 * progress, and a failed test gets a new worker, hence a fresh tab, for its retry.
 */
const sameTab = test.extend<object, { learner: Page }>({
  learner: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ baseURL: E2E_BASE_URL });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

sameTab.describe('every scenario, Entraînement, played right from the goals alone', () => {
  for (const scenario of scenarios) {
    sameTab(`${scenario.id}`, async ({ learner: page }) => {
      await openPlayer(page, scenario.id);
      await expect(player(page)).toHaveAttribute('data-mode', 'entrainement');
      await expect(player(page).getByTestId('player-fictive-banner')).toBeVisible();
      // The step never names the action (no « Consigne : » in Entraînement).
      await expect(player(page).getByText('Consigne :')).toHaveCount(0);
      const played = await playToEnd(page, scenario, false, { checkEmpty: true });
      expect(played.length).toBeGreaterThan(1);
      const summary = player(page).getByTestId('summary');
      await expect(summary).toBeVisible();
      const n = scoredOf(scenario, played);
      await expect(summary.getByTestId('score')).toContainText(`Score : ${n} / ${n} étape`);
    });
  }
});

test('Découverte names the action and prefills the forms: the scenario plays without typing', async ({
  page,
}) => {
  await openPlayer(page, SIMPLE.id, 'decouverte');
  await expect(player(page)).toHaveAttribute('data-mode', 'decouverte');
  await expect(player(page).getByText('Consigne :')).toBeVisible();
  const played = await playToEnd(page, SIMPLE, false, { fill: false });
  const n = scoredOf(SIMPLE, played);
  await expect(player(page).getByTestId('score')).toContainText(`Score : ${n} / ${n} étape`);
  expect(await axeViolations(page)).toEqual([]);
});

test('Évaluation: no hint, one try, the simulator goes on after a miss, feedback at the end', async ({
  page,
}) => {
  await openPlayer(page, SIMPLE.id, 'evaluation');
  const root = player(page);
  await expect(root.getByText(/Besoin d'un indice/)).toHaveCount(0);
  await expect(root.getByText('Score : affiché à la fin')).toBeVisible();
  // A wrong card on the first step: the step is not retried.
  const first = await root.getAttribute('data-step');
  await root.getByRole('button', { name: 'Connexion', exact: true }).click();
  await root.getByLabel('Carte présentée').selectOption('CPF');
  await root.getByRole('button', { name: 'Se connecter' }).click();
  await expect(root).toHaveAttribute('data-state', 'reviewing');
  await expect(root.getByTestId('feedback')).toContainText('Réponse enregistrée');
  await expect(root.getByTestId('feedback')).not.toContainText('Objectif');
  await continueAfterReview(page);
  expect(await root.getAttribute('data-step')).not.toBe(first);
  await playToEnd(page, SIMPLE);
  const summary = root.getByTestId('summary');
  await expect(summary.getByTestId('debrief')).toBeVisible();
  const [, points, played] = /Score : (\d+) \/ (\d+)/.exec(
    (await summary.getByTestId('score').textContent()) ?? '',
  ) ?? ['', '', ''];
  expect(Number(points)).toBe(Number(played) - 1);
  expect(await axeViolations(page)).toEqual([]);
});

test('the result stays on screen until « Continuer », with the simulated date', async ({
  page,
}) => {
  await openPlayer(page, SIMPLE.id);
  const root = player(page);
  const date = root.getByTestId('simulated-date');
  await expect(date).toContainText(/Date simulée : \w+ \d{1,2} \w+ 20\d\d à \d\d:\d\d/);
  const first = await root.getAttribute('data-step');
  await playStep(page, SIMPLE);
  await expect(root).toHaveAttribute('data-state', 'reviewing');
  await expect(root.getByRole('heading', { name: /Objectif atteint/ })).toBeFocused();
  // Nothing moves on by itself: the step panel is hidden and the answer is still shown.
  await page.waitForTimeout(300);
  await expect(root).toHaveAttribute('data-state', 'reviewing');
  await expect(root.getByTestId('step')).toHaveCount(0);
  await root.getByRole('button', { name: 'Continuer' }).click();
  await settled(page);
  expect(await root.getAttribute('data-step')).not.toBe(first);
});

test('a role change is announced before the next role plays', async ({ page }) => {
  test.skip(withRoleChange === undefined, 'aucun scénario ne change de rôle');
  const scenario = withRoleChange as Scenario;
  await openPlayer(page, scenario.id);
  const root = player(page);
  for (let i = 0; i < 40; i += 1) {
    await playStep(page, scenario);
    if ((await root.getByTestId('next-role').count()) > 0) break;
    await continueAfterReview(page);
  }
  await expect(root.getByTestId('next-role')).toContainText('Changement de rôle');
});

test('a wrong action is answered by the DMP, then the world is put back', async ({ page }) => {
  await openPlayer(page, SIMPLE.id);
  const root = player(page);
  const date = await root.getByTestId('simulated-date').textContent();
  // Moving the clock at a step that is not about time: the DMP accepts, the simulator rewinds it.
  await root.getByLabel('Horloge simulée : jours à laisser passer').fill('30');
  await root.getByRole('button', { name: 'Faire avancer le temps' }).click();
  await expect(root).toHaveAttribute('data-state', 'reviewing');
  const feedback = root.getByTestId('feedback');
  await expect(feedback).toContainText('Objectif non atteint');
  await expect(feedback).toContainText('Réponse du DMP : accepté');
  await expect(feedback.getByTestId('rewound')).toBeVisible();
  await feedback.getByText('Détails techniques').click();
  await expect(feedback.getByTestId('details-techniques')).toContainText('SIM.CLOCK_ADVANCED');
  await continueAfterReview(page);
  await expect(root.getByTestId('simulated-date')).toHaveText(date ?? '');
  expect(await axeViolations(page)).toEqual([]);
});

test('the patient banner shows the identity status and the DMP access; Mon espace santé lists who is blocked', async ({
  page,
}) => {
  await openPlayer(page, SIMPLE.id);
  const root = player(page);
  const banner = root.getByRole('definition').filter({ hasText: /identité/ });
  const access = root.getByTestId('access-mode');
  const isStep = (action: string) => (s: Step) => s.kind === 'action' && s.do.action === action;
  // Logged in, the file not yet open.
  await playUntil(page, SIMPLE, isStep('ps.openDmp'));
  await expect(banner).toContainText('identité qualifiée');
  await expect(access).toHaveText('DMP non ouvert');
  await playStep(page, SIMPLE);
  await expect(access).toHaveText('accès normal');
  await continueAfterReview(page);
  // The patient blocks the professional the goal names: the list says who is blocked now.
  const block = await playUntil(page, SIMPLE, isStep('patient.block'));
  const blocked =
    block !== undefined && block.kind === 'action' && block.do.action === 'patient.block'
      ? block.do.professional
      : '';
  const inForce = root.getByTestId('blocking-in-force');
  await root.getByRole('button', { name: 'Blocage des professionnels' }).click();
  await expect(inForce).toContainText('Aucun professionnel bloqué');
  await playStep(page, SIMPLE);
  await expect(root).toHaveAttribute('data-state', 'reviewing');
  const pro = DEFAULT_SEED.professionals.find((p) => p.id === blocked);
  expect(pro).toBeDefined();
  await expect(inForce.getByRole('listitem')).toHaveCount(1);
  await expect(inForce.getByRole('listitem')).toContainText(pro?.familyName.toUpperCase() ?? '?');
});

test('an action before login is explained, keeps the learner on the step, with hints on request', async ({
  page,
}) => {
  await openPlayer(page, SIMPLE.id);
  const root = player(page);
  const first = await root.getAttribute('data-step');
  // Opening a DMP before logging in: the software sends nothing and says why.
  await root.getByRole('button', { name: 'Dossier patient (DMP)' }).click();
  await root.getByLabel("Mode d'accès").selectOption('normal');
  await root.getByRole('button', { name: 'Ouvrir le DMP' }).click();
  await expect(root).toHaveAttribute('data-state', 'reviewing');
  await expect(root.getByTestId('feedback')).toHaveClass(/pl-fail/);
  await expect(root.getByTestId('feedback')).toContainText('Objectif non atteint');
  await expect(root.getByTestId('not-sent')).toContainText('pas encore connecté');
  await continueAfterReview(page);
  await expect(root).toHaveAttribute('data-step', first ?? '');
  const step = SIMPLE.steps.find((s) => s.id === first);
  if ((step?.hints ?? []).length > 0) {
    await root.getByRole('button', { name: "Besoin d'un indice ?" }).click();
    await expect(root.getByTestId('hints')).toContainText(step?.hints?.[0] ?? '');
  }
  expect(await axeViolations(page)).toEqual([]);
});

/** An action of the kind a branch waits for, with the values a learner would choose. */
const BRANCH_TRIES: Partial<Record<string, StepAction>> = {
  'ps.openDmp': { action: 'ps.openDmp', mode: 'normal' },
  'ps.recordConsent': {
    action: 'ps.recordConsent',
    givenBy: 'patient',
    form: 'oral',
    scope: 'professional',
    informedOfTeamScope: true,
    traced: true,
    protectorInformed: false,
  },
};

test('a branch on the DMP answer leads where the scenario says', async ({ page }) => {
  const found = scenarios.flatMap((scenario) =>
    scenario.steps.flatMap((step) =>
      'branches' in step
        ? (step.branches ?? [])
            .filter((b) => b.when.action !== undefined && BRANCH_TRIES[b.when.action] !== undefined)
            .map((branch) => ({ scenario, step, branch }))
        : [],
    ),
  )[0];
  test.skip(found === undefined, 'aucun scénario ne déclare de suite sur une réponse du DMP');
  const { scenario, step, branch } = found!;
  await openPlayer(page, scenario.id);
  await playUntil(page, scenario, (s) => s.id === step.id);
  // The learner makes the action the branch waits for instead of the step's goal.
  const tried = { ...step, do: BRANCH_TRIES[branch.when.action!]! } as Step;
  await playStep(page, {
    ...scenario,
    steps: scenario.steps.map((s) => (s.id === step.id ? tried : s)),
  });
  const root = player(page);
  await expect(root).toHaveAttribute('data-state', 'reviewing');
  await expect(root.getByTestId('feedback')).toContainText(
    branch.feedback.text.trim().slice(0, 40),
  );
  await continueAfterReview(page);
  await expect(root).toHaveAttribute('data-step', branch.goto ?? step.id);
  // The branch is a way through, not a dead end: the scenario still plays to its end.
  await playToEnd(page, scenario);
  await expect(root.getByTestId('summary')).toBeVisible();
});

test('a time step: 7 days are not enough and the clock stays usable; 14 more reach the date', async ({
  page,
}) => {
  test.skip(withTimeStep === undefined, 'aucun scénario ne fait passer le temps');
  const scenario = withTimeStep as Scenario;
  await openPlayer(page, scenario.id);
  const step = await playUntil(
    page,
    scenario,
    (s) => s.kind === 'action' && s.do.action === 'clock.advance',
  );
  const needed =
    step !== undefined && step.kind === 'action' && step.do.action === 'clock.advance'
      ? (step.do.days ?? 1)
      : 1;
  test.skip(needed < 2, 'pas assez de jours pour un essai trop court');
  const root = player(page);
  const clock = root.getByLabel('Horloge simulée : jours à laisser passer');
  await clock.fill(String(Math.floor(needed / 2)));
  await root.getByRole('button', { name: 'Faire avancer le temps' }).click();
  await expect(root).toHaveAttribute('data-state', 'reviewing');
  await expect(root.getByTestId('feedback')).toContainText('Objectif non atteint');
  await continueAfterReview(page);
  await expect(root).toHaveAttribute('data-step', step?.id ?? '');
  await clock.fill(String(needed));
  await root.getByRole('button', { name: 'Faire avancer le temps' }).click();
  await expect(root.getByTestId('feedback')).toContainText('Objectif atteint');
  await continueAfterReview(page);
  // The rest of the scenario still plays to the end: the learner was never locked in.
  await playToEnd(page, scenario);
  await expect(root.getByTestId('summary')).toBeVisible();
});

test('the options of a question are shown in another order than the file', async ({ page }) => {
  test.skip(withQuestion === undefined, 'aucun scénario ne pose de question');
  const scenario = withQuestion as Scenario;
  await openPlayer(page, scenario.id);
  const question = (await playUntil(page, scenario, (s) => s.kind === 'question')) as Extract<
    Step,
    { options: unknown }
  >;
  const shown = await player(page)
    .getByRole('group', { name: question.question })
    .locator('label')
    .allTextContents();
  expect(shown.map((t) => t.trim())).not.toEqual(question.options.map((o) => o.text));
  expect([...shown.map((t) => t.trim())].sort()).toEqual(
    question.options.map((o) => o.text).sort(),
  );
});

test('keyboard only, Entraînement: a whole scenario, then restart with confirmation', async ({
  page,
}) => {
  await openPlayer(page, SIMPLE.id);
  await page.locator('body').focus();
  await playToEnd(page, SIMPLE, true);
  await expect(player(page).getByTestId('summary')).toBeVisible();
  await expect(page.locator('#pl-summary-title')).toBeFocused();
  const restart = player(page).getByRole('button', { name: 'Recommencer le scénario' });
  await tabTo(page, restart);
  await page.keyboard.press('Enter');
  await settled(page);
  await expect(player(page)).toHaveAttribute('data-step', SIMPLE.steps[0]!.id);
});

test('restarting mid-scenario asks first', async ({ page }) => {
  await openPlayer(page, SIMPLE.id);
  await playStep(page, SIMPLE);
  await continueAfterReview(page);
  const root = player(page);
  const step = await root.getAttribute('data-step');
  await root.getByRole('button', { name: 'Recommencer depuis le début' }).click();
  await root.getByRole('button', { name: 'Non, continuer le scénario' }).click();
  await expect(root).toHaveAttribute('data-step', step ?? '');
  await root.getByRole('button', { name: 'Recommencer depuis le début' }).click();
  await root.getByRole('button', { name: 'Oui, recommencer' }).click();
  await settled(page);
  await expect(root).toHaveAttribute('data-step', SIMPLE.steps[0]!.id);
});

test('a reload mid-scenario resumes at the same step, mode and log', async ({ page }) => {
  const scenario = withRoleChange ?? SIMPLE;
  await openPlayer(page, scenario.id, 'evaluation');
  for (let i = 0; i < 3; i += 1) {
    await playStep(page, scenario);
    await continueAfterReview(page);
  }
  const step = await player(page).getAttribute('data-step');
  const progress = await player(page).locator('label[for="pl-progress"]').textContent();
  await page.goto(`/simulateur/${scenario.id}/`);
  await expect(player(page)).toHaveAttribute('data-state', 'playing', { timeout: 30_000 });
  await expect(player(page)).toHaveAttribute('data-step', step ?? '');
  await expect(player(page)).toHaveAttribute('data-mode', 'evaluation');
  await expect(player(page).locator('label[for="pl-progress"]')).toHaveText(progress ?? '');
  await expect(player(page).getByTestId('player-notice')).toContainText(
    'Reprise là où vous en étiez',
  );
  // The DMP state came back too: the rest of the scenario plays to its end.
  await playToEnd(page, scenario);
  await expect(player(page).getByTestId('summary')).toBeVisible();
  // The « Reprise » message does not linger on the end screen.
  await expect(player(page).getByTestId('player-notice')).toHaveCount(0);
});

test('corrupted saved progress is recovered with a French message, never a crash', async ({
  page,
}) => {
  await page.goto(`/simulateur/${SIMPLE.id}/`);
  // Written after the first boot, which would otherwise read (and clear) it on this load.
  await expect(player(page)).toHaveAttribute('data-state', 'playing', { timeout: 30_000 });
  await page.evaluate(
    (key) => localStorage.setItem(key, '{"version":2,"inputs":[{"type":'),
    `dmp-simulateur:progression:${SIMPLE.id}`,
  );
  await page.reload();
  await expect(player(page)).toHaveAttribute('data-state', 'playing', { timeout: 30_000 });
  await expect(player(page)).toHaveAttribute('data-step', SIMPLE.steps[0]!.id);
  await expect(player(page).getByRole('alert')).toContainText('illisible');
  await expect(player(page).getByRole('alert')).toContainText('reprend au début');
  await playStep(page, SIMPLE);
  const saved = await page.evaluate(
    (key) => localStorage.getItem(key),
    `dmp-simulateur:progression:${SIMPLE.id}`,
  );
  expect(JSON.parse(saved ?? '{}')).toMatchObject({
    version: 2,
    scenarioId: SIMPLE.id,
    mode: 'entrainement',
    inputs: [{ type: 'act', step: SIMPLE.steps[0]!.id }],
  });
});

test('saved progress from an older format is recovered with a message', async ({ page }) => {
  await page.goto(`/simulateur/${SIMPLE.id}/`);
  // The first load must have booted before the old entry is written: a boot that read it would
  // recover (and clear) it on this load, leaving nothing for the reload.
  await expect(player(page)).toHaveAttribute('data-state', 'playing', { timeout: 30_000 });
  await page.evaluate(
    (key) =>
      localStorage.setItem(
        key,
        JSON.stringify({ version: 1, scenarioId: 'x', revision: 'r', savedAt: '', inputs: [] }),
      ),
    `dmp-simulateur:progression:${SIMPLE.id}`,
  );
  await page.reload();
  await expect(player(page)).toHaveAttribute('data-state', 'playing', { timeout: 30_000 });
  await expect(player(page).getByRole('alert')).toContainText('version plus ancienne');
});

for (const viewport of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`axe finds no violation in every mode (${viewport.name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const mode of ['decouverte', 'entrainement', 'evaluation']) {
      await openPlayer(page, SIMPLE.id, mode);
      await page.evaluate(() => localStorage.clear());
      await openPlayer(page, SIMPLE.id, mode);
      expect(await axeViolations(page), mode).toEqual([]);
      await playStep(page, SIMPLE, false, { fill: mode !== 'decouverte' });
      expect(await axeViolations(page), `${mode}, pause`).toEqual([]);
      await continueAfterReview(page);
      await playToEnd(page, SIMPLE, false, { fill: mode !== 'decouverte' });
      expect(await axeViolations(page), `${mode}, bilan`).toEqual([]);
      await page.evaluate(() => localStorage.clear());
    }
  });
}

test('a bad number in a simulated form gets a French message and sends nothing', async ({
  page,
}) => {
  await openPlayer(page, SIMPLE.id);
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
  await expect(root).toHaveAttribute('data-state', 'playing');
  await expect(root.getByTestId('feedback')).toHaveCount(0);
});

test('a list left on « — Choisir — » sends nothing and says what to choose', async ({ page }) => {
  await openPlayer(page, SIMPLE.id);
  const root = player(page);
  await root.getByRole('button', { name: 'Connexion', exact: true }).click();
  await root.getByRole('button', { name: 'Se connecter' }).click();
  await expect(root.getByRole('alert')).toHaveText("Choisissez d'abord : la carte présentée.");
  await expect(root).toHaveAttribute('data-state', 'playing');
  await expect(root.getByTestId('feedback')).toHaveCount(0);
});

test('Mon espace santé offers only the documents the DMP lists for the patient; looking is free', async ({
  page,
}) => {
  const scenario = byId('supprimer-ou-masquer-un-document');
  const [role] = scenario.roles;
  const patientId = role?.kind === 'patient' ? role.patient : '';
  // A document of this patient the DMP hides from her (a result pending its announcement, R16).
  const hidden = DEFAULT_SEED.documents.filter(
    (d) => d.patientId === patientId && d.visibility.invisibleToPatient,
  );
  expect(hidden.length).toBeGreaterThan(0);
  await openPlayer(page, scenario.id);
  const root = player(page);
  await root.getByRole('button', { name: 'Documents', exact: true }).click();
  const select = root.getByLabel('Document', { exact: true });
  await expect(select).toHaveAccessibleDescription(/Affichez d'abord vos documents/);
  await expect(select.locator('option')).toHaveCount(1);
  await root.getByRole('button', { name: 'Afficher mes documents', exact: true }).click();
  await settled(page);
  // The look was free: no feedback, the step is still to be played.
  await expect(root).toHaveAttribute('data-state', 'playing');
  await expect(root.getByTestId('feedback')).toHaveCount(0);
  await expect(select.locator('option')).not.toHaveCount(1);
  for (const doc of hidden)
    await expect(select.locator(`option[value="${doc.id}"]`)).toHaveCount(0);
  await expect(select).not.toHaveAccessibleDescription(/Affichez d'abord/);
});
