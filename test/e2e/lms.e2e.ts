/**
 * Packages for training platforms (docs/decisions/033–035): each format is built with
 * `npm run package`, served under a sub-path by a test platform (test/e2e/support/lms.ts) and
 * played in its iframe. SCORM: scorm-again is the platform's API; the data model is read from it.
 * cmi5: a local LMS/LRS; every statement is validated by xapi-validation (Learning Locker's
 * validator) and checked against the cmi5 rules. In each format a reload of the platform's page
 * resumes from the platform's copy of the progress, not from the browser's.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import xapiValidation from 'xapi-validation';
import { DEFAULT_PASS_MARK, XAPI_IRI } from '../../src/lms/ids';
import type { Scenario } from '../../src/scenario/format/index';
import { buildPackage, startLms, type Kind, type Lrs } from './support/lms';
import { continueAfterReview, playStep, playToEnd, scenarioFrom } from './support/player';

/** The shortest scenario of scenarios/ (fewest steps), to keep the suite short. */
function shortestScenario(): Scenario {
  const files = readdirSync('scenarios', { recursive: true })
    .map(String)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => scenarioFrom(join('scenarios', f)));
  return files.sort((a, b) => a.steps.length - b.steps.length)[0] as Scenario;
}

const scenario = shortestScenario();

// Each test builds a package and plays a scenario across a reload: more than the default 90 s when
// two workers share CI's two cores.
test.describe.configure({ timeout: 180_000 });

/** xapi-validation is CommonJS with `exports.default`: the function is one level down in ESM. */
type Validate = (statement: unknown) => unknown[];
const validateStatement: Validate =
  (xapiValidation as unknown as { default?: Validate }).default ?? xapiValidation;

/** The content frame, once its player waits for the learner. */
async function content(page: Page): Promise<Page> {
  await expect(page.frameLocator('iframe').getByTestId('scenario-player')).toHaveAttribute(
    'data-state',
    /^(playing|finished)$/,
    { timeout: 45_000 },
  );
  const frame = page.frames().find((f) => f.url().includes('/lms/contenu/')) as Frame;
  // The player helpers only use locators, which a frame has as a page does.
  return frame as unknown as Page;
}

/** The platform unloads the content (pagehide), as when the learner leaves it. */
const leave = (page: Page) =>
  page.evaluate(() => document.querySelector('iframe')?.setAttribute('src', 'about:blank'));

/** The FAQ ids a step's feedback cites, from the scenario file. */
function faqOfStep(stepId: string): string[] {
  const step = scenario.steps.find((s) => s.id === stepId);
  if (step === undefined) return [];
  const cited = (f: { faq?: string | readonly string[] } | undefined) =>
    f?.faq === undefined ? [] : typeof f.faq === 'string' ? [f.faq] : [...f.faq];
  if (step.kind === 'question') return step.options.flatMap((o) => cited(o.feedback));
  return [...cited(step.feedback?.success), ...cited(step.feedback?.failure)];
}

type Cmi = Record<string, unknown> & {
  suspend_data: string;
  interactions: Record<string, Record<string, unknown>>;
};

const cmiOf = (page: Page, kind: Kind) =>
  page.evaluate(
    (global) =>
      (
        (window as unknown as Record<string, { renderCMIToJSONObject(): { cmi: unknown } }>)[
          global
        ] as { renderCMIToJSONObject(): { cmi: unknown } }
      ).renderCMIToJSONObject().cmi,
    kind === 'scorm12' ? 'API' : 'API_1484_11',
  ) as Promise<Cmi>;

