/**
 * Pure helpers of the simulated screens: the parameters a step's script gives an action (prefill),
 * documents grouped by category in the DMP's order, names as the screens show them, and the
 * sentence the live region reads after each DMP answer.
 */
import {
  BLOCKING_CHANGES,
  DISPLAY_CATEGORIES,
  isInsQualified,
  DOCUMENT_TYPES,
  frenchDate,
  professionalName,
  professionLabelOf,
  type ConsentForm,
  type ConsentGiver,
  type DisplayCategory,
  type Patient,
  type Professional,
} from '../../../src/dmp/index';
import {
  ACTIONS,
  type ActionName,
  type ActionOf,
  type StepAction,
} from '../../../src/scenario/actions/index';
import { verdictTitle } from '../../../src/scenario/engine/index';
import type { DocumentSummary } from '../../../src/scenario/wire/index';
import type { Step } from '../../../src/scenario/format/index';
import type { DmpAnswer } from '../../../src/scenario/ports/index';
import type { RoleScreen } from './role-screen';
import type { LogEntry } from './session';
import { matchStep } from '../../../src/scenario/format/kinds';

/** Parameters of a step's reference action that no screen asks the learner about. */
const HIDDEN_PARAMETERS = ['patient', 'episode', 'as', 'team'] as const;

/**
 * What the current step's script gives an action's form. In Découverte (`prefill`), the whole `do:`
 * when the step expects that action: the situation's facts and the expected values. Otherwise only
 * the hidden parameters (patient, care episode, alias, team), never a value the learner must choose
 * (PEDAGOGY.md: no form holds the expected value).
 */
export function scripted<N extends ActionName>(
  step: Step | null,
  action: N,
  prefill = true,
): Partial<ActionOf<N>> {
  const done =
    step === null ? null : matchStep(step, { action: (s) => s.do, question: () => null });
  if (done === null || done.action !== action) return {};
  const reference = done as ActionOf<N>;
  if (prefill) return reference;
  const hidden = Object.entries(reference).filter(([k]) =>
    (HIDDEN_PARAMETERS as readonly string[]).includes(k),
  );
  return Object.fromEntries(hidden) as Partial<ActionOf<N>>;
}

/** A category of documents, as the DMP lists them. */
interface DocumentGroup {
  readonly category: DisplayCategory;
  readonly label: string;
  readonly documents: readonly DocumentSummary[];
}

const typeInfo = (code: string) =>
  (DOCUMENT_TYPES as Readonly<Record<string, { label: string; category: DisplayCategory }>>)[code];

/** French label of a document type code. */
export const typeLabel = (code: string) => typeInfo(code)?.label ?? code;

/**
 * Documents as the DMP listed them (already in its display order, R30), under the heading of their
 * display category; the order within a category is the DMP's.
 */
export function documentsByCategory(docs: readonly DocumentSummary[]): DocumentGroup[] {
  return (Object.keys(DISPLAY_CATEGORIES) as DisplayCategory[])
    .map((category) => ({
      category,
      label: DISPLAY_CATEGORIES[category],
      documents: docs.filter((d) => typeInfo(d.typeCode)?.category === category),
    }))
    .filter((g) => g.documents.length > 0);
}

/** A document's author as the lists name them. */
export const authorName = (d: DocumentSummary): string => d.author ?? 'le patient';

const DATE_TIME = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'full',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

/** The simulated instant as the screens show it: « mercredi 1 octobre 2025 à 11:00 » (heure de Paris). */
export function frenchDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DATE_TIME.format(date);
}

const yes = (b: boolean | undefined, what: string) => (b === true ? [what] : []);

