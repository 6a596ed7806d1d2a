import { describe, expect, it } from 'vitest';
import { createDmpStore, DEFAULT_SEED } from '../../../src/dmp/index';
import type { StepAction } from '../../../src/scenario/actions/index';
import { documentSummaries } from '../../../src/scenario/wire/index';
import { screenOf } from './role-screen';
import {
  accessModeLabel,
  announcement,
  blockingInForce,
  attemptSummary,
  documentsByCategory,
  frenchDateTime,
  frenchDay,
  identityNow,
  identityStatusLabel,
  patientName,
  professionalLine,
  scripted,
  wholeNumberIn,
} from './screens';
import type { LogEntry } from './session';

/** The patient's documents as the DMP lists them (in its display order, R30). */
const listed = documentSummaries(
  createDmpStore(DEFAULT_SEED).patientView({ kind: 'patient' }, 'pat-adult').documents,
);

describe('simulated screens', () => {
  it('groups the documents the DMP listed by display category, most recent act first', () => {
    const groups = documentsByCategory(listed);
    expect(groups.flatMap((g) => g.documents)).toEqual(listed);
    for (const g of groups) {
      const dates = g.documents.map((d) => d.serviceDate);
      expect(dates).toEqual([...dates].sort().reverse());
    }
    expect(groups.length).toBeGreaterThan(1);
  });

  it("keeps the DMP's order within a category: the screens never sort documents again", () => {
    const reversed = [...listed].reverse();
    const groups = documentsByCategory(reversed);
    for (const g of groups)
      expect(g.documents).toEqual(reversed.filter((d) => g.documents.includes(d)));
    expect(groups.some((g) => g.documents.length > 1)).toBe(true);
  });

  it('prefills a form only from a step that expects that action', () => {
    const step = {
      kind: 'action',
      id: 's',
      do: { action: 'ps.breakGlass', motive: 'Malaise', patientUnableToConsent: true },
    } as never;
    expect(scripted(step, 'ps.breakGlass')).toMatchObject({ motive: 'Malaise' });
    expect(scripted(step, 'ps.openDmp')).toEqual({});
    expect(scripted(null, 'ps.openDmp')).toEqual({});
  });

  it('outside Découverte, gives a form only the parameters no screen asks about', () => {
    const step = {
      kind: 'action',
      id: 's',
      do: {
        action: 'ps.deposit',
        patient: 'pat-adult',
        type: '11488-4',
        visibility: { maskedFromProfessionals: true },
        as: 'cr',
      },
    } as never;
    expect(scripted(step, 'ps.deposit', false)).toEqual({ patient: 'pat-adult', as: 'cr' });
  });

  it('tells in French what the learner did', () => {
    expect(attemptSummary({ action: 'ps.openDmp', mode: 'normal' } as never)).toBe(
      'ouvrir le DMP du patient (mode normal)',
    );
    expect(
      attemptSummary({
        action: 'ps.breakGlass',
        motive: ' ',
        patientUnableToConsent: true,
      } as never),
    ).toMatch(/sans motif/);
    expect(
      attemptSummary({
        action: 'ps.deposit',
        type: '11488-4',
        visibility: { maskedFromProfessionals: true },
      } as never),
    ).toMatch(/masqué aux autres professionnels/);
  });

  it('shows the simulated date in French, Paris time', () => {
    expect(frenchDateTime('2025-10-01T09:00:00Z')).toBe('mercredi 1 octobre 2025 à 11:00');
  });

  it('names people and dates as French screens do', () => {
    expect(frenchDay('1978-04-12')).toBe('12/04/1978');
    expect(frenchDay('')).toBe('date du jour');
    const patient = DEFAULT_SEED.patients.find((p) => p.id === 'pat-adult')!;
    expect(patientName(patient)).toMatch(/, née? le \d{2}\/\d{2}\/\d{4}$/);
    const pro = DEFAULT_SEED.professionals.find((p) => p.rpps !== null)!;
    expect(professionalLine(pro)).toContain(`RPPS ${pro.rpps}`);
  });

  it('announces the DMP answer and the outcome of the step', () => {
    const entry = {
      kind: 'action',
      rewound: false,
      notSent: null,
      feedback: { passed: true, text: '', why: { allowed: false, code: 'DMP.ACCESS_BLOCKED' } },
    } as unknown as LogEntry;
    expect(announcement(entry)).toBe('Réponse du DMP : refusé — Accès bloqué. Étape réussie.');
    const undone = {
      ...entry,
      rewound: true,
      feedback: {
        ...entry.feedback,
        passed: false,
        why: { allowed: true, code: 'DMP.CONSULTATION_ALLOWED' },
      },
    } as LogEntry;
    expect(announcement(undone)).toMatch(
      /Étape non réussie\. Le dossier est remis dans son état précédent/,
    );
    expect(announcement(entry, false)).toMatch(/Réponse enregistrée\.$/);
    expect(announcement(entry, false)).not.toMatch(/réussie/);
    const notSent = {
      ...entry,
      notSent: 'connectez-vous.',
      feedback: { passed: false, why: null },
    };
    expect(announcement(notSent as unknown as LogEntry)).toBe(
      "Rien n'a été envoyé au DMP : connectez-vous. Étape non réussie.",
    );
  });
});

