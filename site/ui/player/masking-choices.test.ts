/**
 * « Masquer ou supprimer un document » offers the documents the DMP lets the patient see: its last
 * « Afficher mes documents » list, plus the documents added since, minus those deleted since;
 * never a document it hides from the patient (a genetics result pending its announcement, a
 * replaced or archived version, a deleted one). In Découverte the step's document is offered too.
 */
import { describe, expect, it } from 'vitest';
import { createDmpStore, DEFAULT_SEED, SEED_DOCUMENT_IDS } from '../../../src/dmp/index';
import {
  performOnCore,
  type DmpRequest,
  type StepAction,
} from '../../../src/scenario/actions/index';
import { documentSummary, type DocumentSummary } from '../../../src/scenario/wire/index';
import type { DmpAnswer } from '../../../src/scenario/ports/index';
import { EMPTY_SCREEN, maskingChoices, nextScreen, screenOf, type Answered } from './role-screen';

const adult = 'pat-adult';
const own = SEED_DOCUMENT_IDS.adultPatientDeposited;
const worldDocuments = DEFAULT_SEED.documents.filter((d) => d.patientId === adult);
const known = new Map(worldDocuments.map((d) => [d.id, documentSummary(d)] as const));

/** Play a patient's action on a fresh core store of the default world, as the session does. */
function played(store: ReturnType<typeof createDmpStore>, action: StepAction): Answered {
  const request = {
    kind: action.action,
    patientId: adult,
    ...('document' in action ? { documentId: action.document } : {}),
  } as DmpRequest;
  return { action, answer: performOnCore(store, request) };
}

const view: StepAction = { action: 'patient.viewDocuments' };
const remove = (document: string): StepAction => ({ action: 'patient.deleteDocument', document });
const valuesOf = (choices: readonly { value: string }[] | null) =>
  choices?.map((c) => c.value) ?? null;

const added: DocumentSummary = {
  id: 'doc-added-in-session',
  patientId: adult,
  typeCode: 'DOCPAT01',
  title: 'Consultation en Espagne',
  serviceDate: '2025-10-01',
  author: null,
};
const verdict = (allowed: boolean): DmpAnswer['verdict'] => ({
  allowed,
  code: allowed ? 'DMP.DEPOSIT_ALLOWED' : 'DMP.REFUSED',
  explanation: '',
  rules: [],
  faq: [],
  notices: [],
});
const add = (allowed = true): Answered => ({
  action: { action: 'patient.addDocument', type: 'DOCPAT01', maskedFromProfessionals: false },
  answer: { verdict: verdict(allowed), ...(allowed ? { document: added } : {}) },
});

describe('the documents offered to mask or delete in Mon espace santé', () => {
  it('offer nothing before the DMP listed the documents', () => {
    expect(maskingChoices(EMPTY_SCREEN, known)).toBeNull();
    expect(maskingChoices(undefined, known)).toBeNull();
    // A document added before any list does not make a list.
    expect(maskingChoices(screenOf([add()], adult), known)).toBeNull();
  });

  it('are the DMP’s list, in its order: the documents it hides from the patient are absent', () => {
    const store = createDmpStore(DEFAULT_SEED);
    const listing = played(store, view);
    const listed = listing.answer.summaries ?? [];
    const hidden = worldDocuments.filter((d) => !listed.some((s) => s.id === d.id));
    // The default world hides some of this patient's documents from her (derived from the DMP).
    expect(hidden.map((d) => d.id)).toContain(SEED_DOCUMENT_IDS.adultPendingAnnouncement);
    const choices = valuesOf(maskingChoices(screenOf([listing], adult), known));
    expect(choices).toEqual(listed.map((s) => s.id));
    for (const doc of hidden) expect(choices, doc.id).not.toContain(doc.id);
    const first = listed[0];
    expect(maskingChoices(screenOf([listing], adult), known)?.[0]?.label).toBe(
      `${first?.title} (${first?.id})`,
    );
  });

  it('gain a document added after the list, lose one deleted after it', () => {
    const store = createDmpStore(DEFAULT_SEED);
    const listing = played(store, view);
    const listed = (listing.answer.summaries ?? []).map((s) => s.id);
    expect(listed).toContain(own);
    const deleted = played(store, remove(own));
    expect(deleted.answer.verdict.allowed).toBe(true);
    const screen = screenOf([listing, add(), deleted], adult);
    expect(valuesOf(maskingChoices(screen, known))).toEqual([
      ...listed.filter((id) => id !== own),
      added.id,
    ]);
    // The next list the DMP gives agrees: the deleted document is gone from it too.
    const again = played(store, view);
    expect(again.answer.documents).not.toContain(own);
  });

  it('keep a document whose deletion the DMP refused, and ignore a refused addition', () => {
    const store = createDmpStore(DEFAULT_SEED);
    const listing = played(store, view);
    const listed = (listing.answer.summaries ?? []).map((s) => s.id);
    const professionals = listed.filter((id) => known.get(id)?.author !== null);
    const theirs = professionals[0] ?? '';
    const refused = played(store, remove(theirs));
    expect(refused.answer.verdict.allowed).toBe(false);
    const screen = screenOf([listing, refused, add(false)], adult);
    expect(valuesOf(maskingChoices(screen, known))).toEqual(listed);
  });

  it('a deletion named by its `as:` name removes the document it names', () => {
    const store = createDmpStore(DEFAULT_SEED);
    const listing = played(store, view);
    const deleted = played(store, remove(own));
    const byAlias: Answered = { ...deleted, action: remove('mes-analyses') };
    const screen = nextScreen(screenOf([listing], adult), byAlias, adult, (ref) =>
      ref === 'mes-analyses' ? own : ref,
    );
    expect(valuesOf(maskingChoices(screen, known))).not.toContain(own);
  });

  it('a refused list (space not usable) takes the list away', () => {
    const listing = played(createDmpStore(DEFAULT_SEED), view);
    const refused: Answered = { action: view, answer: { verdict: verdict(false) } };
    expect(maskingChoices(screenOf([listing, refused], adult), known)).toBeNull();
  });

  it('in Découverte, offer the step’s document even before a list', () => {
    const hiddenScripted = SEED_DOCUMENT_IDS.adultPendingAnnouncement;
    expect(valuesOf(maskingChoices(EMPTY_SCREEN, known, own))).toEqual([own]);
    const listing = played(createDmpStore(DEFAULT_SEED), view);
    const listed = (listing.answer.summaries ?? []).map((s) => s.id);
    // Already listed: offered once.
    expect(valuesOf(maskingChoices(screenOf([listing], adult), known, own))).toEqual(listed);
    // Not listed (a scenario may script it): offered after the list, described by the session.
    const withScripted = maskingChoices(screenOf([listing], adult), known, hiddenScripted);
    expect(valuesOf(withScripted)).toEqual([...listed, hiddenScripted]);
    expect(withScripted?.at(-1)?.label).toContain(known.get(hiddenScripted)?.title ?? '?');
    // Unknown to the session (an `as:` document not deposited yet): offered by its id.
    expect(maskingChoices(EMPTY_SCREEN, known, 'doc-inconnu')).toEqual([
      { value: 'doc-inconnu', label: 'doc-inconnu' },
    ]);
  });
});
