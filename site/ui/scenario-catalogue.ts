/**
 * The training scenarios as the site lists them: one summary per scenario (built by the content
 * loader, so the `scenarios` collection holds exactly this shape), the machines each one exercises,
 * and the queries behind the catalogue page, the « Essayer ce cas » blocks of FAQ and machine pages.
 */
import { z } from 'astro/zod';
import { expectedPathLength, roleIdOf } from '../../src/scenario/engine/index';
import { checkFile, listScenarioFiles } from '../../src/scenario/check-file';
import { hasErrors } from '../../src/scenario/diagnostics/index';
import {
  AUDIENCES,
  MACHINE_IDS,
  machinesOfAction,
  matchStep,
  type MachineId,
  THEMES,
  type RoleSpec,
  type Scenario,
  type Step,
  type Theme,
} from '../../src/scenario/index';

/**
 * What the site shows about one scenario: the data of a `scenarios` collection entry, whose schema
 * this is (site/content.config.ts adds what the player needs).
 */
export const scenarioSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  theme: z.string(),
  audience: z.array(z.string()),
  /** Estimated duration, in minutes. */
  duration: z.number(),
  objectives: z.array(z.string()),
  /** Free tags (`tags:`), for the catalogue's filter. */
  tags: z.array(z.string()),
  /** How each role the learner plays is introduced, in order. */
  roles: z.array(z.string()),
  /** FAQ ids the scenario teaches (its `faq:` list). */
  faq: z.array(z.string()),
  /** Other FAQ ids cited by its feedback, in order of first citation. */
  citedFaq: z.array(z.string()),
  /** Ids of the business machines (machines/index.ts) it exercises. */
  machines: z.array(z.enum(MACHINE_IDS)),
  /** How many of its action steps go through each machine. */
  machineWeights: z.partialRecord(z.enum(MACHINE_IDS), z.number()),
  stepCount: z.number(),
  /** Path of the YAML file, relative to the project. */
  file: z.string(),
});

type Summary = z.infer<typeof scenarioSummarySchema>;

/** What the site shows about one scenario (read-only: lists included). */
export type ScenarioSummary = {
  readonly [K in keyof Summary]: Summary[K] extends (infer U)[]
    ? readonly U[]
    : Readonly<Summary[K]>;
};

/**
 * The machine a theme (a FAQ section) is about, where there is one: every scenario of the theme
 * exercises it. The patients' rights, statistics and tools sections span several machines or none;
 * their scenarios exercise the machines of their actions only.
 */
export const THEME_MACHINES: Readonly<Partial<Record<Theme, MachineId>>> = {
  connexion: 'proSession',
  ins: 'proSession',
  depot: 'deposit',
  'droits-acces': 'proSession',
  consentement: 'consent',
};

/** Page paths under /simulateur/ that are not scenarios: no scenario id may take one. */
export const RESERVED_IDS: readonly string[] = ['console', 'openapi.json'];

const ROLE_FALLBACK: Readonly<Record<RoleSpec['kind'], string>> = {
  professional: 'Un professionnel de santé.',
  patient: 'Le patient, dans Mon espace santé.',
  representative: "Le représentant légal de l'enfant.",
};

const asList = (ids: string | readonly string[]): readonly string[] =>
  typeof ids === 'string' ? [ids] : ids;

function stepFaq(step: Step): string[] {
  return matchStep(step, {
    action: (a) => [...asList(a.feedback.success.faq), ...asList(a.feedback.failure.faq)],
    question: (q) => q.options.flatMap((o) => asList(o.feedback.faq)),
  });
}

const themeMachine = (theme: string): MachineId | undefined =>
  (THEME_MACHINES as Readonly<Record<string, MachineId>>)[theme];

/**
 * The machines each action of a scenario goes through, action by action: the learner's actions and
 * those of the other actors (`events:`) alike.
 */
function actionMachines(scenario: Pick<Scenario, 'steps'>): MachineId[][] {
  const actions = scenario.steps.flatMap((step) => [
    ...matchStep(step, { action: (a) => [a.do], question: () => [] }),
    ...(step.events ?? []).map((e) => e.do),
  ]);
  return actions.map((action) => {
    return [...machinesOfAction(action)];
  });
}

