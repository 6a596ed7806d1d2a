/**
 * The « Référentiel du formateur » is generated from the data of the core and of the scenario
 * format: every profession, document type, seed entity, FAQ id, rule, action and decision code
 * appears, read from the same lists (a value added there appears without editing the page), and
 * every action's example is accepted by the schema.
 */
import { expect, test } from 'vitest';
import {
  ALLOWED_CODES,
  DEFAULT_SEED,
  DMP_ERROR_CODES,
  DOCUMENT_TYPE_CODES,
  documentCell,
  FAQ_IDS,
  PRACTICE_SETTINGS,
  PROFESSION_CODES,
  professionLabel,
  RULE_IDS,
  settingCell,
} from '../src/dmp/index';
import { actionSchema } from '../src/scenario/actions/index';
import { main } from '../src/scenario/cli';
import { actionExample, buildReference, referenceSection } from '../src/scenario/check/index';
import {
  REFERENCE_TOPICS,
  referenceHref,
  type ReferenceTopic,
} from '../src/scenario/diagnostics/index';
import { ACTION_NAMES } from '../src/scenario/actions/index';

const firstColumn = (topic: ReferenceTopic) => referenceSection(topic).rows.map((r) => r[0]);

test('the référentiel has one section per topic, in order, each with rows as wide as its columns', () => {
  const sections = buildReference();
  expect(sections.map((s) => s.topic)).toEqual(Object.keys(REFERENCE_TOPICS));
  for (const s of sections) {
    expect(s.rows.length, s.topic).toBeGreaterThan(0);
    for (const row of s.rows) expect(row, s.topic).toHaveLength(s.columns.length);
  }
  expect(referenceHref('professions')).toBe('/formateurs/referentiel/#professions');
});

test('every profession of the core is listed with its label and its access in each setting', () => {
  const section = referenceSection('professions');
  expect(firstColumn('professions')).toEqual([...PROFESSION_CODES]);
  for (const code of PROFESSION_CODES) {
    const row = section.rows.find((r) => r[0] === code);
    expect(row?.[1]).toBe(professionLabel(code));
    PRACTICE_SETTINGS.forEach((setting, i) =>
      expect(row?.[2 + i], `${code} ${setting}`).toMatch(
        settingCell(code, setting).allowed ? /^oui/ : /^non/,
      ),
    );
  }
});

test('every document type is listed, with the professions that may open it', () => {
  expect(firstColumn('types-de-documents')).toEqual([...DOCUMENT_TYPE_CODES]);
  const psy = referenceSection('types-de-documents').rows.find((r) => r[0] === '68599-0');
  const opened = psy?.[4] ?? '';
  expect(documentCell('10', '68599-0').allowed).toBe(true);
  expect(opened).toContain('Médecin (10)');
});

test('the seed, FAQ ids, rules, actions and decision codes are listed from their sources', () => {
  expect(firstColumn('patients')).toEqual(DEFAULT_SEED.patients.map((p) => p.id));
  expect(firstColumn('professionnels')).toEqual(DEFAULT_SEED.professionals.map((p) => p.id));
  expect(firstColumn('documents')).toEqual(DEFAULT_SEED.documents.map((d) => d.id));
  for (const p of DEFAULT_SEED.patients)
    for (const c of p.consents) expect(firstColumn('episodes')).toContain(c.episodeId);
  expect(firstColumn('faq')).toEqual([...FAQ_IDS]);
  expect(firstColumn('regles')).toEqual([...RULE_IDS]);
  expect(firstColumn('actions')).toEqual([...ACTION_NAMES]);
  expect(firstColumn('codes')).toEqual([
    ...Object.keys(DMP_ERROR_CODES),
    ...Object.keys(ALLOWED_CODES),
  ]);
  const blocked = referenceSection('patients').rows.find((r) => r[0] === 'pat-blocked-all');
  expect(blocked?.[4]).toContain('a bloqué tous les professionnels');
});

test.each(ACTION_NAMES)('the example of %s is accepted by the action schema', (name) => {
  expect(actionSchema.safeParse(actionExample(name)).success).toBe(true);
});

test('npm run scenarios -- ref [sujet] prints one section, or all, and refuses an unknown topic', async () => {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
  expect(await main(['ref', 'professions'], io)).toBe(0);
  expect(out[0]).toBe('## Professions (professions)');
  expect(out.filter((l) => /^\S+ \| /.test(l)).length).toBe(PROFESSION_CODES.length + 1);
  expect(await main(['ref', 'profesions'], io)).toBe(2);
  expect(err.join('\n')).toContain('Sujet inconnu : « profesions ».');
  out.length = 0;
  expect(await main(['ref'], io)).toBe(0);
  for (const [topic, title] of Object.entries(REFERENCE_TOPICS))
    expect(out).toContain(`## ${title} (${topic})`);
});
