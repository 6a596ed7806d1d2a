/**
 * Comparing the DMP's answer with the step's `expect:` block. Each difference is a mismatch with
 * the path of the `expect` field it contradicts (for the diagnostic position) and a French message;
 * `result` and `code` are the outcome itself (SCN024), the rest are its effects (SCN025).
 */
import type { DmpAnswer, PatientObservation, Verdict } from '../ports/index';
import type { DataPath } from '../diagnostics/index';
import type { Expectation } from '../format/index';

/** One difference between what the step expects and what the DMP did. */
export interface Mismatch {
  readonly kind: 'result' | 'effect';
  /** Path inside the step, e.g. `['expect', 'code']`. */
  readonly path: DataPath;
  readonly message: string;
}

/** What the comparison needs besides the answer. */
interface CompareContext {
  readonly before: PatientObservation | null;
  readonly after: PatientObservation | null;
  /** The document id behind a reference (alias or world document). */
  readonly documentId: (ref: string) => string | undefined;
}

/**
 * « autorisé » or « refusé (CODE) »: the words of `expect` (result: allowed, or result: refused
 * with its code), so that what `run` prints can be copied into a scenario as is.
 */
export function describeVerdict(v: Pick<Verdict, 'allowed' | 'code'>): string {
  return v.allowed ? 'autorisé' : `refusé (${v.code})`;
}

function describeExpected(e: Expectation): string {
  return e.result === 'allowed'
    ? 'autorisé'
    : `refusé${e.code === undefined ? '' : ` (${e.code})`}`;
}

const yesNo = (b: boolean, yes: string, no: string) => (b ? yes : no);

function documentMismatches(
  e: NonNullable<Expectation['documents']>,
  answer: DmpAnswer,
  ctx: CompareContext,
): Mismatch[] {
  const shown = answer.documents;
  if (shown === undefined)
    return [
      {
        kind: 'effect',
        path: ['expect', 'documents'],
        message: 'aucune liste de documents affichée par cette action',
      },
    ];
  const check = (list: readonly string[] | undefined, key: 'includes' | 'excludes') =>
    (list ?? []).flatMap((ref, i): Mismatch[] => {
      const visible = shown.includes(ctx.documentId(ref) ?? ref);
      const wanted = key === 'includes';
      return visible === wanted
        ? []
        : [
            {
              kind: 'effect',
              path: ['expect', 'documents', key, i],
              message: `document « ${ref} » ${wanted ? 'attendu dans la liste affichée, mais absent' : "affiché, alors qu'il devait être caché"}`,
            },
          ];
    });
  return [...check(e.includes, 'includes'), ...check(e.excludes, 'excludes')];
}

/** Every difference between the expectation and the answer. */
export function compareAnswer(e: Expectation, answer: DmpAnswer, ctx: CompareContext): Mismatch[] {
  const v = answer.verdict;
  const resultOk = (e.result === 'allowed') === v.allowed;
  if (!resultOk || (e.code !== undefined && e.code !== v.code)) {
    const path = resultOk ? ['expect', 'code'] : ['expect', 'result'];
    return [
      {
        kind: 'result',
        path,
        message: `attend ${describeExpected(e)}, mais le DMP répond ${describeVerdict(v)} : « ${v.explanation} »`,
      },
    ];
  }
  const out: Mismatch[] = [];
  const grew = (k: 'historyCount' | 'notificationCount') =>
    ctx.before !== null && ctx.after !== null && ctx.after[k] > ctx.before[k];
  if (e.traced !== undefined && grew('historyCount') !== e.traced) {
    out.push({
      kind: 'effect',
      path: ['expect', 'traced'],
      message: `attend une action ${yesNo(e.traced, 'tracée', 'non tracée')} dans l'historique, mais elle ${yesNo(e.traced, "n'y est pas", 'y est')}`,
    });
  }
  if (e.notified !== undefined && grew('notificationCount') !== e.notified) {
    out.push({
      kind: 'effect',
      path: ['expect', 'notified'],
      message: `attend ${yesNo(e.notified, 'une', 'aucune')} notification au patient, mais il ${yesNo(e.notified, "n'en reçoit pas", 'en reçoit une')}`,
    });
  }
  if (e.found !== undefined && answer.patientId !== e.found) {
    out.push({
      kind: 'effect',
      path: ['expect', 'found'],
      message: `attend le patient « ${e.found} », mais la recherche trouve ${answer.patientId === undefined ? 'aucun patient' : `« ${answer.patientId} »`}`,
    });
  }
  if (e.documents !== undefined) out.push(...documentMismatches(e.documents, answer, ctx));
  (e.historyMentions ?? []).forEach((text, i) => {
    const lines = answer.lines ?? [];
    if (!lines.some((l) => l.toLowerCase().includes(text.toLowerCase()))) {
      out.push({
        kind: 'effect',
        path: ['expect', 'historyMentions', i],
        message: `attend « ${text} » dans l'historique, absent (${lines.length} ligne(s) affichée(s))`,
      });
    }
  });
  if (e.vaccinationBook !== undefined) {
    const inBook =
      answer.documentId !== undefined &&
      (ctx.after?.vaccinationBook ?? []).includes(answer.documentId);
    if (inBook !== e.vaccinationBook) {
      out.push({
        kind: 'effect',
        path: ['expect', 'vaccinationBook'],
        message: `attend le document ${yesNo(e.vaccinationBook, 'dans', 'hors du')} carnet de vaccination, mais il ${yesNo(inBook, 'y est', "n'y est pas")}`,
      });
    }
  }
  (e.rules ?? []).forEach((rule, i) => {
    if (!(v.rules as readonly string[]).includes(rule)) {
      out.push({
        kind: 'effect',
        path: ['expect', 'rules', i],
        message: `attend la règle ${rule} dans la décision, qui cite : ${v.rules.join(', ') || 'aucune règle'}`,
      });
    }
  });
  return out;
}

/** Whether the comparison needs observations of the patient before and after the action. */
export function needsObservation(e: Expectation): boolean {
  return e.traced !== undefined || e.notified !== undefined || e.vaccinationBook !== undefined;
}
