import { expect, test } from 'vitest';
import { createDmpStore, DEFAULT_SEED, NORMAL_ACCESS } from '../../dmp/index';
import { createCoreDmpPort } from './core-port';

const port = () => createCoreDmpPort(createDmpStore(DEFAULT_SEED));

test('login succeeds with the card the professional holds and says what it allows', async () => {
  const answer = await port().perform({
    kind: 'ps.login',
    professionalId: 'pro-secretary-nominative-cpe',
    card: 'CPE',
  });

  expect(answer.verdict).toMatchObject({ allowed: true, code: 'PSC.SESSION_OPENED' });
  expect(answer.verdict.notices).toEqual(['Cette carte ne permet pas de consulter le DMP.']);
  expect(answer.verdict.faq).toContain('FAQ-CNX-05');
});

test('login with a card the professional does not hold is refused', async () => {
  const answer = await port().perform({ kind: 'ps.login', professionalId: 'pro-gp', card: 'CPF' });

  expect(answer.verdict.allowed).toBe(false);
  expect(answer.verdict.explanation).toContain('détient : CPS, e-CPS');
});

test('one professional, several cards: a CPS holder logs in with the e-CPS too (issue 15)', async () => {
  const answer = await port().perform({
    kind: 'ps.login',
    professionalId: 'pro-gp',
    card: 'e-CPS',
  });

  expect(answer.verdict.allowed).toBe(true);
  expect(answer.verdict.explanation).toContain('e-CPS');
});

test('an osteopath has no CPS: the login is refused with the reason (issue 15)', async () => {
  const answer = await port().perform({
    kind: 'ps.login',
    professionalId: 'pro-osteopath',
    card: 'CPS',
  });

  expect(answer.verdict.allowed).toBe(false);
  expect(answer.verdict.explanation).toMatch(/RPPS/);
});

test('opening a DMP returns the core decision and the documents shown, and is traced', async () => {
  const p = port();
  const before = await p.observe('pat-adult');

  const answer = await p.perform({
    kind: 'ps.openDmp',
    professionalId: 'pro-nurse-liberal',
    patientId: 'pat-adult',
    episodeId: 'ep-adult-follow-up-2025',
    access: NORMAL_ACCESS,
  });

  expect(answer.verdict.code).toBe('DMP.CONSULTATION_ALLOWED');
  expect(answer.documents).toContain('doc-adult-vsm');
  expect((await p.observe('pat-adult')).historyCount).toBe(before.historyCount + 1);
});

test('refusals carry the core code and no notices', async () => {
  const answer = await port().perform({
    kind: 'patient.viewDocuments',
    patientId: 'pat-minor-turning-18',
  });

  expect(answer.verdict).toMatchObject({
    allowed: false,
    code: 'DMP.PROFILE_MANAGED_BY_REPRESENTATIVE',
    notices: [],
  });
  expect(answer.documents).toBeUndefined();
});

test('reset brings the store back to its seed', async () => {
  const p = port();
  await p.perform({ kind: 'clock.advance', by: { years: 1 } });
  await p.perform({ kind: 'patient.blockAll', patientId: 'pat-adult', all: true });

  await p.reset();

  const answer = await p.perform({
    kind: 'ps.openDmp',
    professionalId: 'pro-nurse-liberal',
    patientId: 'pat-adult',
    episodeId: 'ep-adult-follow-up-2025',
    access: NORMAL_ACCESS,
  });
  expect(answer.verdict.allowed).toBe(true);
});
