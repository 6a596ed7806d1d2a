/**
 * Activity history: every action on a DMP is traced with date, actor and mode, and the patient
 * sees professionals by name (R43, FAQ-PAT-02; CSP R.1111-43 in dmp-facts.md §4, §6).
 */
import type { Instant } from './clock';
import { frenchDate } from './french';
import {
  professionLabel,
  professionalName,
  type Gender,
  type Professional,
  type ProfessionCode,
} from './professional';

/** Access mode of a professional: normal, break-glass (emergency) or SAMU regulation. */
export type AccessMode = 'normal' | 'break-glass' | 'regulation-centre';

/** Who acted. */
export type HistoryActor =
  | {
      readonly kind: 'professional';
      readonly name: string;
      readonly rpps: string | null;
      readonly profession: ProfessionCode;
      /** For the feminine profession label (« infirmière »). */
      readonly gender?: Gender;
    }
  | { readonly kind: 'patient'; readonly name: string }
  | { readonly kind: 'representative'; readonly name: string };

/** Traced actions. */
export type HistoryAction =
  | 'dmp-consultation'
  | 'document-consultation'
  | 'document-deposit'
  | 'document-deletion'
  | 'document-archiving'
  | 'document-unarchiving'
  | 'document-masking'
  | 'document-unmasking'
  | 'document-visibility-change'
  | 'consent-recorded'
  | 'opposition-recorded'
  | 'settings-change';

/** One trace of the activity history. */
export interface HistoryEntry {
  readonly id: string;
  readonly patientId: string;
  readonly at: Instant;
  readonly actor: HistoryActor;
  readonly action: HistoryAction;
  readonly mode: AccessMode;
  readonly documentId?: string;
  /** Break-glass motive, when any. */
  readonly motive?: string;
}

/** Actions that count as consulting the DMP (R43). */
export const CONSULTATION_ACTIONS: readonly HistoryAction[] = [
  'dmp-consultation',
  'document-consultation',
];

/** The history actor for a professional. */
export function professionalActor(p: Professional): HistoryActor {
  return {
    kind: 'professional',
    name: professionalName(p),
    rpps: p.rpps,
    profession: p.profession,
    ...(p.gender === undefined ? {} : { gender: p.gender }),
  };
}

const ACTION_LABELS: Record<HistoryAction, string> = {
  'dmp-consultation': 'a consulté votre dossier',
  'document-consultation': 'a ouvert un document',
  'document-deposit': 'a ajouté un document',
  'document-deletion': 'a supprimé un document',
  'document-archiving': 'a archivé un document',
  'document-unarchiving': 'a désarchivé un document',
  'document-masking': 'a masqué un document aux professionnels',
  'document-unmasking': 'a rendu un document visible aux professionnels',
  'document-visibility-change': "a modifié la visibilité d'un document",
  'consent-recorded': 'a enregistré votre consentement',
  'opposition-recorded': 'a enregistré votre opposition',
  'settings-change': 'a modifié vos paramètres',
};

const MODE_LABELS: Record<AccessMode, string> = {
  normal: '',
  'break-glass': ' en mode bris de glace (urgence)',
  'regulation-centre': ' depuis le centre de régulation (SAMU – Centre 15)',
};

/** The French line the patient reads in Mon espace santé, naming the actor (R43). */
export function describeHistoryEntry(entry: HistoryEntry): string {
  const date = frenchDate(entry.at);
  const what = `${ACTION_LABELS[entry.action]}${MODE_LABELS[entry.mode]}`;
  if (entry.actor.kind === 'patient') return `${date} — Vous ${what.replace(/^a /, 'avez ')}.`;
  const who =
    entry.actor.kind === 'professional'
      ? `${entry.actor.name} (${professionLabel(entry.actor.profession, entry.actor.gender).toLowerCase()})`
      : `${entry.actor.name} (représentant légal)`;
  return `${date} — ${who} ${what}.`;
}
