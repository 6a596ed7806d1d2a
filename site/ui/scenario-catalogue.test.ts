import { beforeAll, expect, test } from 'vitest';
import { faqEntry, isFaqId } from '../../src/dmp/index';
import { listScenarioFiles } from '../../src/scenario/check-file';
import { MACHINE_IDS, THEMES, type Scenario, type Step } from '../../src/scenario/index';
import {
  RESERVED_IDS,
  THEME_MACHINES,
  byThemeThenTitle,
  loadCatalogue,
  machinesOf,
  machineWeights,
  scenarioPath,
  scenariosForMachine,
  type ScenarioSummary,
} from './scenario-catalogue';

let catalogue: ScenarioSummary[] = [];
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

/** An action step, only as far as `machinesOf` reads it. */
const act = (action: string, extra: Record<string, unknown> = {}) =>
  ({ kind: 'action', id: `s-${action}`, do: { action, ...extra } }) as unknown as Step;
const scenarioOf = (theme: string, ...steps: Step[]) =>
  ({ theme, steps }) as Pick<Scenario, 'theme' | 'steps'>;

// The catalogue is keyed by MACHINE_IDS (machines/ids.ts) and machines/meta.test.ts checks each
// entry's id is its machine's: the scenario vocabulary reads the same list.
test('the theme mapping follows the scenario vocabulary', () => {
  for (const theme of Object.keys(THEME_MACHINES)) expect(Object.keys(THEMES)).toContain(theme);
});

test("a scenario exercises its theme's machine and those of its actions, in catalogue order", () => {
  expect(machinesOf(scenarioOf('depot'))).toEqual(['deposit']);
  expect(machinesOf(scenarioOf('droits-patients'))).toEqual([]);
  expect(machinesOf(scenarioOf('droits-patients', act('representative.viewDocuments')))).toEqual([
    'majority',
  ]);
  expect(machinesOf(scenarioOf('depot', act('ps.login'), act('ps.deposit')))).toEqual([
    'proSession',
    'deposit',
  ]);
  expect(machinesOf(scenarioOf('ins', act('ps.recordConsent'), act('patient.blockAll')))).toEqual([
    'consent',
    'blocking',
    'proSession',
  ]);
  expect(machinesOf(scenarioOf('droits-patients', act('patient.setEmergencySettings')))).toEqual([
    'breakGlass',
  ]);
});

test('opening the DMP in regulation mode exercises break-glass, a normal opening does not', () => {
  expect(machinesOf(scenarioOf('ins', act('ps.openDmp', { mode: 'regulation-centre' })))).toContain(
    'breakGlass',
  );
  expect(machinesOf(scenarioOf('ins', act('ps.openDmp', { mode: 'normal' })))).not.toContain(
    'breakGlass',
  );
});

test('the catalogue holds every scenario file, by theme then title, none at a reserved address', async () => {
  const files = await listScenarioFiles();
  expect(catalogue.map((s) => s.file).sort()).toEqual(files);
  expect([...catalogue].sort(byThemeThenTitle)).toEqual(catalogue);
  const themeOrder = Object.keys(THEMES);
  const ranks = catalogue.map((s) => themeOrder.indexOf(s.theme));
  expect(ranks.every((r) => r >= 0)).toBe(true);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  for (const s of catalogue) expect(RESERVED_IDS).not.toContain(s.id);
  expect(new Set(catalogue.map((s) => scenarioPath(s.id))).size).toBe(files.length);
});

test('every summary says what the scenario teaches and whom the learner plays', () => {
  for (const s of catalogue) {
    expect(s.summary, s.id).not.toBe('');
    expect(s.objectives.length, s.id).toBeGreaterThan(0);
    expect(s.roles.length, s.id).toBeGreaterThan(0);
    const main = (THEME_MACHINES as Record<string, string | undefined>)[s.theme];
    if (main) expect(s.machines, s.id).toContain(main);
    for (const id of s.citedFaq) expect(s.faq, s.id).not.toContain(id);
  }
  const urgences = catalogue.find((s) => s.id === 'bris-de-glace-urgence');
  expect(urgences?.roles[0]).toMatch(/urgentiste/);
  expect(urgences?.faq).toEqual(['FAQ-CON-07', 'FAQ-PAT-02']);
  expect(urgences?.citedFaq).toContain('FAQ-CNX-04');
  expect(urgences?.file).toBe(`scenarios/${urgences?.theme}/bris-de-glace-urgence.yaml`);
});

test("a scenario's theme is the FAQ section of a question it teaches", () => {
  for (const s of catalogue)
    expect(
      s.faq.filter(isFaqId).map((id) => faqEntry(id).section),
      s.id,
    ).toContain(s.theme);
});

test('every machine has a scenario to try, those that go through it most first', () => {
  for (const id of MACHINE_IDS) {
    const listed = scenariosForMachine(id, catalogue);
    expect(listed.length, id).toBeGreaterThan(0);
    const weights = listed.map((s) => s.machineWeights[id] ?? 0);
    expect(weights, id).toEqual([...weights].sort((a, b) => b - a));
    expect(listed.map((s) => s.id).sort(), id).toEqual(
      catalogue
        .filter((s) => s.machines.includes(id))
        .map((s) => s.id)
        .sort(),
    );
  }
  const blocking = scenariosForMachine('blocking', catalogue).map((s) => s.id);
  expect(blocking[0]).toBe('bloquer-un-professionnel');
  expect(scenariosForMachine('unknown', catalogue)).toEqual([]);
});

test('machine weights count the action steps through each machine', () => {
  expect(
    machineWeights(scenarioOf('ins', act('ps.login'), act('ps.breakGlass'), act('patient.block'))),
  ).toEqual({ proSession: 2, breakGlass: 1, blocking: 1 });
  expect(
    machineWeights(scenarioOf('ins', act('ps.openDmp', { mode: 'regulation-centre' }))),
  ).toEqual({ proSession: 1, breakGlass: 1 });
});