for (const kind of ['scorm12', 'scorm2004'] as const) {
  test(`${kind}: the package plays in a platform on scorm-again, reports and resumes`, async ({
    page,
  }) => {
    const lms = await startLms(kind, buildPackage(kind, scenario.id));
    try {
      await page.goto(lms.url);
      let frame = await content(page);
      const first = (await frame.getByTestId('scenario-player').getAttribute('data-step')) ?? '';
      await playStep(frame, scenario);
      await continueAfterReview(frame);

      let cmi = await cmiOf(page, kind);
      const status12 = (c: Cmi) => (c['core'] as Record<string, unknown>)['lesson_status'];
      if (kind === 'scorm12') expect(status12(cmi)).toBe('incomplete');
      else expect(cmi['completion_status']).toBe('incomplete');
      const saved = JSON.parse(cmi.suspend_data) as { scenarioId: string; inputs: unknown[] };
      expect(saved.scenarioId).toBe(scenario.id);
      expect(saved.inputs).toHaveLength(1);
      expect(Object.keys(cmi.interactions)).toHaveLength(1);

      // Inside a platform, progress lives in the platform, not in the browser's storage.
      expect(
        await frame.evaluate(
          (id) => localStorage.getItem(`dmp-simulateur:progression:${id}`),
          scenario.id,
        ),
      ).toBeNull();

      // The platform page reloads: a new API, loaded from what the platform kept.
      await page.reload();
      frame = await content(page);
      await expect(frame.getByTestId('player-notice')).toContainText('Reprise');
      await expect(frame.getByTestId('scenario-player')).not.toHaveAttribute('data-step', first);

      const played = [first, ...(await playToEnd(frame, scenario))];
      cmi = await cmiOf(page, kind);
      // Every step passed at the first try: full score, success whatever the pass mark.
      if (kind === 'scorm12') {
        expect(status12(cmi)).toBe('passed');
        expect((cmi['core'] as { score: { raw: string } }).score.raw).toBe('100');
      } else {
        expect(cmi['completion_status']).toBe('completed');
        expect(cmi['success_status']).toBe('passed');
        expect(Number((cmi['score'] as { scaled: string }).scaled)).toBe(1);
      }
      // The suspend data is still the scenario's progress (nothing else the player keeps goes there).
      const final = JSON.parse(cmi.suspend_data) as { scenarioId: string; inputs: unknown[] };
      expect(final.scenarioId).toBe(scenario.id);
      expect(final.inputs).toHaveLength(played.length);
      const interactions = Object.values(cmi.interactions);
      expect(interactions.map((i) => String(i['id']).split(':').at(-1))).toEqual(played);
      for (const [k, i] of interactions.entries()) {
        const objectives = Object.values(i['objectives'] as Record<string, { id: string }>).map(
          (o) => o.id.split(':').at(-1),
        );
        const cited = faqOfStep(played[k] as string);
        if (cited.length > 0) expect(cited.some((f) => objectives.includes(f))).toBe(true);
        expect(objectives.length).toBeGreaterThan(0);
        expect(['correct', 'neutral']).toContain(i['result']);
      }

      await leave(page);
      cmi = await cmiOf(page, kind);
      const exit =
        kind === 'scorm12' ? (cmi['core'] as Record<string, unknown>)['exit'] : cmi['exit'];
      expect(exit).toBe(kind === 'scorm12' ? '' : 'normal');
      const time =
        kind === 'scorm12'
          ? String((cmi['core'] as Record<string, unknown>)['session_time'])
          : String(cmi['session_time']);
      expect(time).not.toMatch(/^(0000:00:00(\.0+)?|PT0S|)$/);
    } finally {
      await lms.close();
    }
  });
}

const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

interface Statement {
  verb: { id: string };
  object: { id: string };
  result?: {
    success?: boolean;
    completion?: boolean;
    duration?: string;
    score?: { scaled?: number };
  };
  context?: {
    registration?: string;
    contextActivities?: { category?: { id: string }[]; grouping?: { id: string }[] };
    extensions?: Record<string, unknown>;
  };
}

const verbOf = (s: Statement) => s.verb.id.split('/').at(-1) ?? '';
const categories = (s: Statement) =>
  (s.context?.contextActivities?.category ?? []).map((c) => c.id);

