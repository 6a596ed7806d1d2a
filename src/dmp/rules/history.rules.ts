/**
 * History rule: each consultation by a professional appears in the patient's activity history,
 * naming the professional. Sources: FAQ-PAT-02; dmp-facts.md §4, §6 (CSP R.1111-43, L.1111-19).
 */
import { CONSULTATION_ACTIONS, type HistoryEntry } from '../model/history';
import { defineRule } from './rule';

/** FAQ-PAT-02: this trace is a consultation by a professional named in the patient's history. */
export const isNominativeConsultationTrace = defineRule({
  id: 'isNominativeConsultationTrace',
  faq: 'FAQ-PAT-02',
  rules: ['R43'],
  summary:
    "La trace est une consultation par un professionnel, nommé dans l'historique d'activité du patient.",
  sources: ['dmp-facts.md §4 (CSP R.1111-43)'],
  test: (entry: HistoryEntry) =>
    CONSULTATION_ACTIONS.includes(entry.action) &&
    entry.actor.kind === 'professional' &&
    entry.actor.name.trim().length > 0,
});
