/**
 * Driving the scenario player like a learner: the expected screen and button of each action, the
 * right answer of each question, read from the scenario file itself (so every scenario can be
 * played end to end without a hand-written script per scenario).
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { loadScenario } from '../../../src/scenario/check/index';
import type { Scenario } from '../../../src/scenario/format/index';
import type { StepAction } from '../../../src/scenario/actions/index';
import { tabTo } from './a11y';

export function scenarioFrom(file: string): Scenario {
  const loaded = loadScenario(readFileSync(file, 'utf8'), file);
  if (loaded.scenario === null) throw new Error(`invalid scenario ${file}`);
  return loaded.scenario;
}

export const player = (page: Page) => page.getByTestId('scenario-player');

/** Open a scenario page (in a mode, else the default Entraînement) and wait for the player. */
export async function openPlayer(page: Page, id: string, mode?: string): Promise<void> {
  await page.goto(`/simulateur/${id}/${mode === undefined ? '' : `?mode=${mode}`}`);
  await expect(player(page)).toHaveAttribute('data-state', /playing|finished/, { timeout: 30_000 });
}

/** Wait until the player is back to waiting for the learner (or finished). */
export async function settled(page: Page): Promise<void> {
  await expect(player(page)).toHaveAttribute('data-state', /^(playing|finished)$/, {
    timeout: 15_000,
  });
}

/** The screen tab and the button that perform an action. */
function controlsOf(action: StepAction): {
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
    case 'ps.qualifyIdentity':
      return { tab: 'Dossier patient (DMP)', button: "Qualifier l'identité" };
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
    case 'patient.maskDocument':
      return {
        tab: 'Documents',
        button: action.masked ? 'Masquer ce document' : 'Démasquer ce document',
      };
    case 'patient.deleteDocument':
      return { tab: 'Documents', button: 'Supprimer ce document' };
    case 'patient.opposeDeposit':
      return { tab: 'Activation et oppositions', button: "M'opposer au dépôt" };
    case 'patient.activateSpace':
      return { tab: 'Activation et oppositions', button: 'Activer Mon espace santé' };
    case 'representative.viewDocuments':
      return { tab: null, button: "Voir les documents de l'enfant" };
    case 'clock.advance':
      return { tab: null, button: 'Faire avancer le temps' };
  }
}

/** The control to press for an action, after opening its screen with a click. */
async function controlFor(page: Page, action: StepAction, click: boolean): Promise<Locator> {
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
  // A document the list shows is opened from the list; the form by reference is only offered for
  // a document the list does not show.
  if (action.action === 'ps.openDocument') {
    const listed = root.locator(`button[data-document="${action.document}"]`);
    if ((await listed.count()) > 0) return listed;
  }
  const scope = form === undefined ? root : root.getByRole('form', { name: form });
  return scope.getByRole('button', { name: button, exact: typeof button === 'string' });
}

/** A form control the learner sets: a list, a box to tick, a text to type. */
type Control =
  | { readonly kind: 'select'; readonly label: string; readonly value: string }
  | { readonly kind: 'check'; readonly label: string | RegExp; readonly checked: boolean }
  | { readonly kind: 'text'; readonly label: string; readonly value: string }
  | { readonly kind: 'button'; readonly name: string };

const GIVERS: Record<string, string> = {
  patient: 'Le patient lui-même',
  'legal-representative': 'Son représentant légal',
  protector: 'La personne chargée de la mesure de protection',
};
const FORMS: Record<string, string> = {
  oral: 'Oral',
  written: 'Écrit',
  'stay-contract-clause': 'Clause du contrat de séjour',
};
const SCOPES: Record<string, string> = {
  professional: 'Moi seul',
  'care-team': "Toute l'équipe de soins",
};
const MODES: Record<string, string> = {
  normal: 'Normal (avec le consentement du patient)',
  'regulation-centre': 'Centre de régulation (SAMU – Centre 15)',
};

/**
 * What a learner who knows the rules sets in the form to reach a step's goal: read from the step's
 * reference action (`do:`), never from a prefilled form (Entraînement starts every form empty).
 */
