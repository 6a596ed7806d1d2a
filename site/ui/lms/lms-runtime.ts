/**
 * The player's side of a training platform's runtime, downloaded only when detect.ts found one.
 * SCORM 1.2 and 2004: the platform's API object, called as the run-time specifications say
 * (initialize, read what it kept, write after each action and commit, finish when the page goes).
 * cmi5: @xapi/cmi5 for the launch sequence (auth token, LMS.LaunchData) and the cmi5-defined
 * statements; the `answered` statements and the saved progress (xAPI State API) go through the
 * same library. What is written comes from report.ts (docs/decisions/033-lms-export.md).
 */
import { strFromU8, strToU8, unzlibSync, zlibSync } from 'fflate';
import { CMI5_PROGRESS_STATE, CMI5_RESULT_STATE } from '../../../src/lms/ids';
import type { Scenario } from '../../../src/scenario/format/index';
import type { SessionView } from '../player/session';
import type { Cmi5Params, DetectedLms, Scorm12Api, Scorm2004Api } from './detect';
import {
  answeredStatement,
  DEFAULT_PASS_MARK,
  isoDuration,
  lmsReport,
  scorm12Interaction,
  scorm12Status,
  scorm2004Interaction,
  scorm2004Status,
  scorm12Time,
  type CmiWrite,
  type DescribeAction,
  type LmsInteraction,
  type LmsReport,
} from './report';

/** A connection to the platform, once initialized. */
export interface LmsConnection {
  readonly kind: DetectedLms['kind'];
  /** The progress the platform kept for this learner (the player's saved JSON), or null. */
  readonly suspendData: string | null;
  /** Keep the player's saved progress (the same JSON as in localStorage). */
  save(value: string): void;
  /** Tell the platform where the learner is, after an action. */
  report(scenario: Scenario, view: Pick<SessionView, 'log' | 'score' | 'step'>): void;
}

/** Tries already reported: those of a resumed log were reported in an earlier session. */
function newTries() {
  let sent: number | null = null;
  return (report: LmsReport): LmsInteraction[] => {
    const all = report.interactions;
    if (sent === null) sent = all.length;
    if (all.length < sent) sent = all.length; // the learner started over
    const fresh = all.slice(sent);
    sent = all.length;
    return fresh;
  };
}

