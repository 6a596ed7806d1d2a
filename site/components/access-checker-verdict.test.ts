/**
 * Issue 15: « Ai-je accès ? » answers a neutral « Non documenté » (never a red « Non ») for a
 * profession the sources neither grant nor refuse. The `Verdict` component has no hooks: called as
 * a function, it returns its element tree, whose text and classes are read here without a DOM.
 */
import { describe, expect, test } from 'vitest';
import { PRACTICE_SETTINGS, PROFESSION_CODES, settingCell } from '../../src/dmp/index';
import { checkAccess } from '../ui/access-checker';
import { DEFAULT_FORM, type CheckerForm } from '../ui/access-checker-form';
import { faqLinks } from '../ui/faq-links';
import { Verdict } from './AccessChecker';

interface Element {
  readonly props: { readonly children?: unknown; readonly className?: string };
}

const isElement = (node: unknown): node is Element =>
  typeof node === 'object' && node !== null && 'props' in node;

/** The text an element tree shows. */
function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  return isElement(node) ? textOf(node.props.children) : '';
}

/** The `<strong>` answer of a verdict: « Oui », « Non » or « Non documenté ». */
function answerOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(answerOf);
  if (!isElement(node)) return [];
  const own = (node as { type?: unknown }).type === 'strong' ? [textOf(node)] : [];
  return [...own, ...answerOf(node.props.children)];
}

function render(form: CheckerForm) {
  const decision = checkAccess(form).consultation;
  const tree = Verdict({
    id: 'aa-consult',
    question: 'Consulter le DMP ?',
    decision,
    links: faqLinks(),
  });
  return { decision, tree, answer: answerOf(tree), className: (tree as Element).props.className };
}

// Professions and settings the sources leave undocumented, and those they refuse, from the matrix.
const cases = PROFESSION_CODES.flatMap((profession) =>
  PRACTICE_SETTINGS.map((setting) => ({
    profession,
    setting,
    cell: settingCell(profession, setting),
  })),
);
const undocumented = cases.filter((c) => c.cell.undocumented === true);
const refused = cases.filter((c) => !c.cell.allowed && c.cell.undocumented !== true);

describe('« Ai-je accès ? »: the « Non documenté » verdict', () => {
  test('the matrix has undocumented and refused accesses (the checks below are not vacuous)', () => {
    expect(undocumented.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
  });

  test.each(undocumented.map((c) => [c.profession, c.setting, c] as const))(
    'profession %s, %s: « Non documenté », neutral, with the core’s explanation',
    (_, __, c) => {
      const { decision, answer, className, tree } = render({
        ...DEFAULT_FORM,
        profession: c.profession,
        setting: c.setting,
      });
      expect(decision.code).toBe('DMP.PROFESSION_UNDOCUMENTED');
      expect(answer).toEqual(['Non documenté']);
      expect(className).toBe('verdict undocumented');
      expect(textOf(tree)).toContain(decision.explanation);
    },
  );

  test('a refusal the sources state stays a « Non » (control case)', () => {
    const c = refused.find((r) => r.setting === DEFAULT_FORM.setting) ?? refused[0]!;
    const { answer, className } = render({
      ...DEFAULT_FORM,
      profession: c.profession,
      setting: c.setting,
    });
    expect(answer).toEqual(['Non']);
    expect(className).toBe('verdict no');
  });
});