/** The cmi5 rules the statements of the AU must follow (cmi5 §9–10). */
function checkCmi5(lrs: Lrs, answeredSteps: readonly string[]): void {
  const statements = lrs.statements as unknown as Statement[];
  for (const s of lrs.statements) expect(validateStatement(s), JSON.stringify(s)).toEqual([]);
  for (const s of statements) {
    expect(s.context?.registration).toBe(lrs.registration);
    expect(s.context?.extensions?.[SESSION_ID]).toBeTruthy();
    expect(s.context?.contextActivities?.grouping?.[0]?.id).toBe(lrs.activityId);
  }
  // Sessions in order: launched, initialized, …, terminated; nothing after terminated.
  const sessions = new Map<unknown, string[]>();
  for (const s of statements) {
    const id = s.context?.extensions?.[SESSION_ID];
    sessions.set(id, [...(sessions.get(id) ?? []), verbOf(s)]);
  }
  expect(sessions.size).toBe(2);
  const [left, finished] = [...sessions.values()] as [string[], string[]];
  for (const verbs of [left, finished]) {
    expect(verbs.slice(0, 2)).toEqual(['launched', 'initialized']);
    expect(verbs.filter((v) => v === 'terminated').length).toBeLessThanOrEqual(1);
  }
  // Left mid-way: terminated if the keep-alive request made it, else abandoned by the LMS.
  expect(left.filter((v) => v === 'terminated' || v === 'abandoned').length).toBeGreaterThan(0);
  // Played to the end: the AU terminates the session itself, last.
  expect(finished.at(-1)).toBe('terminated');
  const defined = ['initialized', 'completed', 'passed', 'failed', 'terminated'];
  for (const s of statements.filter((x) => defined.includes(verbOf(x)))) {
    expect(s.object.id).toBe(lrs.activityId);
    expect(categories(s)).toContain(CMI5_CATEGORY);
    if (verbOf(s) !== 'initialized') expect(s.result?.duration).toMatch(/^PT/);
  }
  const judged = statements.filter((s) => ['completed', 'passed', 'failed'].includes(verbOf(s)));
  expect(judged.map(verbOf).filter((v) => v === 'completed')).toHaveLength(1);
  expect(judged.filter((s) => ['passed', 'failed'].includes(verbOf(s)))).toHaveLength(1);
  for (const s of judged) expect(categories(s)).toContain(MOVEON_CATEGORY);
  const verdict = judged.find((s) => verbOf(s) !== 'completed') as Statement;
  const scaled = verdict.result?.score?.scaled ?? NaN;
  expect(verbOf(verdict)).toBe(scaled >= lrs.masteryScore ? 'passed' : 'failed');
  expect(verdict.result?.success).toBe(verbOf(verdict) === 'passed');

  const answered = statements.filter((s) => verbOf(s) === 'answered');
  expect(answered.map((s) => decodeURIComponent(s.object.id.split('/').at(-1) ?? ''))).toEqual(
    answeredSteps,
  );
  for (const s of answered) {
    expect(s.object.id.startsWith(`${lrs.activityId}/`)).toBe(true);
    expect(categories(s)).not.toContain(CMI5_CATEGORY);
    const ours = Object.keys(s.context?.extensions ?? {}).filter((k) => k.startsWith(XAPI_IRI));
    expect(ours.length).toBeGreaterThanOrEqual(2);
    expect(Object.values(s.context?.extensions ?? {}).some((v) => Array.isArray(v))).toBe(true);
  }
}

test('cmi5: launch sequence, statements valid and cmi5-conformant, resume from the State API', async ({
  page,
}) => {
  const lms = await startLms('cmi5', buildPackage('cmi5', scenario.id));
  try {
    expect(lms.lrs.masteryScore).toBe(DEFAULT_PASS_MARK);
    await page.goto(lms.url);
    let frame = await content(page);
    const first = (await frame.getByTestId('scenario-player').getAttribute('data-step')) ?? '';
    await playStep(frame, scenario);
    await continueAfterReview(frame);
    await expect
      .poll(() => lms.lrs.statements.map((s) => verbOf(s as unknown as Statement)))
      .toEqual(['launched', 'initialized', 'answered']);
    await expect
      .poll(() => [...lms.lrs.state.keys()].some((k) => k.includes('progression')))
      .toBe(true);

    // The platform relaunches the AU: a new session, the progress read back from the State API.
    await page.reload();
    frame = await content(page);
    await expect(frame.getByTestId('player-notice')).toContainText('Reprise');
    const played = [first, ...(await playToEnd(frame, scenario))];
    await expect
      .poll(() => lms.lrs.statements.map((s) => verbOf(s as unknown as Statement)).at(-1))
      .toBe('terminated');
    expect(lms.lrs.refused).toEqual([]);
    checkCmi5(lms.lrs, played);
  } finally {
    await lms.close();
  }
});