function controlsToSet(action: StepAction): Control[] {
  switch (action.action) {
    case 'ps.login':
      return [{ kind: 'select', label: 'Carte présentée', value: action.card }];
    case 'ps.searchByIns':
      return [
        action.ins === undefined
          ? { kind: 'button', name: 'Lire la carte Vitale' }
          : { kind: 'text', label: 'Matricule INS (15 caractères)', value: action.ins },
        ...(action.oid === undefined
          ? []
          : [
              {
                kind: 'text',
                label: "OID de l'autorité d'affectation",
                value: action.oid,
              } as const,
            ]),
      ];
    case 'ps.searchByTraits':
      return [
        { kind: 'text', label: 'Nom de naissance', value: action.familyName },
        { kind: 'text', label: 'Prénom', value: action.givenName },
        { kind: 'text', label: 'Date de naissance (AAAA-MM-JJ)', value: action.birthDate },
        { kind: 'select', label: 'Sexe', value: action.sex },
      ];
    case 'ps.recordConsent':
      return [
        { kind: 'select', label: 'Consentement donné par', value: action.givenBy },
        { kind: 'select', label: 'Forme du consentement', value: action.form },
        { kind: 'select', label: 'Portée', value: action.scope },
        ...(action.scope === 'care-team'
          ? [
              {
                kind: 'check',
                label: /informé que son consentement vaut pour l'équipe/,
                checked: action.informedOfTeamScope,
              } as const,
            ]
          : []),
        { kind: 'check', label: /Tracer le consentement/, checked: action.traced },
        { kind: 'check', label: /Majeur protégé/, checked: action.protectorInformed },
      ];
    case 'ps.openDmp':
      return [{ kind: 'select', label: "Mode d'accès", value: action.mode }];
    case 'ps.breakGlass':
      return [
        { kind: 'text', label: 'Motif « urgence »', value: action.motive },
        { kind: 'check', label: /hors d'état d'exprimer/, checked: action.patientUnableToConsent },
      ];
    case 'ps.deposit':
      return [
        { kind: 'select', label: 'Type de document', value: action.type },
        ...(action.title === undefined
          ? []
          : [{ kind: 'text', label: 'Titre', value: action.title } as const]),
        {
          kind: 'check',
          label: 'Masqué aux autres professionnels',
          checked: action.visibility?.maskedFromProfessionals ?? false,
        },
        {
          kind: 'check',
          label: /Invisible au patient/,
          checked: action.visibility?.invisibleToPatient ?? false,
        },
        {
          kind: 'check',
          label: 'Invisible aux représentants légaux',
          checked: action.visibility?.invisibleToLegalRepresentatives ?? false,
        },
        {
          kind: 'text',
          label: "Décalage de l'horloge du poste (minutes)",
          value: String(action.clockSkewMinutes),
        },
        { kind: 'check', label: /informé le patient de ce dépôt/, checked: action.patientInformed },
      ];
    case 'patient.block':
    case 'patient.unblock':
      return [{ kind: 'select', label: 'Professionnel', value: action.professional }];
    case 'patient.setEmergencySettings':
      return [
        { kind: 'check', label: /Autoriser le SAMU/, checked: action.allowSamu },
        {
          kind: 'check',
          label: /Autoriser les autres professionnels/,
          checked: action.allowOtherProfessionals,
        },
        {
          kind: 'check',
          label: /documents masqués visibles/,
          checked: action.allowMaskedDocumentsInEmergency,
        },
      ];
    case 'patient.maskDocument':
    case 'patient.deleteDocument':
      // A document named by `as:` is only known by its id once deposited: name seed documents here.
      return [{ kind: 'select', label: 'Document', value: action.document }];
    case 'patient.opposeDeposit':
      return [
        { kind: 'text', label: 'Motif légitime', value: action.reason },
        ...(action.professional === undefined
          ? []
          : [{ kind: 'select', label: 'Professionnel visé', value: action.professional } as const]),
      ];
    case 'patient.addDocument':
      return [
        { kind: 'select', label: 'Type de document', value: action.type },
        ...(action.title === undefined
          ? []
          : [{ kind: 'text', label: 'Titre', value: action.title } as const]),
        {
          kind: 'check',
          label: 'Masquer ce document aux professionnels',
          checked: action.maskedFromProfessionals,
        },
      ];
    case 'clock.advance':
      return [
        {
          kind: 'text',
          label: 'Horloge simulée : jours à laisser passer',
          value: String(action.days ?? 1),
        },
      ];
    default:
      return [];
  }
}

