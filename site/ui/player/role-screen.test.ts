import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../../src/dmp/index';
import type { StepAction } from '../../../src/scenario/actions/index';
import { documentSummaries, type DocumentSummary } from '../../../src/scenario/wire/index';
import type { DmpAnswer } from '../../../src/scenario/ports/index';
import { EMPTY_SCREEN, nextScreen, openedDocument, screenOf, type Answered } from './role-screen';

const verdict = (allowed: boolean) => ({
  allowed,
  code: allowed ? 'DMP.OK' : 'DMP.REFUSED',
  explanation: '',
  rules: [],
  faq: [],
  notices: [],
});
const answered = (action: object, answer: Partial<DmpAnswer> = {}, allowed = true): Answered => ({
  action: action as StepAction,
  answer: { verdict: verdict(allowed), ...answer },
});

const adult = 'pat-adult';
const other = DEFAULT_SEED.patients.find((p) => p.id !== adult)!.id;
const docsOf = (patientId: string | undefined) =>
  documentSummaries(DEFAULT_SEED.documents.filter((d) => d.patientId === patientId));
const adultDocs = docsOf(adult);
const listing = (docs: readonly DocumentSummary[]) => ({
  documents: docs.map((d) => d.id),
  summaries: docs,
});

const insSearch = (patientId: string) =>
  answered({ action: 'ps.searchByIns', ins: '1' }, { patientId });
const traitsSearch = (patientId: string) =>
  answered({ action: 'ps.searchByTraits', familyName: 'X' }, { patientId });
const normal = (docs: readonly DocumentSummary[], allowed = true) =>
  answered({ action: 'ps.openDmp', mode: 'normal' }, allowed ? listing(docs) : {}, allowed);
const breakGlass = (docs: readonly DocumentSummary[]) =>
  answered({ action: 'ps.breakGlass', motive: 'Malaise' }, listing(docs));

describe("a role's screens, fed in order with its actions and the DMP's answers", () => {
  it('start logged out, with no patient, no access and no document', () => {
    expect(screenOf([], adult)).toEqual(EMPTY_SCREEN);
  });

  it('an INS search then a traits search: the traits result is shown', () => {
    const screen = screenOf([insSearch(adult), traitsSearch(other)], adult);
    expect(screen.patientId).toBe(other);
    expect(screen.panels.search?.action.action).toBe('ps.searchByTraits');
    expect(screenOf([traitsSearch(other), insSearch(adult)], adult).patientId).toBe(adult);
  });

  it('a break-glass then a normal opening: the normal listing is shown', () => {
    const glassDocs = adultDocs.slice(0, 1);
    expect(adultDocs.length).toBeGreaterThan(glassDocs.length);
    const screen = screenOf([breakGlass(glassDocs), normal(adultDocs)], adult);
    expect(screen.listing).toEqual(adultDocs);
    expect(screen.access).toBe('normal');
    expect(screen.panels.opening?.action.action).toBe('ps.openDmp');
    const back = screenOf([normal(adultDocs), breakGlass(glassDocs)], adult);
    expect(back.listing).toEqual(glassDocs);
    expect(back.access).toBe('break-glass');
  });

  it('a refused opening shows its refusal and no list, and keeps the access last granted', () => {
    const screen = screenOf([breakGlass(adultDocs), normal(adultDocs, false)], adult);
    expect(screen.listing).toEqual([]);
    expect(screen.panels.opening?.answer.verdict.allowed).toBe(false);
    expect(screen.access).toBe('break-glass');
  });

  it('the latest action wins whatever its kind, where a last answer per action lost the order', () => {
    // Break-glass granted, normal opening granted, then a normal opening refused: the access
    // granted last is the normal one (a map by action kept the refusal and the older break-glass).
    const steps = [breakGlass(adultDocs), normal(adultDocs), normal([], false)];
    expect(screenOf(steps, adult).access).toBe('normal');
    const byAction = new Map(steps.map((s) => [s.action.action, s] as const));
    const grantedByAction = [...byAction.values()].filter((s) => s.answer.verdict.allowed);
    expect(grantedByAction.map((s) => s.action.action)).toEqual(['ps.breakGlass']);
  });

  it('the login, the last answer and the qualified identities follow the answers in order', () => {
    const login = (allowed: boolean) => answered({ action: 'ps.login', card: 'CPS' }, {}, allowed);
    const qualify = (allowed: boolean) => answered({ action: 'ps.qualifyIdentity' }, {}, allowed);
    expect(screenOf([login(true), login(false)], adult).loggedIn).toBe(false);
    const screen = screenOf([login(false), login(true), qualify(true), qualify(false)], adult);
    expect(screen.loggedIn).toBe(true);
    expect(screen.qualified).toEqual([adult]);
    expect(screen.last?.action.action).toBe('ps.qualifyIdentity');
    expect(screen.last?.answer.verdict.allowed).toBe(false);
  });

  it('a block, an unblock and a general block share one answer box: the latest is shown', () => {
    const block = answered({ action: 'patient.block', professional: 'pro-gp' });
    const all = answered({ action: 'patient.blockAll', all: true }, {}, false);
    const screen = screenOf([block, all], adult);
    expect(screen.panels.blocking).toEqual(all);
    expect(nextScreen(screen, block, adult).panels.blocking).toEqual(block);
  });

  it('describes a document opened by the listing it was opened from, with its text', () => {
    const [first] = adultDocs;
    expect(first).toBeDefined();
    const open = (allowed: boolean) =>
      answered(
        { action: 'ps.openDocument', document: first!.id },
        allowed ? { content: 'Texte' } : {},
        allowed,
      );
    const screen = screenOf([normal(adultDocs), open(true)], adult);
    expect(openedDocument(screen, new Map())).toEqual({ document: first, content: 'Texte' });
    // Opened by its reference, without a listing: the documents the session knows describe it.
    const byReference = screenOf([open(true)], adult);
    expect(openedDocument(byReference, new Map([[first!.id, first!]]))?.document).toEqual(first);
    expect(openedDocument(screenOf([normal(adultDocs), open(false)], adult), new Map())).toBe(
      undefined,
    );
  });
});