describe('the identity the software holds now (HS17)', () => {
  const provisional = DEFAULT_SEED.patients.find((p) => p.id === 'pat-provisional-identity')!;
  const verdict = (allowed: boolean) => ({
    allowed,
    code: allowed ? 'DMP.IDENTITY_QUALIFIED' : 'DMP.UNKNOWN_PATIENT',
    explanation: '',
    rules: [],
    faq: [],
    notices: [],
  });
  const qualified = (allowed: boolean, patient?: string) => ({
    action: {
      action: 'ps.qualifyIdentity' as const,
      ...(patient === undefined ? {} : { patient }),
    },
    answer: { verdict: verdict(allowed) },
  });

  it('is the world status until a qualification of that patient is accepted', () => {
    const status = (happened: ReturnType<typeof qualified>[], screens = {}) =>
      identityNow(provisional, screens, happened, 'pat-provisional-identity').identityStatus;
    const onScreens = (...answered: ReturnType<typeof qualified>[]) => ({
      secretaire: screenOf(answered, 'pat-provisional-identity'),
    });
    expect(status([])).toBe('PROV');
    expect(status([qualified(false)])).toBe('PROV');
    expect(status([qualified(true, 'pat-adult')])).toBe('PROV');
    expect(status([qualified(true)])).toBe('QUAL');
    expect(status([], onScreens(qualified(true)))).toBe('QUAL');
    expect(status([], onScreens(qualified(false), qualified(true, 'pat-adult')))).toBe('PROV');
    // A refused try after an accepted qualification does not undo it.
    expect(status([], onScreens(qualified(true), qualified(false)))).toBe('QUAL');
  });
});

describe('numbers typed in the simulated forms', () => {
  it('accepts a whole number within its bounds', () => {
    expect(wholeNumberIn(' 14 ', 1, 3650, 'Jours')).toEqual({ value: 14 });
    expect(wholeNumberIn('-12', -1440, 1440, 'Décalage')).toEqual({ value: -12 });
  });
  it.each(['', 'abc', '1.5', '0', '3651'])('refuses « %s » with a French message', (text) => {
    expect(wholeNumberIn(text, 1, 3650, 'Jours')).toEqual({
      error: 'Jours : indiquez un nombre entier entre 1 et 3650.',
    });
  });

  it('names the identity status, and says « non qualifiée » for every status but QUAL', () => {
    for (const p of DEFAULT_SEED.patients) {
      const label = identityStatusLabel(p);
      expect(label.endsWith('non qualifiée')).toBe(p.identityStatus !== 'QUAL');
    }
    expect(new Set(DEFAULT_SEED.patients.map((p) => p.identityStatus)).size).toBeGreaterThan(1);
  });

  it('shows the access mode the DMP last granted: none, normal, regulation centre, break-glass', () => {
    const granted = { verdict: { allowed: true } } as never;
    const refused = { verdict: { allowed: false } } as never;
    const open = (mode: 'normal' | 'regulation-centre', answer = granted) => ({
      action: { action: 'ps.openDmp', mode } as StepAction,
      answer,
    });
    const glass = (answer = granted) => ({
      action: { action: 'ps.breakGlass' } as StepAction,
      answer,
    });
    const label = (...answered: ReturnType<typeof open>[]) =>
      accessModeLabel(screenOf(answered, 'pat-adult'));
    expect(accessModeLabel(undefined)).toBe('DMP non ouvert');
    expect(label(open('normal', refused))).toBe('DMP non ouvert');
    expect(label(open('normal'))).toBe('accès normal');
    expect(label(open('regulation-centre'))).toBe('accès en centre de régulation');
    // The latest granted access wins; a refused break-glass does not change the mode.
    expect(label(open('normal'), glass())).toBe('accès en bris de glace');
    expect(label(open('normal'), glass(refused))).toBe('accès normal');
    // Whatever the kind of the refused action after them (a last-answer-per-action map lost this).
    expect(label(glass(), open('normal'), open('normal', refused))).toBe('accès normal');
  });

  it('lists who is blocked now: the start settings, then the accepted, kept actions of the role', () => {
    const patient = DEFAULT_SEED.patients.find(
      (p) => !p.blocked.all && p.blocked.rpps.length === 0,
    )!;
    const pros = new Map(DEFAULT_SEED.professionals.map((p) => [p.id, p] as const));
    const [a, b] = DEFAULT_SEED.professionals.filter((p) => p.rpps !== null);
    const entry = (action: object, allowed = true, rewound = false, roleId = 'patiente') =>
      ({
        action,
        answer: { verdict: { allowed } },
        rewound,
        roleId,
      }) as unknown as LogEntry;
    const block = (id: string) => ({ action: 'patient.block', professional: id });
    expect(blockingInForce(patient, 'patiente', [], pros)).toEqual({ all: false, names: [] });
    const log = [
      entry(block(a!.id)),
      entry(block(b!.id)),
      entry({ action: 'patient.unblock', professional: a!.id }),
      entry(block(a!.id), false), // refused: changes nothing
      entry(block(a!.id), true, true), // rewound: changes nothing
      entry(block(a!.id), true, false, 'autre-role'), // another role
      entry({ action: 'patient.blockAll', all: true }),
    ];
    expect(blockingInForce(patient, 'patiente', log, pros)).toEqual({
      all: true,
      names: [professionalLine(b!)],
    });
  });
});