/** The machines a scenario exercises: its theme's machine and those of its actions, in catalogue order. */
export function machinesOf(scenario: Pick<Scenario, 'theme' | 'steps'>): MachineId[] {
  const found = new Set<MachineId>(actionMachines(scenario).flat());
  const main = themeMachine(scenario.theme);
  if (main) found.add(main);
  return MACHINE_IDS.filter((id) => found.has(id));
}

/** How many action steps of a scenario go through each machine (the machine pages rank by it). */
export function machineWeights(
  scenario: Pick<Scenario, 'steps'>,
): Partial<Record<MachineId, number>> {
  const weights: Partial<Record<MachineId, number>> = {};
  for (const ids of actionMachines(scenario))
    for (const id of new Set(ids)) weights[id] = (weights[id] ?? 0) + 1;
  return weights;
}

/** The site's summary of a parsed scenario. */
export function summarize(scenario: Scenario, file: string): ScenarioSummary {
  const cited = [...new Set(scenario.steps.flatMap(stepFaq))].filter(
    (id) => !scenario.faq.includes(id),
  );
  return {
    id: scenario.id,
    title: scenario.title,
    summary: scenario.teaser ?? '',
    theme: scenario.theme,
    audience: scenario.audience,
    duration: scenario.duration,
    objectives: scenario.objectives,
    tags: scenario.tags ?? [],
    // Roles that only act in `events:` are other actors, not the learner's.
    roles: scenario.roles
      .filter((r) => scenario.steps.some((_, i) => roleIdOf(scenario, i) === r.id))
      .map((r) => r.label ?? ROLE_FALLBACK[r.kind]),
    faq: scenario.faq,
    citedFaq: cited,
    machines: machinesOf(scenario),
    machineWeights: machineWeights(scenario),
    stepCount: expectedPathLength(scenario),
    file,
  };
}

/** French label of a theme id (the id itself if unknown). */
export function themeLabel(theme: string): string {
  return (THEMES as Readonly<Record<string, string>>)[theme] ?? theme;
}

/** French label of an audience id (the id itself if unknown). */
export function audienceLabel(audience: string): string {
  return (AUDIENCES as Readonly<Record<string, string>>)[audience] ?? audience;
}

/** Page of a scenario. */
export function scenarioPath(id: string): string {
  return `/simulateur/${id}/`;
}

const themeRank = (theme: string) => {
  const index = Object.keys(THEMES).indexOf(theme);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
};

/** Catalogue order: by theme (in the order of the vocabulary), then by title. */
export function byThemeThenTitle(a: ScenarioSummary, b: ScenarioSummary): number {
  return themeRank(a.theme) - themeRank(b.theme) || a.title.localeCompare(b.title, 'fr');
}

/**
 * Scenarios that exercise a machine: those with the most action steps through it first, then those
 * whose theme is about it, each group in catalogue order.
 */
export function scenariosForMachine(
  machineId: string,
  catalogue: readonly ScenarioSummary[],
): ScenarioSummary[] {
  const weight = (s: ScenarioSummary) =>
    (s.machineWeights as Readonly<Record<string, number>>)[machineId] ?? 0;
  const ofTheme = (s: ScenarioSummary) => (themeMachine(s.theme) === machineId ? 0 : 1);
  return catalogue
    .filter((s) => (s.machines as readonly string[]).includes(machineId))
    .sort((a, b) => weight(b) - weight(a) || ofTheme(a) - ofTheme(b) || byThemeThenTitle(a, b));
}

/** Every valid scenario of scenarios/, summarized, in catalogue order (Node only: reads the files). */
export async function loadCatalogue(): Promise<ScenarioSummary[]> {
  const summaries: ScenarioSummary[] = [];
  for (const file of await listScenarioFiles()) {
    const { loaded, diagnostics } = await checkFile(file);
    if (!hasErrors(diagnostics) && loaded.scenario)
      summaries.push(summarize(loaded.scenario, file));
  }
  return summaries.sort(byThemeThenTitle);
}
