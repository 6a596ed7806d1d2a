/**
 * What the player tells a training platform (LMS), computed from the session's view: completion,
 * success against the pass mark, scaled score, the saved progress (suspend data) and one
 * interaction per try of a step. Pure: the SCORM and cmi5 runtimes (lms-runtime.ts) only write what
 * this module computes, in their own data model (docs/decisions/033-lms-export.md).
 */
import type { Scenario } from '../../../src/scenario/format/index';
import { matchStep } from '../../../src/scenario/format/kinds';
import type { LogEntry, SessionView } from '../player/session';
import type { StepAction } from '../../../src/scenario/actions/index';
import {
  DEFAULT_PASS_MARK,
  XAPI_EXTENSION_FAQ,
  XAPI_EXTENSION_RULES,
  XAPI_EXTENSION_STEP,
} from '../../../src/lms/ids';

export { DEFAULT_PASS_MARK };

/** One try of a step, as the platform records it. */
export interface LmsInteraction {
  /** Rank among the reported tries (0 for the first). */
  readonly index: number;
  /** The step's id in the scenario file. */
  readonly stepId: string;
  /** 1 for the first try of the step, 2 for the second… */
  readonly attempt: number;
  readonly kind: 'action' | 'question';
  /** The step, in French (its title, else its question or situation), with the try's rank. */
  readonly description: string;
  /** What the learner did, in French (the action and its details, or the answer chosen). */
  readonly response: string;
  /** For questions: the chosen option's rank in the file (`option-2`), and the correct ones. */
  readonly choice: string | null;
  readonly correctChoices: readonly string[];
  readonly passed: boolean;
  /** Whether the step counts in the score (a « constat » does not). */
  readonly scored: boolean;
  /** FAQ ids (`FAQ-CON-07`) and rule ids (`R38`) cited by the step's feedback and the DMP's decision. */
  readonly faq: readonly string[];
  readonly rules: readonly string[];
}

/** What the platform is told after each action. */
export interface LmsReport {
  readonly finished: boolean;
  readonly points: number;
  readonly played: number;
  /** points / played, between 0 and 1 (1 when no scored step was played). */
  readonly scaled: number;
  /** Success against the pass mark, known once the scenario is finished. */
  readonly passed: boolean | null;
  readonly interactions: readonly LmsInteraction[];
}

const unique = (xs: readonly string[]) => [...new Set(xs)];

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** The step's French label: title, question or situation. */
function stepLabel(scenario: Scenario, stepId: string): string {
  const step = scenario.steps.find((s) => s.id === stepId);
  if (step === undefined) return stepId;
  const label =
    step.title ??
    matchStep(step, { action: (a) => a.situation ?? a.id, question: (q) => q.question });
  return clip(label.replace(/\s+/g, ' ').trim(), 180);
}

/**
 * What the learner did, in French: the player's own sentence (`attemptSummary` of screens.ts),
 * passed in so that the runtime chunk does not pull the screens' code in a second chunk.
 */
export type DescribeAction = (action: StepAction) => string;

function interactionOf(
  scenario: Scenario,
  entry: LogEntry,
  index: number,
  describe: DescribeAction,
): LmsInteraction {
  const step = scenario.steps.find((s) => s.id === entry.stepId);
  const options =
    step === undefined ? [] : matchStep(step, { action: () => [], question: (q) => q.options });
  const chosen = entry.option === null ? -1 : options.findIndex((o) => o.text === entry.option);
  const why = entry.feedback.why;
  return {
    index,
    stepId: entry.stepId,
    attempt: entry.attempt,
    kind: entry.kind,
    description: `${stepLabel(scenario, entry.stepId)} (essai ${entry.attempt})`,
    response:
      entry.kind === 'action' && entry.action !== null
        ? describe(entry.action)
        : (entry.option ?? ''),
    choice: chosen < 0 ? null : `option-${chosen + 1}`,
    correctChoices: options.flatMap((o, i) => (o.correct ? [`option-${i + 1}`] : [])),
    passed: entry.feedback.passed,
    scored: entry.scored,
    faq: unique([...entry.feedback.faq.map((f) => f.id), ...(why?.faq.map((f) => f.id) ?? [])]),
    rules: unique([
      ...entry.feedback.rules.map((r) => r.id),
      ...(why?.rules.map((r) => r.id) ?? []),
    ]),
  };
}

