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
  /**
   * The documents of Mon espace santé the patient may choose from (masking, deletion): the DMP's
   * last list (« Afficher mes documents »), plus the documents the patient added since, minus those
   * the patient deleted since; null while the DMP gave no list (or refused the last one).
   */
  readonly spaceDocuments: readonly DocumentSummary[] | null;
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
  spaceDocuments: null,
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

/** The documents of Mon espace santé after the patient's action, as the DMP answered it. */
function spaceDocumentsAfter(
  documents: readonly DocumentSummary[] | null,
  { action, answer }: Answered,
  documentIdOf: (ref: string) => string,
): readonly DocumentSummary[] | null {
  const allowed = answer.verdict.allowed;
  switch (action.action) {
    case 'patient.viewDocuments':
      return allowed ? (answer.summaries ?? []) : null;
    case 'patient.addDocument': {
      const added = answer.document;
      if (!allowed || added === undefined || documents === null) return documents;
      return documents.some((d) => d.id === added.id) ? documents : [...documents, added];
    }
    case 'patient.deleteDocument': {
      const id = documentIdOf(action.document);
      return allowed && documents !== null ? documents.filter((d) => d.id !== id) : documents;
    }
    default:
      return documents;
  }
}

/**
 * The screens after one more action of the role and its answer; `defaultPatient` is the patient of
 * an action that names none, `documentIdOf` gives the id of a document an action names (an `as:`
 * name of the path, else the id itself).
 */
export function nextScreen(
  screen: RoleScreen,
  { action, answer }: Answered,
  defaultPatient: string,
  documentIdOf: (ref: string) => string = (ref) => ref,
): RoleScreen {
  const allowed = answer.verdict.allowed;
  const panels = { ...screen.panels, [panelOf(action.action)]: { action, answer } };
  const spaceDocuments = spaceDocumentsAfter(
    screen.spaceDocuments,
    { action, answer },
    documentIdOf,
  );
  const next: RoleScreen = { ...screen, panels, spaceDocuments, last: { action, answer } };
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

/** An option of a list on the screens. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

const choiceOf = (doc: DocumentSummary): Choice => ({
  value: doc.id,
  label: doc.title === '' ? doc.id : `${doc.title} (${doc.id})`,
});

/**
 * The documents offered by « Masquer ou supprimer un document » in Mon espace santé: those the DMP
 * lets the patient see (`spaceDocuments`), never a document it hides from them. `scripted` is the
 * document of the step's reference action, offered too in Découverte (where the forms show the
 * expected values), described by the documents known to the session. Null while the screen has
 * no list (the patient must display their documents first).
 */
export function maskingChoices(
  screen: RoleScreen | undefined,
  known: ReadonlyMap<string, DocumentSummary>,
  scripted?: string,
): readonly Choice[] | null {
  const listed = screen?.spaceDocuments ?? null;
  if (scripted === undefined || listed?.some((d) => d.id === scripted) === true)
    return listed?.map(choiceOf) ?? null;
  const described = known.get(scripted);
  const extra =
    described === undefined ? { value: scripted, label: scripted } : choiceOf(described);
  return [...(listed ?? []).map(choiceOf), extra];
}