/** Labels shown for the values of the lists (the options are named by their label). */
const optionLabel = (label: string, value: string): string =>
  label === 'Consentement donné par'
    ? (GIVERS[value] ?? value)
    : label === 'Forme du consentement'
      ? (FORMS[value] ?? value)
      : label === 'Portée'
        ? (SCOPES[value] ?? value)
        : label === "Mode d'accès"
          ? (MODES[value] ?? value)
          : value;

/** Set one control, with the mouse or with the keyboard only. */
async function setControl(page: Page, control: Control, keyboard: boolean): Promise<void> {
  const root = player(page);
  if (control.kind === 'button') {
    const button = root.getByRole('button', { name: control.name });
    if (keyboard) {
      await tabTo(page, button);
      await page.keyboard.press('Enter');
    } else await button.click();
    return;
  }
  const field = root.getByLabel(control.label, { exact: typeof control.label === 'string' });
  if (control.kind === 'select') {
    const values = await field
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const wanted = values.includes(control.value)
      ? control.value
      : await field
          .locator('option', { hasText: optionLabel(control.label, control.value) })
          .first()
          .getAttribute('value');
    if (keyboard) {
      await tabTo(page, field);
      const from = values.indexOf(await field.inputValue());
      const to = values.indexOf(wanted ?? '');
      for (let i = from; i < to; i += 1) await page.keyboard.press('ArrowDown');
      for (let i = from; i > to; i -= 1) await page.keyboard.press('ArrowUp');
    } else await field.selectOption(wanted ?? '');
    await expect(field).toHaveValue(wanted ?? '');
  } else if (control.kind === 'check') {
    if ((await field.isChecked()) === control.checked) return;
    if (keyboard) {
      await tabTo(page, field);
      await page.keyboard.press('Space');
    } else await field.setChecked(control.checked);
    await expect(field).toBeChecked({ checked: control.checked });
  } else {
    if (keyboard) {
      await tabTo(page, field);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(control.value);
    } else await field.fill(control.value);
    await expect(field).toHaveValue(control.value);
  }
}

/**
 * To mask or delete a document, the « Document » list offers only the documents the DMP listed for
 * the patient (decision 052): when the wanted one is missing, display the documents first — a free
 * look, which is no attempt — and wait for the list.
 */
async function listDocumentsFirst(
  page: Page,
  action: StepAction,
  keyboard: boolean,
): Promise<void> {
  if (action.action !== 'patient.maskDocument' && action.action !== 'patient.deleteDocument')
    return;
  const root = player(page);
  const options = root
    .getByLabel('Document', { exact: true })
    .locator(`option[value="${action.document}"]`);
  if ((await options.count()) > 0) return;
  const look = root.getByRole('button', { name: 'Afficher mes documents', exact: true });
  if (keyboard) {
    await tabTo(page, look);
    await page.keyboard.press('Enter');
  } else await look.click();
  await settled(page);
  await expect(options).toHaveCount(1);
}

/** Nothing in the step's form holds the value the goal needs before the learner acts. */
async function expectNothingPrefilled(page: Page, action: StepAction): Promise<void> {
  // The emergency screen shows the settings in force, as Mon espace santé does: not a prefill.
  if (action.action === 'patient.setEmergencySettings') return;
  const root = player(page);
  for (const control of controlsToSet(action)) {
    if (control.kind === 'button') continue;
    const field = root.getByLabel(control.label, { exact: typeof control.label === 'string' });
    if ((await field.count()) === 0) continue;
    if (control.kind === 'select') await expect(field).toHaveValue('');
    else if (control.kind === 'check') await expect(field).not.toBeChecked();
    else if (!control.label.startsWith('Décalage') && control.value !== '')
      await expect(field).not.toHaveValue(control.value);
  }
}

