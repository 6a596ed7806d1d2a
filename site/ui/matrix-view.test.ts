import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  assumptionLabel,
  DOCUMENT_TYPE_CODES,
  listMatrixAssumptions,
  PROFESSION_CODES,
} from '../../src/dmp/index';
import {
  assumptionViews,
  buildMatrixView,
  CATEGORY_GROUPING_NOTE,
  cellWording,
  COLUMN_GROUPS,
  noAccessText,
} from './matrix-view';

const { tables, assumptions } = buildMatrixView();
const table = (setting: string) => tables.find((t) => t.setting === setting)!;
const row = (setting: string, profession: string) =>
  table(setting).rows.find((r) => r.profession === profession)!;
const column = (code: string) =>
  COLUMN_GROUPS.flatMap((g) => g.columns).findIndex((c) => c.code === code);

describe('buildMatrixView', () => {
  test('one table per setting, one row per profession, one column per document type', () => {
    expect(tables.map((t) => t.setting)).toEqual(['liberal', 'structure', 'establishment']);
    for (const t of tables) expect(t.rows.map((r) => r.profession)).toEqual(PROFESSION_CODES);
    expect(
      COLUMN_GROUPS.flatMap((g) => g.columns)
        .map((c) => c.code)
        .sort(),
    ).toEqual([...DOCUMENT_TYPE_CODES].sort());
  });

  test('FAQ-ACC-08: the pharmacist × psychiatric synthesis cell is refused and sourced, in every setting', () => {
    for (const t of tables) {
      const r = row(t.setting, '21');
      expect(r.documents?.[column('68599-0')]).toMatchObject({
        allowed: false,
        assumption: null,
        faq: 'FAQ-ACC-08',
      });
      expect(r.sources.map((s) => s.href)).toContain(
        '/faq/droits-acces/pharmacien-synthese-psychiatrique/',
      );
    }
  });

  test('FAQ-ACC-04/05: the liberal occupational therapist has no DMP access, unlike in a structure', () => {
    expect(row('liberal', '94')).toMatchObject({
      access: { allowed: false, faq: 'FAQ-ACC-05' },
      documents: null,
    });
    expect(row('structure', '94').access.allowed).toBe(true);
    expect(row('structure', '94').documents).toHaveLength(DOCUMENT_TYPE_CODES.length);
  });

  test('assumed cells carry the number of their note; sourced cells carry none', () => {
    const gp = row('liberal', '10');
    expect(gp.access.assumption).toBeNull();
    const residence = gp.documents?.[column('ATTEST-RESID')];
    expect(residence?.allowed).toBe(false);
    expect(assumptions.find((a) => a.number === residence?.assumption)?.note).toBe(residence?.note);
  });
});

describe('assumptionViews', () => {
  test('numbers every distinct note of listMatrixAssumptions() once', () => {
    const notes = new Set(listMatrixAssumptions().map((a) => a.cell.note));
    const views = assumptionViews();
    expect(views.map((v) => v.note).sort()).toEqual([...notes].sort());
    expect(views.map((v) => v.number)).toEqual(views.map((_, i) => i + 1));
  });

  test('says where each assumption applies, in French', () => {
    const places = assumptionViews().flatMap((v) => v.places);
    expect(places).toContainEqual(expect.stringMatching(/^Pharmacien : .*CR d'anesthésie/));
    expect(places).toContainEqual(
      expect.stringMatching(/^Médecin : types de documents non listés/),
    );
  });
});

describe('« Qui voit quoi ? » says where its assumptions come from (issue 15)', () => {
  const page = readFileSync(
    new URL('../pages/outils/qui-voit-quoi.astro', import.meta.url),
    'utf8',
  ).replace(/\s+/g, ' ');
  // Notes drawn from dmp-facts.md §1.2 carry the secondary source they come from, « à vérifier ».
  const fromFacts = assumptions.filter((a) => /presse professionnelle|aux usagers/.test(a.note));

  test('some assumptions come from the facts file (§1.2)', () => {
    expect(fromFacts.length).toBeGreaterThan(0);
  });

  test('so the page does not say that no source states them, and names §1.2', () => {
    expect(page).not.toMatch(/Ni la FAQ ni notre fiche de faits/);
    expect(page).toMatch(/fiche de faits \(§1\.2\)/);
  });
});

describe('the column groups rest on an assumption (HS2)', () => {
  test('the note above the tables names HS2 and says what was not re-read', () => {
    expect(CATEGORY_GROUPING_NOTE).toContain(assumptionLabel('HS2'));
    expect(CATEGORY_GROUPING_NOTE).toMatch(/JDV_J66/);
  });
});

describe('« Non documenté » cells (issue 15)', () => {
  const cells = tables.flatMap((t) =>
    t.rows.flatMap((r) => [
      { where: `${t.setting} ${r.profession} accès`, cell: r.access, setting: t.label },
      ...(r.documents ?? []).map((cell, i) => ({
        where: `${t.setting} ${r.profession} ${COLUMN_GROUPS.flatMap((g) => g.columns)[i]?.code}`,
        cell,
        setting: t.label,
      })),
    ]),
  );
  const undocumented = cells.filter((c) => c.cell.undocumented);

  test('some cells are undocumented, some refused by a source (the checks are not vacuous)', () => {
    expect(undocumented.length).toBeGreaterThan(0);
    expect(cells.some((c) => !c.cell.allowed && !c.cell.undocumented)).toBe(true);
  });

  test('an undocumented cell reads « Non documenté » in the neutral style, never « Non »', () => {
    expect(
      undocumented.filter(
        (c) =>
          cellWording(c.cell).word !== 'Non documenté' ||
          cellWording(c.cell).verdict !== 'undocumented',
      ),
    ).toEqual([]);
  });

  test('a refused or granted cell keeps « Non » or « Oui » (control case)', () => {
    for (const c of cells.filter((x) => !x.cell.undocumented))
      expect(cellWording(c.cell), c.where).toEqual(
        c.cell.allowed ? { verdict: 'yes', word: 'Oui' } : { verdict: 'no', word: 'Non' },
      );
  });

  test('a profession without DMP access reads « Non documenté » across the row when undocumented', () => {
    const rows = tables.flatMap((t) =>
      t.rows.filter((r) => r.documents === null).map((r) => ({ r, label: t.label })),
    );
    expect(rows.some(({ r }) => r.access.undocumented)).toBe(true);
    for (const { r, label } of rows)
      expect(noAccessText(r.access, label)).toMatch(
        r.access.undocumented ? /^Non documenté .*faute de source/ : /^Pas d'accès au DMP/,
      );
  });

  test('MatrixCell.astro and « Qui voit quoi ? » draw their words from these functions', () => {
    const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
    const cell = read('../components/MatrixCell.astro');
    expect(cell).toContain('cellWording(cell)');
    expect(cell).toMatch(/class:list=\{\['cell', verdict/);
    expect(cell).toContain('{text ?? word}');
    const page = read('../pages/outils/qui-voit-quoi.astro');
    expect(page).toContain('noAccessText(r.access, t.label)');
    expect(page).toMatch(/class="cell undocumented assumed swatch"[^<]*<\/span> Non documenté/);
  });
});
