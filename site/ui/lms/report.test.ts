import { describe, expect, it } from 'vitest';
import { createDmpStore } from '../../../src/dmp/index';
import { DEFAULT_PASS_MARK, XAPI_EXTENSION_FAQ, XAPI_EXTENSION_RULES } from '../../../src/lms/ids';
import { checkFile } from '../../../src/scenario/check-file';
import { createCoreDmpPort } from '../../../src/scenario/ports/index';
import type { Step } from '../../../src/scenario/format/index';
import type { PlayMode } from '../player/modes';
import { createPlaySession, type PlaySession, type SessionView } from '../player/session';
import { attemptSummary } from '../player/screens';
import { lmsBridge } from './bridge';
import {
  answeredStatement,
  isoDuration,
  lmsReport,
  scorm12Interaction,
  scorm12Status,
  scorm12Time,
  scorm2004Interaction,
  scorm2004Status,
} from './report';

const TRAINING = 'test/fixtures/scenarios/valid/training.yaml';

async function sessionFor(mode: PlayMode = 'entrainement') {
  const { loaded, world } = await checkFile(TRAINING);
  if (loaded.scenario === null || world === null) throw new Error(`invalid ${TRAINING}`);
  const session = createPlaySession(
    loaded.scenario,
    world,
    createCoreDmpPort(createDmpStore(world.seed)),
    { mode, seed: 'graine' },
  );
  await session.start();
  return { session, scenario: loaded.scenario };
}

const right = (step: Step) =>
  step.kind === 'question' ? step.options.findIndex((o) => o.correct) : -1;
const wrong = (step: Step) =>
  step.kind === 'question' ? step.options.findIndex((o) => !o.correct) : -1;

/** Play to the end, answering questions wrongly when asked. */
async function playToEnd(session: PlaySession, missQuestions = false): Promise<SessionView> {
  let view = session.view();
  while (view.step !== null) {
    const step: Step = view.step;
    view =
      step.kind === 'action'
        ? await session.act(step.do)
        : await session.choose(
            missQuestions && view.mode === 'evaluation' ? wrong(step) : right(step),
          );
  }
  return view;
}

const at = new Date('2025-10-01T09:30:00Z');

