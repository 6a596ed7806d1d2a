/**
 * Issue 15: FAQ-CON-07 (break-glass) does not cover the « personne de confiance » (CSP L.1111-6).
 * Wherever the break-glass teaching speaks of her, in a scenario question or in the FAQ page, it
 * says that the FAQ leaves her role open (or cites L.1111-6) and never makes her agreement a key
 * to the DMP. The places are found in the data, not listed by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { listScenarioFiles } from '../src/scenario/check-file';
import type { ChoiceOption } from '../src/scenario/format/index';
import { readFaqDocs } from './support/faq-files';

const TRUSTED_PERSON = /personne de confiance/i;
/** The text says the FAQ leaves her out, or cites the article that defines her role. */
const OUTSIDE_THE_FAQ =
  /(n'est pas traité|ne traite pas|ne détaille pas|ne (la )?mentionne pas)[^.]*FAQ|FAQ[^.]*(ne traite pas|ne détaille pas|ne (la )?mentionne pas|n'en parle pas)|L\.1111-6/i;

const options = (await listScenarioFiles()).flatMap((file) => {
  const scenario = parse(readFileSync(file, 'utf8')) as {
    steps: { id: string; options?: ChoiceOption[] }[];
  };
  return scenario.steps.flatMap((step) =>
    (step.options ?? []).map((o, k) => ({ where: `${file} ${step.id} #${k + 1}`, o })),
  );
});
const aboutHer = options.filter(({ o }) => TRUSTED_PERSON.test(`${o.text} ${o.feedback.text}`));

describe('the « personne de confiance » in break-glass teaching', () => {
  test('some scenario question speaks of her (the checks below are not vacuous)', () => {
    expect(aboutHer.length).toBeGreaterThan(0);
  });

  test('her agreement is never the right answer', () => {
    expect(aboutHer.filter(({ o }) => o.correct).map((x) => x.where)).toEqual([]);
  });

  test('the feedback says the FAQ leaves her role open, or cites L.1111-6', () => {
    expect(
      aboutHer.filter(({ o }) => !OUTSIDE_THE_FAQ.test(o.feedback.text)).map((x) => x.where),
    ).toEqual([]);
  });

  test('FAQ-CON-07’s page says the FAQ does not make her a condition of break-glass', () => {
    const page = readFaqDocs().find((d) => d.faq['id'] === 'FAQ-CON-07');
    const body = page?.body.replace(/\s+/g, ' ') ?? '';
    const sentence = body.split(/(?<=[.!?])\s/).find((s) => TRUSTED_PERSON.test(s)) ?? '';
    expect(sentence).toMatch(OUTSIDE_THE_FAQ);
    expect(sentence).toMatch(/conditions/);
  });

  test('the pattern rejects a text that gives her a role (control case)', () => {
    expect(OUTSIDE_THE_FAQ.test("Oui : l'accord de la personne de confiance suffit.")).toBe(false);
    expect(
      OUTSIDE_THE_FAQ.test("Le rôle de la personne de confiance n'est pas traité par la FAQ."),
    ).toBe(true);
  });
});