/** What the learner did, in plain French, for the feedback (« Vous avez … »). */
export function attemptSummary(action: StepAction): string {
  const full = ACTIONS[action.action].label;
  const label = full.charAt(0).toLowerCase() + full.slice(1);
  const details: string[] = [];
  switch (action.action) {
    case 'ps.login':
      details.push(`carte ${action.card}`);
      break;
    case 'ps.openDmp':
      details.push(
        action.mode === 'regulation-centre' ? 'mode centre de régulation' : 'mode normal',
      );
      break;
    case 'ps.breakGlass':
      details.push(
        action.motive.trim() === '' ? 'sans motif' : `motif « ${action.motive.trim()} »`,
      );
      details.push(
        action.patientUnableToConsent
          ? "patient déclaré hors d'état de consentir"
          : "patient non déclaré hors d'état de consentir",
      );
      break;
    case 'ps.recordConsent':
      details.push(`forme ${CONSENT_FORM_LABELS[action.form].toLowerCase()}`);
      details.push(`donné par ${CONSENT_GIVER_LABELS[action.givenBy].toLowerCase()}`);
      if (action.scope === 'care-team') details.push("pour toute l'équipe de soins");
      break;
    case 'ps.deposit': {
      const flags = [
        ...yes(action.visibility?.maskedFromProfessionals, 'masqué aux autres professionnels'),
        ...yes(action.visibility?.invisibleToPatient, 'invisible au patient'),
        ...yes(
          action.visibility?.invisibleToLegalRepresentatives,
          'invisible aux représentants légaux',
        ),
      ];
      details.push(typeLabel(action.type));
      details.push(flags.length === 0 ? 'visible de tous' : flags.join(', '));
      break;
    }
    case 'clock.advance': {
      const days = action.days ?? 0;
      details.push(`${days} jour${days > 1 ? 's' : ''}`);
      break;
    }
    default:
      break;
  }
  return details.length === 0 ? label : `${label} (${details.join(' ; ')})`;
}

/** Who gives a consent, as the consent form offers it. */
export const CONSENT_GIVER_LABELS: Readonly<Record<ConsentGiver, string>> = {
  patient: 'Le patient lui-même',
  'legal-representative': 'Son représentant légal',
  protector: 'La personne chargée de la mesure de protection',
};

/** The form of a consent, as the consent form offers it. */
export const CONSENT_FORM_LABELS: Readonly<Record<ConsentForm, string>> = {
  oral: 'Oral',
  written: 'Écrit',
  'stay-contract-clause': 'Clause du contrat de séjour',
};

/** A date `YYYY-MM-DD` in French (« 12/04/1978 »), or « date du jour » when empty. */
export function frenchDay(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? frenchDate(iso) : 'date du jour';
}

/** A patient as the screens name them: « Claire MOREAU, née le 12/04/1978 ». */
export function patientName(p: Patient): string {
  const born = p.traits.sex === 'F' ? 'née' : 'né';
  return `${p.displayName}, ${born} le ${frenchDay(p.traits.birthDate)}`;
}

/**
 * The identity status as the patient banner shows it (RNIV statuses); whether the INS may be used
 * with the DMP is the core's rule (`isInsQualified`, R14).
 */
export function identityStatusLabel(patient: Pick<Patient, 'identityStatus'>): string {
  const status = IDENTITY_STATUS_WORDS[patient.identityStatus];
  return isInsQualified(patient) ? `identité ${status}` : `identité ${status}, non qualifiée`;
}

const IDENTITY_STATUS_WORDS: Record<Patient['identityStatus'], string> = {
  QUAL: 'qualifiée',
  VALI: 'validée',
  RECUP: 'récupérée',
  PROV: 'provisoire',
};

/**
 * The patient's identity as the professional's software holds it now (HS17): the status of the
 * scenario's world, until the DMP accepted an identity qualification (`ps.qualifyIdentity`) of that
 * patient, made on a role's screens or by another actor's event.
 */
