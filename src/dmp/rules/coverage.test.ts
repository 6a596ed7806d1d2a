import { describe, expect, test } from 'vitest';
import { isFaqId } from '../faq';
import { NON_BEHAVIOURAL_RULES, RULES } from './registry';
import { RULE_IDS, RULE_STATEMENTS, isRuleId } from './rule-ids';

describe('FAQ rule coverage (R1–R50)', () => {
  const implemented = new Set(RULES.flatMap((rule) => rule.rules));
  const nonBehavioural = Object.keys(NON_BEHAVIOURAL_RULES);

  test.each(RULE_IDS)('%s is implemented by a rule or explained as non-behavioural', (id) => {
    const covered = implemented.has(id) || Object.hasOwn(NON_BEHAVIOURAL_RULES, id);
    expect(covered, `${id} — ${RULE_STATEMENTS[id]}`).toBe(true);
  });

  test('a non-behavioural rule is not also implemented (the list stays honest)', () => {
    expect(nonBehavioural.filter((id) => isRuleId(id) && implemented.has(id))).toEqual([]);
  });

  test('the non-behavioural list stays short, each with a French reason', () => {
    expect(nonBehavioural.length).toBeLessThanOrEqual(8);
    for (const reason of Object.values(NON_BEHAVIOURAL_RULES))
      expect(reason?.length ?? 0).toBeGreaterThan(30);
  });

  test('every rule cites a known FAQ id, known rule ids, and has a summary', () => {
    for (const rule of RULES) {
      expect(isFaqId(rule.faq), `${rule.id} cites ${rule.faq}`).toBe(true);
      for (const r of rule.rules) expect(isRuleId(r)).toBe(true);
      for (const s of rule.sources ?? [])
        if (s.startsWith('FAQ-')) expect(isFaqId(s), `${rule.id} source ${s}`).toBe(true);
      expect(rule.summary.length).toBeGreaterThan(10);
    }
  });

  test('rule ids are unique and positive (no isNot… twin)', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).not.toMatch(/^(isNot|hasNo|cannot)/);
  });
});

import * as access from './access.rules';
import * as blocking from './blocking.rules';
import * as breakGlass from './break-glass.rules';
import * as cards from './cards.rules';
import * as consent from './consent.rules';
import * as deposit from './deposit.rules';
import * as display from './display.rules';
import * as history from './history.rules';
import * as identity from './identity.rules';
import * as lifecycle from './lifecycle.rules';
import * as majority from './majority.rules';
import * as visibility from './visibility.rules';

describe('rule registry', () => {
  test('every rule exported by a *.rules.ts file is registered in RULES, under its export name', () => {
    const modules = [
      access,
      blocking,
      breakGlass,
      cards,
      consent,
      deposit,
      display,
      history,
      identity,
      lifecycle,
      majority,
      visibility,
    ];
    const exported = modules.flatMap((m) =>
      Object.entries(m).filter(([, v]) => typeof v === 'function' && 'faq' in v && 'test' in v),
    );
    expect(exported.length).toBe(RULES.length);
    for (const [name, rule] of exported) {
      expect(RULES).toContain(rule);
      expect((rule as { id: string }).id).toBe(name);
    }
  });
});