/** Suspend data longer than the platform takes is deflated (prefix `z1:`, then base64). */
const PACKED = 'z1:';
function pack(value: string, max: number): string {
  if (value.length <= max) return value;
  const bytes = zlibSync(strToU8(value), { level: 9 });
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return PACKED + btoa(binary);
}
function unpack(value: string): string {
  if (!value.startsWith(PACKED)) return value;
  const binary = atob(value.slice(PACKED.length));
  return strFromU8(unzlibSync(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
}

/** The SCORM calls that differ between 1.2 and 2004, and the data model's names. */
interface ScormDialect {
  readonly initialize: () => string;
  readonly finish: () => string;
  readonly get: (element: string) => string;
  readonly set: (element: string, value: string) => string;
  readonly commit: () => string;
  readonly suspendMax: number;
  readonly finished: (get: (e: string) => string) => boolean;
  readonly passMark: (get: (e: string) => string) => number | null;
  readonly status: (report: LmsReport) => CmiWrite[];
  readonly interaction: (i: LmsInteraction, n: number, at: Date) => CmiWrite[];
  readonly exit: (finished: boolean, seconds: number) => CmiWrite[];
}

function scorm12(api: Scorm12Api): ScormDialect {
  return {
    initialize: () => api.LMSInitialize(''),
    finish: () => api.LMSFinish(''),
    get: (e) => api.LMSGetValue(e),
    set: (e, v) => api.LMSSetValue(e, v),
    commit: () => api.LMSCommit(''),
    suspendMax: 4096,
    finished: (get) => ['passed', 'failed', 'completed'].includes(get('cmi.core.lesson_status')),
    passMark: (get) => {
      const mastery = Number.parseFloat(get('cmi.student_data.mastery_score'));
      return Number.isFinite(mastery) ? mastery / 100 : null;
    },
    status: scorm12Status,
    interaction: scorm12Interaction,
    exit: (finished, seconds) => [
      ['cmi.core.session_time', scorm12Time(seconds)],
      ['cmi.core.exit', finished ? '' : 'suspend'],
    ],
  };
}

function scorm2004(api: Scorm2004Api): ScormDialect {
  return {
    initialize: () => api.Initialize(''),
    finish: () => api.Terminate(''),
    get: (e) => api.GetValue(e),
    set: (e, v) => api.SetValue(e, v),
    commit: () => api.Commit(''),
    suspendMax: 64000,
    finished: (get) => get('cmi.completion_status') === 'completed',
    passMark: (get) => {
      const mark = Number.parseFloat(get('cmi.scaled_passing_score'));
      return Number.isFinite(mark) ? mark : null;
    },
    status: scorm2004Status,
    interaction: scorm2004Interaction,
    exit: (finished, seconds) => [
      ['cmi.session_time', isoDuration(seconds)],
      ['cmi.exit', finished ? 'normal' : 'suspend'],
    ],
  };
}

/** What a platform kept, unpacked; null when empty or unreadable (the player then starts afresh). */
function readSuspendData(kept: string): string | null {
  try {
    return kept === '' ? null : unpack(kept);
  } catch {
    return null;
  }
}

/** The progress document of the State API as text; null when there is none yet (404). */
async function readState(xapi: XapiClient, where: Record<string, unknown>): Promise<string | null> {
  try {
    const state = await xapi.getState({ ...where, stateId: CMI5_PROGRESS_STATE });
    if (state.data === '' || state.data == null) return null;
    return typeof state.data === 'string' ? state.data : JSON.stringify(state.data);
  } catch {
    return null;
  }
}

function connectScorm(dialect: ScormDialect, win: Window, describe: DescribeAction): LmsConnection {
  if (String(dialect.initialize()) !== 'true')
    throw new Error("La plateforme de formation a refusé l'initialisation SCORM.");
  const started = Date.now();
  const get = (e: string) => {
    try {
      return String(dialect.get(e) ?? '');
    } catch {
      return '';
    }
  };
  const set = (e: string, v: string) => {
    try {
      dialect.set(e, v);
    } catch {
      // A value the platform refuses never stops the learner.
    }
  };
  const suspendData = readSuspendData(get('cmi.suspend_data'));
  const passMark = dialect.passMark(get) ?? DEFAULT_PASS_MARK;
  let next = Number.parseInt(get('cmi.interactions._count'), 10) || 0;
  let finished = dialect.finished(get);
  let done = false;
  const tries = newTries();
  const commit = () => {
    if (!done) dialect.commit();
  };
  const end = () => {
    if (done) return;
    for (const [e, v] of dialect.exit(finished, (Date.now() - started) / 1000)) set(e, v);
    dialect.commit();
    dialect.finish();
    done = true;
  };
  win.addEventListener('pagehide', end);
  return {
    kind: dialect.suspendMax === 4096 ? 'scorm12' : 'scorm2004',
    suspendData,
    save(value) {
      if (done) return;
      set('cmi.suspend_data', pack(value, dialect.suspendMax));
      commit();
    },
    report(scenario, view) {
      if (done) return;
      const report = lmsReport(scenario, view, passMark, describe);
      const at = new Date();
      for (const i of tries(report)) {
        for (const [e, v] of dialect.interaction(i, next, at)) set(e, v);
        next += 1;
      }
      // Once finished, a new run in progress does not take the status back.
      if (report.finished || !finished) for (const [e, v] of dialect.status(report)) set(e, v);
      finished ||= report.finished;
      commit();
    },
  };
}

/** The part of @xapi/xapi's client the player calls. */
interface XapiClient {
  getState(p: Record<string, unknown>): Promise<{ data: unknown }>;
  setState(p: Record<string, unknown>): Promise<unknown>;
}

async function connectCmi5(
  params: Cmi5Params,
  win: Window,
  describe: DescribeAction,
): Promise<LmsConnection> {
  const { default: Cmi5 } = await import('@xapi/cmi5');
  const cmi5 = new Cmi5();
  await cmi5.initialize();
  const launchData = cmi5.getLaunchData();
  const xapi = cmi5.xapi as unknown as XapiClient;
  const actor = JSON.parse(params.actor) as Record<string, unknown>;
  const where = { agent: actor, activityId: params.activityId, registration: params.registration };
  const suspendData = await readState(xapi, where);
  const passMark = launchData.masteryScore ?? DEFAULT_PASS_MARK;
  const normal = launchData.launchMode === 'Normal';
  const started = new Date();
  const tries = newTries();
  let queue: Promise<unknown> = Promise.resolve();
  const send = (job: () => Promise<unknown>) => {
    queue = queue.then(job).catch((error: unknown) => {
      console.warn('cmi5 : envoi refusé par la plateforme', error);
    });
  };
  // Completed and passed/failed go once per registration: an earlier session may have sent them.
  let judged = await xapi.getState({ ...where, stateId: CMI5_RESULT_STATE }).then(
    (state) => state.data != null && state.data !== '',
    () => false,
  );
  let done = false;
  const launch = {
    actor,
    registration: params.registration,
    activityId: params.activityId,
    contextTemplate: launchData.contextTemplate as unknown as Record<string, unknown>,
  };
  /**
   * The learner leaves before the end: a best-effort `terminated`, in a keep-alive request (the
   * library's would be cancelled with the page). Registered at the first report, after the
   * simulated DMP's worker has registered its own listener: the worker then lets the request
   * through instead of asking a page that is going. If it is lost, the platform records the
   * session as abandoned, as cmi5 provides.
   */
  const onLeave = () => {
    if (done) return;
    done = true;
    const template = launch.contextTemplate;
    const activities = (template['contextActivities'] as Record<string, unknown> | undefined) ?? {};
    const category = (activities['category'] as unknown[] | undefined) ?? [];
    const statement = {
      id: crypto.randomUUID(),
      actor,
      verb: { id: 'http://adlnet.gov/expapi/verbs/terminated', display: { 'en-US': 'terminated' } },
      object: { objectType: 'Activity', id: params.activityId },
      result: { duration: isoDuration((Date.now() - started.getTime()) / 1000) },
      context: {
        ...template,
        registration: params.registration,
        contextActivities: {
          ...activities,
          category: [...category, { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }],
        },
      },
      timestamp: new Date().toISOString(),
    };
    const endpoint = params.endpoint.endsWith('/') ? params.endpoint : `${params.endpoint}/`;
    void fetch(new URL('statements', endpoint), {
      method: 'POST',
      keepalive: true,
      headers: {
        Authorization: `Basic ${cmi5.getAuthToken()}`,
        'Content-Type': 'application/json',
        'X-Experience-API-Version': '1.0.3',
      },
      body: JSON.stringify(statement),
    }).catch(() => undefined);
  };
  let listening = false;
  return {
    kind: 'cmi5',
    suspendData,
    save(value) {
      if (done) return;
      let state: unknown = value;
      try {
        state = JSON.parse(value);
      } catch {
        // kept as text
      }
      send(() => xapi.setState({ ...where, stateId: CMI5_PROGRESS_STATE, state }));
    },
    report(scenario, view) {
      if (!listening) {
        listening = true;
        win.addEventListener('pagehide', onLeave);
      }
      if (done) return;
      const report = lmsReport(scenario, view, passMark, describe);
      for (const i of tries(report))
        send(() =>
          cmi5.sendXapiStatement(
            answeredStatement(launch, i, crypto.randomUUID(), new Date()) as never,
          ),
        );
      if (!report.finished) return;
      // cmi5 §10: completed and passed/failed once per registration, in Normal mode only.
      if (normal && !judged) {
        judged = true;
        send(() => cmi5.complete());
        send(() => (report.passed ? cmi5.pass(report.scaled) : cmi5.fail(report.scaled)));
        send(() =>
          xapi.setState({
            ...where,
            stateId: CMI5_RESULT_STATE,
            state: { passed: report.passed, scaled: report.scaled },
          }),
        );
      }
      // The end of the scenario ends the session (a new attempt is a new launch).
      send(() => cmi5.terminate());
      done = true;
    },
  };
}

/** Initialize the platform's runtime and read what it kept; throws in French when refused. */
export async function connectLms(
  detected: DetectedLms,
  win: Window,
  describe: DescribeAction,
): Promise<LmsConnection> {
  switch (detected.kind) {
    case 'scorm12':
      return connectScorm(scorm12(detected.api), win, describe);
    case 'scorm2004':
      return connectScorm(scorm2004(detected.api), win, describe);
    case 'cmi5':
      return connectCmi5(detected.params, win, describe);
  }
}