export function identityNow(
  patient: Patient,
  screens: Readonly<Record<string, RoleScreen>>,
  happened: readonly { readonly action: StepAction; readonly answer: DmpAnswer | null }[],
  defaultPatient: string,
): Patient {
  const byEvent = happened.some(
    (h) =>
      h.action.action === 'ps.qualifyIdentity' &&
      h.answer?.verdict.allowed === true &&
      (h.action.patient ?? defaultPatient) === patient.id,
  );
  const onScreens = Object.values(screens).some((s) => s.qualified.includes(patient.id));
  return byEvent || onScreens ? { ...patient, identityStatus: 'QUAL' } : patient;
}

const ACCESS_LABELS = {
  normal: 'accès normal',
  'regulation-centre': 'accès en centre de régulation',
  'break-glass': 'accès en bris de glace',
} as const;

/** How the professional's DMP access stands: the last access the DMP granted, else not open yet. */
export const accessModeLabel = (screen: RoleScreen | undefined): string =>
  screen?.access == null ? 'DMP non ouvert' : ACCESS_LABELS[screen.access];

/**
 * Who the patient has blocked right now, as Mon espace santé lists it: the patient's settings at the
 * start, then every block, unblock and general block of the patient's role that the DMP accepted
 * in the session and that was not rewound, in order, applied with the core's own changes
 * (`BLOCKING_CHANGES`). Names come from the world (a number the world does not know stays a number).
 */
export function blockingInForce(
  patient: Patient,
  roleId: string,
  log: readonly LogEntry[],
  professionals: ReadonlyMap<string, Professional>,
): { readonly all: boolean; readonly names: readonly string[] } {
  let blocked = patient.blocked;
  const rppsOf = (id: string) => professionals.get(id)?.rpps ?? null;
  for (const entry of log) {
    const action = entry.action;
    if (action === null || entry.roleId !== roleId || entry.rewound) continue;
    if (entry.answer?.verdict.allowed !== true) continue;
    if (action.action === 'patient.blockAll')
      blocked = BLOCKING_CHANGES.blockAll(blocked, action.all);
    if (action.action === 'patient.block' || action.action === 'patient.unblock') {
      const number = rppsOf(action.professional);
      if (number === null) continue;
      blocked =
        action.action === 'patient.block'
          ? BLOCKING_CHANGES.block(blocked, number)
          : BLOCKING_CHANGES.unblock(blocked, number);
    }
  }
  const byRpps = new Map([...professionals.values()].map((p) => [p.rpps, p] as const));
  const names = blocked.rpps
    .map((n) => {
      const p = byRpps.get(n);
      return p === undefined ? `RPPS ${n}` : professionalLine(p);
    })
    .sort((a, b) => a.localeCompare(b, 'fr'));
  return { all: blocked.all, names };
}

/** A professional as the screens name them: « Karim BENALI — médecin (RPPS 19999000185) ». */
export function professionalLine(p: Professional): string {
  const rpps = p.rpps === null ? 'sans RPPS' : `RPPS ${p.rpps}`;
  return `${professionalName(p)} — ${professionLabelOf(p).toLowerCase()} (${rpps})`;
}

/**
 * What the live region reads after a step: the DMP's answer, then whether the step is passed —
 * unless the mode keeps the verdicts for the end (`judged` false), then only that it was recorded.
 */
export function announcement(entry: LogEntry, judged = true): string {
  const outcome = !judged
    ? 'Réponse enregistrée.'
    : entry.feedback.passed
      ? 'Étape réussie.'
      : 'Étape non réussie.';
  if (entry.kind === 'question')
    return judged
      ? `${entry.feedback.passed ? 'Bonne réponse.' : 'Réponse incorrecte.'} ${entry.feedback.text}`
      : outcome;
  if (entry.notSent !== null) return `Rien n'a été envoyé au DMP : ${entry.notSent} ${outcome}`;
  const why = entry.feedback.why;
  if (why === null) return outcome;
  const verdict = why.allowed ? 'accepté' : 'refusé';
  const undone = entry.rewound ? ' Le dossier est remis dans son état précédent.' : '';
  return `Réponse du DMP : ${verdict} — ${verdictTitle(why.code)}. ${outcome}${undone}`;
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
