/**
 * Driving the scenario player like a learner: the expected screen and button of each action, the
 * right answer of each question, read from the scenario file itself (so every scenario can be
 * played end to end without a hand-written script per scenario).
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { loadScenario } from '../../../src/scenario/load';
import type { Scenario } from '../../../src/scenario/schema';
import type { StepAction } from '../../../src/scenario/actions.schema';
import { tabTo } from './a11y';

export function scenarioFrom(file: string): Scenario {
  const loaded = loadScenario(readFileSync(file, 'utf8'), file);
  if (loaded.scenario === null) throw new Error(`invalid scenario ${file}`);
  return loaded.scenario;
}

export const player = (page: Page) => page.getByTestId('scenario-player');

/** Open a scenario page and wait until the player waits for the learner. */
export async function openPlayer(page: Page, id: string): Promise<void> {
  await page.goto(`/simulateur/${id}/`);
  await expect(player(page)).toHaveAttribute('data-state', /playing|finished/, { timeout: 30_000 });
}

/** Wait until the player is back to waiting for the learner (or finished). */
export async function settled(page: Page): Promise<void> {
  await expect(player(page)).toHaveAttribute('data-state', /^(playing|finished)$/, {
    timeout: 15_000,
  });
}

/** The screen tab and the button that perform an action. */
export function controlsOf(action: StepAction): {
  tab: string | null;
  button: RegExp | string;
  form?: string;
} {
  switch (action.action) {
    case 'ps.login':
      return { tab: 'Connexion', button: 'Se connecter' };
    case 'ps.searchByIns':
      return { tab: 'Recherche patient', button: 'Rechercher par INS' };
    case 'ps.searchByTraits':
      return { tab: 'Recherche patient', button: 'Rechercher par traits' };
    case 'ps.recordConsent':
      return { tab: 'Dossier patient (DMP)', button: 'Enregistrer le consentement' };
    case 'ps.openDmp':
      return { tab: 'Dossier patient (DMP)', button: 'Ouvrir le DMP' };
    case 'ps.breakGlass':
      return { tab: 'Dossier patient (DMP)', button: 'Accéder en bris de glace' };
    case 'ps.openDocument':
      return {
        tab: 'Dossier patient (DMP)',
        button: /^Ouvrir « /,
        form: 'Ouvrir un document par sa référence',
      };
    case 'ps.deposit':
      return { tab: 'Dépôt de document', button: 'Déposer dans le DMP' };
    case 'patient.viewHistory':
      return { tab: 'Historique', button: "Afficher l'historique" };
    case 'patient.viewDocuments':
      return { tab: 'Documents', button: 'Afficher mes documents' };
    case 'patient.addDocument':
      return { tab: 'Documents', button: 'Ajouter le document' };
    case 'patient.block':
      return { tab: 'Blocage des professionnels', button: 'Bloquer ce professionnel' };
    case 'patient.unblock':
      return { tab: 'Blocage des professionnels', button: 'Débloquer ce professionnel' };
    case 'patient.blockAll':
      return {
        tab: 'Blocage des professionnels',
        button: action.all ? 'Bloquer tous les professionnels' : 'Lever le blocage général',
      };
    case 'patient.setEmergencySettings':
      return { tab: "Accès en cas d'urgence", button: 'Enregistrer mes choix' };
    case 'representative.viewDocuments':
      return { tab: null, button: "Voir les documents de l'enfant" };
    case 'clock.advance':
      return { tab: null, button: 'Faire avancer le temps' };
  }
}

/** The control to press for an action, after opening its screen with a click. */
export async function controlFor(page: Page, action: StepAction, click: boolean): Promise<Locator> {
  const root = player(page);
  const { tab, button, form } = controlsOf(action);
  if (tab !== null) {
    const tabButton = root.getByRole('navigation').getByRole('button', { name: tab, exact: true });
    if (click) await tabButton.click();
    else if ((await tabButton.getAttribute('aria-current')) !== 'page') {
      await tabTo(page, tabButton);
      await page.keyboard.press('Enter');
    }
  }
  const scope = form === undefined ? root : root.getByRole('form', { name: form });
  return scope.getByRole('button', { name: button, exact: typeof button === 'string' });
}

/** Play the current step the expected way; `keyboard` drives it with Tab, arrows, Space and Enter only. */
export async function playStep(page: Page, scenario: Scenario, keyboard = false): Promise<void> {
  const root = player(page);
  const id = await root.getAttribute('data-step');
  const step = scenario.steps.find((s) => s.id === id);
  if (step === undefined) throw new Error(`unknown step ${id}`);
  if ('options' in step) {
    const right = step.options.findIndex((o) => o.correct);
    const radio = root.getByRole('radio', { name: step.options[right]!.text, exact: true });
    if (keyboard) {
      const first = root.getByRole('radio').first();
      await tabTo(page, first);
      if (right === 0) await page.keyboard.press('Space');
      for (let i = 0; i < right; i += 1) await page.keyboard.press('ArrowDown');
      await expect(radio).toBeChecked();
      await page.keyboard.press('Enter');
    } else {
      await radio.check();
      await root.getByRole('button', { name: 'Valider ma réponse' }).click();
    }
  } else {
    const control = await controlFor(page, step.do, !keyboard);
    if (keyboard) {
      await tabTo(page, control);
      await page.keyboard.press('Enter');
    } else await control.click();
  }
  await settled(page);
}

/** Play the expected path to the end; returns the ids of the steps played. */
export async function playToEnd(
  page: Page,
  scenario: Scenario,
  keyboard = false,
  max = 40,
): Promise<string[]> {
  const played: string[] = [];
  for (let i = 0; i < max; i += 1) {
    if ((await player(page).getAttribute('data-state')) === 'finished') return played;
    played.push((await player(page).getAttribute('data-step')) ?? '');
    await playStep(page, scenario, keyboard);
    await expect(
      player(page).getByTestId('feedback').or(player(page).getByTestId('summary')),
    ).toBeVisible();
    if ((await player(page).getAttribute('data-state')) !== 'finished')
      await expect(player(page).getByTestId('feedback')).toHaveClass(/pl-pass/);
  }
  throw new Error(`scenario ${scenario.id} did not end after ${max} steps`);
}
