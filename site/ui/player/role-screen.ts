/**
 * What one role's screens show, rebuilt by a pure reducer fed in order with each action the role
 * made and the DMP's answer: the latest action always wins, whatever its kind (a traits search after
 * an INS search, a normal opening after a break-glass). Documents come as the DMP listed them
 * (summaries already in its display order, R30), never re-sorted here.
 */
import type { StepAction } from '../../../src/scenario/actions/index';
import type { DocumentSummary } from '../../../src/scenario/wire/index';
import type { DmpAnswer } from '../../../src/scenario/ports/index';
import type { ActionName } from '../../../src/scenario/actions/index';

/** One action of the role and the DMP's answer to it. */
export interface Answered {
  readonly action: StepAction;
  readonly answer: DmpAnswer;
}

/** Actions that share one place on the screens: the latest of them is shown there. */
const SHARED_PANELS = {
  'ps.searchByIns': 'search',
  'ps.searchByTraits': 'search',
  'ps.openDmp': 'opening',
  'ps.breakGlass': 'opening',
  'patient.block': 'blocking',
  'patient.unblock': 'blocking',
  'patient.blockAll': 'blocking',
} as const satisfies Partial<Record<ActionName, string>>;

/** A place of the screens that shows an answer: a shared one, or an action's own form. */
export type Panel =
  | (typeof SHARED_PANELS)[keyof typeof SHARED_PANELS]
  | Exclude<ActionName, keyof typeof SHARED_PANELS>;

/** How the DMP was last opened with success. */
type AccessMode = 'normal' | 'regulation-centre' | 'break-glass';

/** The state of one role's screens. */
export interface RoleScreen {
  /** Whether the last card login was accepted. */
  readonly loggedIn: boolean;
  /** The patient the last search found (null before a search, or when the last one found no one). */
  readonly patientId: string | null;
  /** The access the DMP last granted (null while it granted none). */
  readonly access: AccessMode | null;
  /** The documents of the last opening, as the DMP listed them (empty when it was refused). */
  readonly listing: readonly DocumentSummary[];
  /** Patients whose identity the DMP accepted to qualify for this role, in order. */
  readonly qualified: readonly string[];
  /** The latest answer shown in each place of the screens. */
  readonly panels: Readonly<Partial<Record<Panel, Answered>>>;
  /** The latest answer the role received, whatever its action. */
  readonly last: Answered | null;
}

/** A role's screens before any action. */
export const EMPTY_SCREEN: RoleScreen = {
  loggedIn: false,
  patientId: null,
  access: null,
  listing: [],
  qualified: [],
  panels: {},
  last: null,
};

/** The place of the screens where an action's answer is shown. */
export const panelOf = (action: ActionName): Panel =>
  (SHARED_PANELS as Partial<Record<ActionName, Panel>>)[action] ?? (action as Panel);

function accessOf(action: StepAction): AccessMode | null {
  if (action.action === 'ps.breakGlass') return 'break-glass';
  if (action.action === 'ps.openDmp') return action.mode ?? 'normal';
  return null;
}

/**
 * The screens after one more action of the role and its answer; `defaultPatient` is the patient of
 * an action that names none.
 */
export function nextScreen(
  screen: RoleScreen,
  { action, answer }: Answered,
  defaultPatient: string,
): RoleScreen {
  const allowed = answer.verdict.allowed;
  const panels = { ...screen.panels, [panelOf(action.action)]: { action, answer } };
  const next: RoleScreen = { ...screen, panels, last: { action, answer } };
  switch (action.action) {
    case 'ps.login':
      return { ...next, loggedIn: allowed };
    case 'ps.searchByIns':
    case 'ps.searchByTraits':
      return { ...next, patientId: answer.patientId ?? null };
    case 'ps.openDmp':
    case 'ps.breakGlass':
      return {
        ...next,
        access: allowed ? accessOf(action) : screen.access,
        listing: allowed ? (answer.summaries ?? []) : [],
      };
    case 'ps.qualifyIdentity': {
      const patient = action.patient ?? defaultPatient;
      return allowed && !screen.qualified.includes(patient)
        ? { ...next, qualified: [...screen.qualified, patient] }
        : next;
    }
    default:
      return next;
  }
}

/** A role's screens rebuilt from its actions and answers, in order. */
export const screenOf = (answered: readonly Answered[], defaultPatient: string): RoleScreen =>
  answered.reduce((s, a) => nextScreen(s, a, defaultPatient), EMPTY_SCREEN);

/** A document opened, as the document view shows it: what the DMP listed, and its text. */
export interface OpenedDocument {
  readonly document: DocumentSummary;
  readonly content: string;
}

/**
 * The document the role last opened with success, described by the DMP's last listing, else by the
 * documents known to the session (one opened by its reference); undefined when refused or unknown.
 */
export function openedDocument(
  screen: RoleScreen | undefined,
  known: ReadonlyMap<string, DocumentSummary>,
): OpenedDocument | undefined {
  const opened = screen?.panels['ps.openDocument'];
  if (opened === undefined || opened.action.action !== 'ps.openDocument') return undefined;
  if (!opened.answer.verdict.allowed) return undefined;
  const id = opened.action.document;
  const document = screen?.listing.find((d) => d.id === id) ?? known.get(id);
  return document === undefined ? undefined : { document, content: opened.answer.content ?? '' };
}