/**
 * The report of a view. The tries the simulator played itself (Évaluation, after a miss) are not
 * the learner's: they are left out.
 */
export function lmsReport(
  scenario: Scenario,
  view: Pick<SessionView, 'log' | 'score' | 'step'>,
  passMark: number = DEFAULT_PASS_MARK,
  describe: DescribeAction = (action) => action.action,
): LmsReport {
  const finished = view.step === null;
  const { points, played } = view.score;
  const scaled = played === 0 ? 1 : points / played;
  return {
    finished,
    points,
    played,
    scaled,
    passed: finished ? scaled >= passMark - 1e-9 : null,
    interactions: view.log
      .filter((e) => !e.auto)
      .map((entry, index) => interactionOf(scenario, entry, index, describe)),
  };
}

/** A duration in seconds as SCORM 1.2 writes it (`HHHH:MM:SS.SS`). */
export function scorm12Time(seconds: number): string {
  const s = Math.max(0, seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s - h * 3600 - m * 60;
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${rest.toFixed(2).padStart(5, '0')}`;
}

/** A duration in seconds as ISO 8601 (SCORM 2004 and xAPI: `PT1H2M3.5S`). */
export function isoDuration(seconds: number): string {
  const s = Math.max(0, seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = Math.round((s - h * 3600 - m * 60) * 100) / 100;
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}${rest}S`;
}

/** A SCORM identifier: letters, digits, `-`, `_`, `.` and `:` only. */
const scormId = (text: string) => text.replace(/[^A-Za-z0-9_.:-]/g, '_');

/** One data-model element to write, in order. */
export type CmiWrite = readonly [element: string, value: string];

/** SCORM 1.2: the elements of one interaction at rank `n` (`cmi.interactions.n.*`). */
export function scorm12Interaction(i: LmsInteraction, n: number, at: Date): CmiWrite[] {
  const p = `cmi.interactions.${n}`;
  const writes: CmiWrite[] = [[`${p}.id`, scormId(i.stepId)]];
  [...i.faq, ...i.rules].forEach((id, k) => writes.push([`${p}.objectives.${k}.id`, scormId(id)]));
  writes.push([`${p}.time`, at.toTimeString().slice(0, 8)]);
  if (i.kind === 'question') {
    writes.push([`${p}.type`, 'choice']);
    i.correctChoices
      .slice(0, 1)
      .forEach((c, k) => writes.push([`${p}.correct_responses.${k}.pattern`, choiceLetter(c)]));
    writes.push([`${p}.student_response`, i.choice === null ? '' : choiceLetter(i.choice)]);
  } else {
    writes.push([`${p}.type`, 'performance']);
    writes.push([`${p}.student_response`, clip(i.response, 255)]);
  }
  writes.push([`${p}.weighting`, i.scored ? '1' : '0']);
  writes.push([`${p}.result`, i.scored ? (i.passed ? 'correct' : 'wrong') : 'neutral']);
  return writes;
}

/** SCORM 1.2 choices are single characters: option-1 → a, option-2 → b… */
function choiceLetter(choice: string): string {
  const n = Number(choice.replace('option-', ''));
  return Number.isInteger(n) && n >= 1 && n <= 26 ? String.fromCharCode(96 + n) : '';
}

/** SCORM 2004: the elements of one interaction at rank `n`. */
export function scorm2004Interaction(i: LmsInteraction, n: number, at: Date): CmiWrite[] {
  const p = `cmi.interactions.${n}`;
  const writes: CmiWrite[] = [
    [`${p}.id`, `urn:dmp-simulateur:etape:${scormId(i.stepId)}`],
    [`${p}.type`, i.kind === 'question' ? 'choice' : 'other'],
  ];
  [...i.faq, ...i.rules].forEach((id, k) =>
    writes.push([
      `${p}.objectives.${k}.id`,
      `urn:dmp-simulateur:${i.rules.includes(id) ? 'regle' : 'faq'}:${scormId(id)}`,
    ]),
  );
  writes.push([`${p}.timestamp`, at.toISOString().slice(0, 19)]);
  if (i.kind === 'question') {
    i.correctChoices.forEach((c, k) => writes.push([`${p}.correct_responses.${k}.pattern`, c]));
    writes.push([`${p}.learner_response`, i.choice ?? '']);
  } else writes.push([`${p}.learner_response`, clip(i.response, 4000)]);
  writes.push([`${p}.weighting`, i.scored ? '1' : '0']);
  writes.push([`${p}.result`, i.scored ? (i.passed ? 'correct' : 'incorrect') : 'neutral']);
  writes.push([`${p}.description`, clip(i.description, 250)]);
  return writes;
}

/** SCORM 1.2: status, score (0–100) after a report. Status is never taken back once finished. */
export function scorm12Status(report: LmsReport): CmiWrite[] {
  const status = !report.finished ? 'incomplete' : report.passed ? 'passed' : 'failed';
  return [
    ['cmi.core.lesson_status', status],
    ['cmi.core.score.min', '0'],
    ['cmi.core.score.max', '100'],
    ['cmi.core.score.raw', String(Math.round(report.scaled * 100))],
  ];
}

/** SCORM 2004: completion, success and scores after a report. */
export function scorm2004Status(report: LmsReport): CmiWrite[] {
  return [
    ['cmi.completion_status', report.finished ? 'completed' : 'incomplete'],
    [
      'cmi.success_status',
      report.passed === null ? 'unknown' : report.passed ? 'passed' : 'failed',
    ],
    ['cmi.score.min', '0'],
    ['cmi.score.max', String(report.played)],
    ['cmi.score.raw', String(report.points)],
    ['cmi.score.scaled', report.scaled.toFixed(4).replace(/\.?0+$/, '') || '0'],
    ['cmi.progress_measure', report.finished ? '1' : '0.5'],
  ];
}

/** The actor, registration, activity and context of an AU session, from the launch. */
interface Cmi5Launch {
  readonly actor: Record<string, unknown>;
  readonly registration: string;
  readonly activityId: string;
  readonly contextTemplate: Record<string, unknown>;
}

/**
 * The cmi5 « allowed » statement of one try: verb `answered`, object a sub-activity of the AU
 * (an `interaction` activity), the result, and the FAQ and rule ids in context extensions. It
 * carries the context template of the launch but not the cmi5 category (cmi5 §9.6.2.1: allowed
 * statements must not).
 */
export function answeredStatement(
  launch: Cmi5Launch,
  i: LmsInteraction,
  id: string,
  at: Date,
): Record<string, unknown> {
  const template = launch.contextTemplate;
  const question = i.kind === 'question';
  return {
    id,
    actor: launch.actor,
    verb: {
      id: 'http://adlnet.gov/expapi/verbs/answered',
      display: { 'fr-FR': 'a répondu', 'en-US': 'answered' },
    },
    object: {
      objectType: 'Activity',
      id: `${launch.activityId}/etape/${encodeURIComponent(i.stepId)}`,
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        name: { 'fr-FR': i.description },
        description: { 'fr-FR': i.description },
        interactionType: question ? 'choice' : 'other',
        ...(question
          ? {
              correctResponsesPattern: [i.correctChoices.join('[,]')],
            }
          : {}),
      },
    },
    result: {
      response: question ? (i.choice ?? '') : i.response,
      ...(i.scored ? { success: i.passed } : {}),
    },
    context: {
      ...template,
      registration: launch.registration,
      extensions: {
        ...((template['extensions'] as Record<string, unknown> | undefined) ?? {}),
        [XAPI_EXTENSION_STEP]: { id: i.stepId, essai: i.attempt, compte: i.scored },
        [XAPI_EXTENSION_FAQ]: i.faq,
        [XAPI_EXTENSION_RULES]: i.rules,
      },
    },
    timestamp: at.toISOString(),
  };
}
