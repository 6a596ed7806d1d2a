/**
 * The path after the webinar, as a learner and a trainer use it: the positioning quiz to its
 * recommendations, a path played to its attestation (one scenario played for real, the others
 * seeded in the learner's record), the marks in the catalogue, the progress file exported then
 * imported, and the group report reading three files, one corrupted. What is checked is derived
 * from the data files (quiz, paths, scenarios), never listed by hand.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { FAQ_ENTRIES } from '../../src/dmp/faq';
import { requiredItems } from '../../src/parcours/index';
import { loadParcours } from '../../src/parcours/load-dir';
import { listScenarioFiles } from '../../src/scenario/check-file';
import { POSITIONING_QUESTIONS } from '../../site/data/positioning';
import { progressKey, PROGRESS_VERSION } from '../../site/ui/player/progress';
import {
  RECORD_KEY,
  RECORD_VERSION,
  type Attempt,
  type LearningRecord,
} from '../../site/ui/progression/record';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../site/ui/progression/transfer';
import { axeViolations, tabTo } from './support/a11y';
import { openPlayer, player, playToEnd, scenarioFrom } from './support/player';

test.describe.configure({ timeout: 180_000, mode: 'parallel' });

const scenarios = (await listScenarioFiles()).map(scenarioFrom);
const byId = (id: string) => {
  const s = scenarios.find((x) => x.id === id);
  if (s === undefined) throw new Error(`unknown scenario ${id}`);
  return s;
};
const { parcours } = await loadParcours();
const [firstPath] = parcours;

/** A finished run of a scenario at full marks, as the player records it. */
const run = (id: string, over: Partial<Attempt> = {}): Attempt => ({
  scenarioId: id,
  revision: 'seeded',
  mode: 'evaluation',
  finishedAt: '2026-12-01T09:00:00.000Z',
  points: 2,
  played: 2,
  steps: [
    { step: 'etape-1', passed: true, answer: 'Bonne réponse', scored: true },
    { step: 'etape-2', passed: true, answer: 'Bonne réponse', scored: true },
  ],
  faq: [...byId(id).faq],
  ...over,
});

const record = (attempts: Attempt[], learnerName?: string): LearningRecord => ({
  version: RECORD_VERSION,
  attempts,
  ...(learnerName === undefined ? {} : { learnerName }),
});

async function seed(page: Page, values: Record<string, unknown>): Promise<void> {
  await page.goto('/');
  await page.evaluate((entries) => {
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, JSON.stringify(v));
  }, values);
}

