import { describe, expect, it } from 'vitest';
import { ConsentMother } from '../../../test/mothers/consent.mother';
import { ProfessionalMother } from '../../../test/mothers/professional.mother';
import { hasValidConsent } from '../rules/consent.rules';
import { CONSENT_BASES, consentBasisOf, grantedConsent } from './consent-basis.service';

const pro = ProfessionalMother.gp({ careTeamIds: ['team-a'] });
const own = ConsentMother.for(pro, 'ep-1');
const team = ConsentMother.forTeam(pro, 'team-a', 'ep-1');
const stay = ConsentMother.forTeam(pro, 'team-a', 'ep-1', { form: 'stay-contract-clause' });

describe('consentBasisOf (FAQ-CON-01, FAQ-CON-03, FAQ-PAT-06)', () => {
  it('reads the bases in order: stay contract, then team, then own', () => {
    expect(consentBasisOf([own, team, stay], pro)).toBe('stay-contract');
    expect(consentBasisOf([own, team], pro)).toBe('team');
    expect(consentBasisOf([own], pro)).toBe('own');
    expect(consentBasisOf([], pro)).toBe('own');
  });
});

describe('grantedConsent', () => {
  it.each(CONSENT_BASES)(
    '$basis: the consent rule, then the basis rule, and its explanation',
    (b) => {
      const decision = grantedConsent(b.basis);
      expect(decision).toMatchObject({ allowed: true, code: 'DMP.CONSENT_ACCEPTED' });
      expect(decision.explanation).toBe(b.explanation);
      const rules = [...hasValidConsent.rules, ...(b.rule?.rules ?? [])];
      expect(decision.rules).toEqual([...new Set(rules)]);
    },
  );
});