/** After an action or an answer: the result stays on screen until « Continuer ». */
export async function continueAfterReview(page: Page, keyboard = false): Promise<void> {
  const root = player(page);
  await expect(root).toHaveAttribute('data-state', /^(reviewing|playing|finished)$/, {
    timeout: 15_000,
  });
  if ((await root.getAttribute('data-state')) !== 'reviewing') return;
  const button = root.getByRole('button', { name: /^(Continuer|Voir le bilan)$/ });
  if (keyboard) {
    await tabTo(page, button);
    await page.keyboard.press('Enter');
  } else await button.click();
  await settled(page);
}

/**
 * Play the current step as a learner who knows the rules: open the right screen, set the values
 * the goal needs (from the step's reference action), act; or pick the right answer of a question.
 * The result is left on screen (`reviewing`); `continueAfterReview` moves on.
 * `keyboard` drives it with Tab, arrows, Space, typing and Enter only.
 */
export async function playStep(
  page: Page,
  scenario: Scenario,
  keyboard = false,
  options: { readonly fill?: boolean; readonly checkEmpty?: boolean } = {},
): Promise<void> {
  const root = player(page);
  const id = await root.getAttribute('data-step');
  const step = scenario.steps.find((s) => s.id === id);
  if (step === undefined) throw new Error(`unknown step ${id}`);
  if (step.kind === 'question') {
    const right = step.options.findIndex((o) => o.correct);
    const radio = root.getByRole('radio', { name: step.options[right]!.text, exact: true });
    if (keyboard) {
      const radios = root.getByRole('group', { name: step.question }).getByRole('radio');
      const names = await radios.evaluateAll((rs) =>
        rs.map((r) => (r.parentElement?.textContent ?? '').trim()),
      );
      const at = names.indexOf(step.options[right]!.text);
      await tabTo(page, radios.first());
      if (at === 0) await page.keyboard.press('Space');
      for (let i = 0; i < at; i += 1) await page.keyboard.press('ArrowDown');
      await expect(radio).toBeChecked();
      await page.keyboard.press('Enter');
    } else {
      await radio.check();
      await root.getByRole('button', { name: 'Valider ma réponse' }).click();
    }
  } else {
    const control = await controlFor(page, step.do, !keyboard);
    if (options.checkEmpty === true) await expectNothingPrefilled(page, step.do);
    if (options.fill !== false) await listDocumentsFirst(page, step.do, keyboard);
    if (options.fill !== false)
      for (const c of controlsToSet(step.do)) await setControl(page, c, keyboard);
    if (keyboard) {
      await tabTo(page, control);
      await page.keyboard.press('Enter');
    } else await control.click();
  }
  await expect(root).toHaveAttribute('data-state', /^(reviewing|playing|finished)$/, {
    timeout: 15_000,
  });
}

/**
 * Play every step to the end as a learner who knows the rules, checking each result; returns the
 * ids of the steps played. `fill: false` relies on the forms being prefilled (Découverte).
 */
export async function playToEnd(
  page: Page,
  scenario: Scenario,
  keyboard = false,
  options: { readonly fill?: boolean; readonly checkEmpty?: boolean } = {},
  max = 40,
): Promise<string[]> {
  const played: string[] = [];
  for (let i = 0; i < max; i += 1) {
    if ((await player(page).getAttribute('data-state')) === 'finished') return played;
    played.push((await player(page).getAttribute('data-step')) ?? '');
    await playStep(page, scenario, keyboard, options);
    const feedback = player(page).getByTestId('feedback');
    await expect(feedback).toBeVisible();
    await expect(feedback).not.toHaveClass(/pl-fail/);
    await continueAfterReview(page, keyboard);
  }
  throw new Error(`scenario ${scenario.id} did not end after ${max} steps`);
}