test('positioning: a section missed is « à revoir » and the scenarios teaching it come first', async ({
  page,
}) => {
  // The first question whose FAQ entry a scenario teaches: the recommendation must start there.
  const missed = POSITIONING_QUESTIONS.find((q) => scenarios.some((s) => s.faq.includes(q.faq)));
  if (missed === undefined) throw new Error('no question taught by a scenario');
  const teaching = scenarios.filter((s) => s.faq.includes(missed.faq)).map((s) => s.title);
  await page.goto('/parcours/positionnement/');
  for (const q of POSITIONING_QUESTIONS) {
    const index = q.options.findIndex((o) =>
      q === missed ? o.correct !== true : o.correct === true,
    );
    await page.locator(`[data-question="${q.id}"] input[value="${index}"]`).check();
  }
  const submit = page.getByRole('button', { name: 'Voir mon positionnement' });
  await tabTo(page, submit);
  await page.keyboard.press('Enter');
  const result = page.locator('#quiz-result');
  await expect(result).toBeVisible();
  await expect(result).toBeFocused();
  const section = FAQ_ENTRIES.find((e) => e.id === missed.faq)?.section;
  const sectionTitle = result.locator('tbody tr').filter({ hasText: 'À revoir' });
  await expect(sectionTitle).toHaveCount(1);
  expect(section).toBeDefined();
  await expect(result.locator('#quiz-recommended li').first()).toHaveText(
    new RegExp(teaching.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')),
  );
  await expect(page.locator(`[data-question="${missed.id}"] .quiz-feedback`)).toContainText(
    'Réponse à revoir',
  );
  expect(await axeViolations(page)).toEqual([]);
});

test('a path played to its attestation: the last required scenario for real, then print on A4', async ({
  page,
}) => {
  if (firstPath === undefined) throw new Error('no path');
  const required = requiredItems(firstPath).map((i) => i.scenario);
  // Play the shortest required scenario for real; the others are in the learner's record.
  const played = [...required].sort((a, b) => byId(a).steps.length - byId(b).steps.length)[0] ?? '';
  await seed(page, {
    [RECORD_KEY]: record(required.filter((id) => id !== played).map((id) => run(id))),
  });
  await page.goto(`/parcours/${firstPath.id}/`);
  await expect(page.locator('#parcours-next a')).toHaveText(byId(played).title);
  await expect(page.locator('#parcours-attestation')).not.toContainText('imprimer votre');

  await openPlayer(page, played);
  await playToEnd(page, byId(played));
  await expect(player(page).getByTestId('summary')).toBeVisible();

  await page.goto(`/parcours/${firstPath.id}/`);
  await expect(page.locator(`[data-status-for="${played}"]`)).toContainText(
    /Terminé — meilleur score 100 % \(Entraînement\)/,
  );
  await page.getByRole('link', { name: 'imprimer votre attestation de suivi' }).click();
  await expect(page.locator('#attestation-ready')).toBeVisible();
  await page.getByRole('button', { name: "Imprimer l'attestation" }).click();
  await expect(page.getByRole('alert')).toContainText('Saisissez votre nom');
  await page
    .getByLabel("Votre nom, tel qu'il doit figurer sur l'attestation")
    .fill('Camille Exemple');
  await expect(page.locator('#attestation-learner')).toHaveText('Camille Exemple');
  const rows = page.locator('#attestation-lines tr');
  await expect(rows).toHaveCount(required.length);
  await expect(rows.filter({ hasText: byId(played).title })).toContainText('100 %');
  const covered = new Set(required.flatMap((id) => byId(id).faq));
  // Every entry the path's scenarios teach is listed (the feedback of the run played may cite more).
  for (const id of covered)
    await expect(page.locator('#attestation-faq')).toContainText(`${id} — `);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#attestation-form')).toBeHidden();
  await expect(page.locator('.attestation')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  expect(await axeViolations(page)).toEqual([]);
  // The name stays for the next visit (in this browser only).
  await page.reload();
  await expect(page.locator('#attestation-learner')).toHaveText('Camille Exemple');
});

test('the catalogue marks each scenario: done with its best score, in progress, not started', async ({
  page,
}) => {
  const [done, inProgress, untouched] = scenarios;
  if (!done || !inProgress || !untouched) throw new Error('three scenarios needed');
  await seed(page, {
    [RECORD_KEY]: record([
      run(done.id, { points: 1, played: 2 }),
      run(done.id, { finishedAt: '2026-12-02T09:00:00.000Z' }),
    ]),
    [progressKey(inProgress.id)]: {
      version: PROGRESS_VERSION,
      scenarioId: inProgress.id,
      revision: 'ancienne',
      savedAt: '2026-12-02T10:00:00.000Z',
      mode: 'entrainement',
      seed: 'graine',
      inputs: [{ type: 'choose', step: 'x', option: 0 }],
    },
  });
  await page.goto('/simulateur/');
  const mark = (id: string) =>
    page.locator(`.scenario-card[data-scenario="${id}"] .progress-status`);
  await expect(mark(done.id)).toHaveText(
    'Terminé — meilleur score 100 % (Évaluation), le 2 décembre 2026',
  );
  await expect(mark(inProgress.id)).toHaveText('En cours');
  await expect(mark(untouched.id)).toHaveText('Pas commencé');
});

test('the progress file: exported, imported on a fresh browser, a bad file changes nothing', async ({
  page,
  browser,
}) => {
  const [done] = scenarios;
  if (!done) throw new Error('a scenario needed');
  await seed(page, { [RECORD_KEY]: record([run(done.id)], 'Camille Exemple') });
  await page.goto('/progression/');
  await expect(page.locator(`[data-status-for="${done.id}"]`)).toContainText('Terminé');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter ma progression' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^progression-dmp-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();

  const other = await browser.newPage();
  await other.goto('/progression/');
  await expect(other.locator(`[data-status-for="${done.id}"]`)).toHaveText('Pas commencé');
  const input = other.getByLabel('Importer un fichier de progression');
  await input.setInputFiles({
    name: 'photo.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"oups"'),
  });
  await expect(other.locator('#progress-import-result')).toContainText(
    "n'est pas un fichier de progression lisible",
  );
  await expect(other.locator('#progress-import-result')).toContainText("Rien n'a été modifié.");
  await expect(other.locator(`[data-status-for="${done.id}"]`)).toHaveText('Pas commencé');
  await input.setInputFiles(file);
  await expect(other.locator('#progress-import-result')).toContainText(
    'Progression importée : 1 partie',
  );
  await expect(other.locator(`[data-status-for="${done.id}"]`)).toContainText('Terminé');
  await other.close();
});

test('the group report reads three files, one corrupted: a French message, the two others counted', async ({
  page,
}) => {
  const [scenario] = scenarios;
  if (!scenario) throw new Error('a scenario needed');
  const wrong = 'Ouvrir le DMP sans consentement';
  const file = (attempts: Attempt[]) =>
    Buffer.from(
      JSON.stringify({
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: '2026-12-03T08:00:00.000Z',
        record: record(attempts),
        inProgress: [],
      }),
    );
  const missedFirst = run(scenario.id, {
    points: 1,
    steps: [
      { step: 'etape-1', passed: false, answer: wrong, scored: true },
      { step: 'etape-2', passed: true, answer: 'Bonne réponse', scored: true },
    ],
  });
  await page.goto('/formateurs/bilan/');
  await page.getByLabel('Fichiers de progression des apprenants').setInputFiles([
    { name: 'alice.json', mimeType: 'application/json', buffer: file([missedFirst]) },
    { name: 'bruno.json', mimeType: 'application/json', buffer: file([run(scenario.id)]) },
    {
      name: 'corrompu.json',
      mimeType: 'application/json',
      buffer: Buffer.from(readFileSync('package.json', 'utf8').slice(0, 40)),
    },
  ]);
  await expect(page.locator('#group-problems')).toContainText('« corrompu.json »');
  await expect(page.locator('#group-problems')).toContainText("Il n'est pas compté.");
  await expect(page.locator('#group-summary')).toContainText('2 fichier(s) lu(s) sur 3');
  const section = page.locator('#group-report section').filter({ hasText: scenario.title });
  await expect(section).toContainText(
    "2 apprenant(s) l'ont terminé ; score moyen (meilleure partie de chacun) : 75 %",
  );
  const step = section.locator('tbody tr').filter({ hasText: 'etape-1' });
  await expect(step).toContainText('1 sur 2');
  await expect(step).toContainText(`${wrong} (1 apprenant(s))`);
  expect(await axeViolations(page)).toEqual([]);
});
