/**
 * Pure helpers of the simulated screens: the parameters a step's script gives an action (prefill),
 * documents grouped by category and sorted by date, names as the screens show them, and the
 * sentence the live region reads after each DMP answer.
 */
import {
  DISPLAY_CATEGORIES,
  DOCUMENT_TYPES,
  professionLabel,
  type DisplayCategory,
  type Patient,
  type Professional,
} from '../../../src/dmp/index';
import type { ActionOf } from '../../../src/scenario/actions.schema';
import { codeTitle } from '../../../src/scenario/feedback';
import type { Step } from '../../../src/scenario/steps.schema';
import type { ActionName } from '../../../src/scenario/vocabulary';
import type { LogEntry, ScreenDocument } from './session';

/**
 * What the current step's script says for an action (its `do:` when the step expects that action),
 * used to prefill the form: the situation's facts (INS read, motive typed, title) and the hidden
 * parameters (care episode, alias) the learner is not asked about.
 */
export function scripted<N extends ActionName>(step: Step | null, action: N): Partial<ActionOf<N>> {
  return step !== null && 'do' in step && step.do.action === action ? (step.do as ActionOf<N>) : {};
}

/** A category of documents, as the DMP lists them. */
export interface DocumentGroup {
  readonly category: DisplayCategory;
  readonly label: string;
  readonly documents: readonly ScreenDocument[];
}

const typeInfo = (code: string) =>
  (DOCUMENT_TYPES as Readonly<Record<string, { label: string; category: DisplayCategory }>>)[code];

/** French label of a document type code. */
export const typeLabel = (code: string) => typeInfo(code)?.label ?? code;

/** Documents grouped by display category (in the DMP's order), most recent act first. */
export function documentsByCategory(
  ids: readonly string[],
  known: ReadonlyMap<string, ScreenDocument>,
): DocumentGroup[] {
  const docs = ids.flatMap((id) => {
    const doc = known.get(id);
    return doc === undefined ? [] : [doc];
  });
  return (Object.keys(DISPLAY_CATEGORIES) as DisplayCategory[])
    .map((category) => ({
      category,
      label: DISPLAY_CATEGORIES[category],
      documents: docs
        .filter((d) => typeInfo(d.typeCode)?.category === category)
        .sort(
          (a, b) => b.serviceDate.localeCompare(a.serviceDate) || a.title.localeCompare(b.title),
        ),
    }))
    .filter((g) => g.documents.length > 0);
}

/** A date `YYYY-MM-DD` in French (« 12/04/1978 »), or « date du jour » when empty. */
export function frenchDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m === null ? 'date du jour' : `${m[3]}/${m[2]}/${m[1]}`;
}

/** A patient as the screens name them: « Claire MOREAU, née le 12/04/1978 ». */
export function patientName(p: Patient): string {
  const born = p.traits.sex === 'F' ? 'née' : 'né';
  return `${p.displayName}, ${born} le ${frenchDay(p.traits.birthDate)}`;
}

/** A professional as the screens name them: « Karim BENALI — médecin (RPPS 19999000185) ». */
export function professionalName(p: Professional): string {
  const rpps = p.rpps === null ? 'sans RPPS' : `RPPS ${p.rpps}`;
  return `${p.givenName} ${p.familyName.toUpperCase()} — ${professionLabel(p.profession).toLowerCase()} (${rpps})`;
}

/** What the live region reads after a step: the DMP's answer, then whether the step is passed. */
export function announcement(entry: LogEntry): string {
  const outcome = entry.feedback.passed ? 'Étape réussie.' : 'Étape non réussie.';
  if (entry.kind === 'question')
    return `${entry.feedback.passed ? 'Bonne réponse.' : 'Réponse incorrecte.'} ${entry.feedback.text}`;
  if (entry.offScript) return `Ce n'est pas l'action attendue. ${outcome}`;
  const why = entry.feedback.why;
  if (why === null) return outcome;
  const verdict = why.allowed ? 'accepté' : 'refusé';
  return `Réponse du DMP : ${verdict} — ${codeTitle(why.code)}. ${outcome}`;
}

/**
 * A whole number typed in a field, checked against its bounds: the value, or a French message
 * (nothing is sent to the DMP while a field is wrong).
 */
export function wholeNumberIn(
  text: string,
  min: number,
  max: number,
  what: string,
): { readonly value: number } | { readonly error: string } {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isInteger(value) || value < min || value > max)
    return { error: `${what} : indiquez un nombre entier entre ${min} et ${max}.` };
  return { value };
}