describe('LMS report of a session', () => {
  it('is incomplete with an unknown success before the end', async () => {
    const { session, scenario } = await sessionFor();
    const report = lmsReport(scenario, session.view(), DEFAULT_PASS_MARK, attemptSummary);
    expect(report.finished).toBe(false);
    expect(report.passed).toBeNull();
    expect(scorm12Status(report)).toContainEqual(['cmi.core.lesson_status', 'incomplete']);
    expect(scorm2004Status(report)).toContainEqual(['cmi.success_status', 'unknown']);
    expect(scorm2004Status(report)).toContainEqual(['cmi.completion_status', 'incomplete']);
  });

  it('reports a finished run: completion, success against the pass mark, scaled score, one interaction per try', async () => {
    const { session, scenario } = await sessionFor();
    const view = await playToEnd(session);
    const report = lmsReport(scenario, view, DEFAULT_PASS_MARK, attemptSummary);
    const expectedScaled = view.score.points / view.score.played;
    expect(report.finished).toBe(true);
    expect(report.scaled).toBeCloseTo(expectedScaled);
    expect(report.passed).toBe(expectedScaled >= DEFAULT_PASS_MARK);
    expect(report.interactions.map((i) => i.stepId)).toEqual(view.log.map((e) => e.stepId));
    expect(scorm12Status(report)).toContainEqual([
      'cmi.core.lesson_status',
      report.passed ? 'passed' : 'failed',
    ]);
    expect(scorm12Status(report)).toContainEqual([
      'cmi.core.score.raw',
      String(Math.round(expectedScaled * 100)),
    ]);
    expect(scorm2004Status(report)).toContainEqual(['cmi.completion_status', 'completed']);
    expect(scorm2004Status(report)).toContainEqual(['cmi.score.raw', String(view.score.points)]);
    // FAQ ids of each try come from its feedback.
    for (const [k, entry] of view.log.entries())
      for (const f of entry.feedback.faq) expect(report.interactions[k]?.faq).toContain(f.id);
  });

  it('maps a question to a choice interaction and an action to a described performance', async () => {
    const { session, scenario } = await sessionFor();
    const view = await playToEnd(session);
    const report = lmsReport(scenario, view, DEFAULT_PASS_MARK, attemptSummary);
    const question = report.interactions.find((i) => i.kind === 'question');
    const action = report.interactions.find((i) => i.kind === 'action');
    if (question === undefined || action === undefined) throw new Error('fixture changed');
    const s12 = Object.fromEntries(scorm12Interaction(question, 3, at));
    expect(s12['cmi.interactions.3.type']).toBe('choice');
    expect(s12['cmi.interactions.3.result']).toBe('correct');
    expect(s12['cmi.interactions.3.student_response']).toBe(
      s12['cmi.interactions.3.correct_responses.0.pattern'],
    );
    const objectives = Object.entries(s12)
      .filter(([k]) => /objectives\.\d+\.id$/.test(k))
      .map(([, v]) => v);
    expect(objectives).toEqual([...question.faq, ...question.rules]);
    const s2004 = Object.fromEntries(scorm2004Interaction(action, 0, at));
    expect(s2004['cmi.interactions.0.type']).toBe('other');
    expect(s2004['cmi.interactions.0.learner_response']).toBe(action.response);
    expect(s2004['cmi.interactions.0.description']).toContain(`essai ${action.attempt}`);
    expect(s2004['cmi.interactions.0.id']).toContain(action.stepId);
  });

  it('leaves out the tries the simulator played in Évaluation mode, and fails under the pass mark', async () => {
    const { session, scenario } = await sessionFor('evaluation');
    let view = session.view();
    // Miss every action step with a login on the wrong card, then let the simulator go on.
    while (view.step !== null) {
      const step: Step = view.step;
      view =
        step.kind === 'action'
          ? await session.act(
              step.do.action === 'ps.login' ? { action: 'ps.login', card: 'CPE' } : step.do,
            )
          : await session.choose(wrong(step));
    }
    const report = lmsReport(scenario, view, DEFAULT_PASS_MARK, attemptSummary);
    expect(view.log.some((e) => e.auto)).toBe(true);
    expect(report.interactions).toHaveLength(view.log.filter((e) => !e.auto).length);
    expect(report.passed).toBe(report.scaled >= DEFAULT_PASS_MARK);
    expect(report.passed).toBe(false);
    const missed = report.interactions.find((i) => i.scored && !i.passed);
    if (missed === undefined) throw new Error('no missed step');
    expect(Object.fromEntries(scorm12Interaction(missed, 0, at))['cmi.interactions.0.result']).toBe(
      'wrong',
    );
    expect(
      Object.fromEntries(scorm2004Interaction(missed, 0, at))['cmi.interactions.0.result'],
    ).toBe('incorrect');
  });

  it('builds an answered statement with the FAQ and rule ids in context extensions, without the cmi5 category', async () => {
    const { session, scenario } = await sessionFor();
    const report = lmsReport(scenario, await playToEnd(session), DEFAULT_PASS_MARK, attemptSummary);
    const launch = {
      actor: { objectType: 'Agent', account: { homePage: 'urn:lms', name: 'apprenant-1' } },
      registration: '6a1f4e0c-2b61-4d0a-9c55-0c1d2e3f4a5b',
      activityId: 'https://dmp-simulateur.invalid/xapi/activities/scenario/training',
      contextTemplate: {
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's1' },
      },
    };
    for (const i of report.interactions) {
      const s = answeredStatement(launch, i, 'id', at) as {
        verb: { id: string };
        object: { id: string };
        context: {
          registration: string;
          extensions: Record<string, unknown>;
          contextActivities?: unknown;
        };
        result: { success?: boolean };
      };
      expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
      expect(s.object.id.startsWith(`${launch.activityId}/`)).toBe(true);
      expect(s.context.registration).toBe(launch.registration);
      expect(s.context.extensions[XAPI_EXTENSION_FAQ]).toEqual(i.faq);
      expect(s.context.extensions[XAPI_EXTENSION_RULES]).toEqual(i.rules);
      expect(s.context.extensions['https://w3id.org/xapi/cmi5/context/extensions/sessionid']).toBe(
        's1',
      );
      expect(JSON.stringify(s)).not.toContain('context/categories/cmi5');
      if (i.scored) expect(s.result.success).toBe(i.passed);
    }
  });

  it('writes durations in the formats of SCORM 1.2 and ISO 8601', () => {
    expect(scorm12Time(3723.5)).toBe('0001:02:03.50');
    expect(isoDuration(3723.5)).toBe('PT1H2M3.5S');
    expect(isoDuration(0)).toBe('PT0S');
  });
});

describe('LMS bridge', () => {
  const memory = () => {
    const m = new Map<string, string>();
    return {
      getItem: (k: string) => m.get(k) ?? null,
      setItem: (k: string, v: string) => void m.set(k, v),
      removeItem: (k: string) => void m.delete(k),
    };
  };
  const fakeWindow = (packaged: boolean) => {
    const win = {
      location: { search: '' },
      document: { querySelector: () => (packaged ? { getAttribute: () => 'scorm12' } : null) },
      opener: null,
    } as unknown as Window & { parent: unknown; top: unknown };
    win.parent = win;
    win.top = win;
    return win;
  };

  it('changes nothing outside a platform: the browser storage, nothing reported', async () => {
    for (const packaged of [false, true]) {
      const storage = memory();
      const bridge = lmsBridge(fakeWindow(packaged), storage, 'training');
      await bridge.ready;
      expect(bridge.storage).toBe(storage);
      expect(() => bridge.report({} as never, {} as never)).not.toThrow();
    }
  });
});
