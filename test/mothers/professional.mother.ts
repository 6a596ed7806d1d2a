/**
 * Object Mother for professionals: one named constructor per situation of the FAQ, each
 * overridable. RPPS numbers are fictitious (19998… range, Luhn key).
 */
import {
  luhnCheckDigit,
  type Card,
  type PracticeSetting,
  type Professional,
  type ProfessionCode,
} from '../../src/dmp/index';

let counter = 0;

/** A fresh fictitious RPPS (11 digits, Luhn-valid). */
function nextRpps(): string {
  counter += 1;
  const body = `19998${String(counter).padStart(5, '0')}`;
  return `${body}${luhnCheckDigit(body)}`;
}

function build(
  profession: ProfessionCode,
  setting: PracticeSetting,
  overrides: Partial<Professional> = {},
): Professional {
  const rpps = nextRpps();
  return {
    id: `pro-${profession}-${setting}-${rpps}`,
    rpps,
    familyName: 'Essai',
    givenName: 'Dominique',
    profession,
    rppsPlusRole: null,
    setting,
    establishmentKind: null,
    structureName: null,
    card: { type: 'CPS' },
    isIntern: false,
    orderRegistered: true,
    careTeamIds: [],
    isRegulator: false,
    ...overrides,
  };
}

/** Named constructors of professionals. */
export const ProfessionalMother = {
  of: build,
  gp: (o: Partial<Professional> = {}) =>
    build('10', 'liberal', { familyName: 'Généraliste', ...o }),
  hospitalPhysician: (o: Partial<Professional> = {}) =>
    build('10', 'establishment', { establishmentKind: 'chu', ...o }),
  regulator: (o: Partial<Professional> = {}) =>
    build('10', 'establishment', { establishmentKind: 'samu', isRegulator: true, ...o }),
  pharmacist: (o: Partial<Professional> = {}) => build('21', 'liberal', o),
  pharmacistInMentalHealth: (o: Partial<Professional> = {}) =>
    build('21', 'establishment', { establishmentKind: 'mental-health', ...o }),
  osteopath: (o: Partial<Professional> = {}) => build('osteopath', 'liberal', { rpps: null, ...o }),
  occupationalTherapist: (setting: PracticeSetting, o: Partial<Professional> = {}) =>
    build('94', setting, o),
  psychomotorTherapist: (setting: PracticeSetting, o: Partial<Professional> = {}) =>
    build('96', setting, o),
  dietitian: (setting: PracticeSetting, o: Partial<Professional> = {}) => build('95', setting, o),
  physiotherapist: (o: Partial<Professional> = {}) => build('70', 'liberal', o),
  nurse: (o: Partial<Professional> = {}) => build('60', 'liberal', o),
  midwife: (o: Partial<Professional> = {}) => build('50', 'liberal', o),
  dentist: (o: Partial<Professional> = {}) => build('40', 'liberal', o),
  intern: (registered: boolean, card: Card = { type: 'CPF' }, o: Partial<Professional> = {}) =>
    build('10', 'establishment', { isIntern: true, orderRegistered: registered, card, ...o }),
  secretaryWithNominativeCpe: (o: Partial<Professional> = {}) =>
    build('secretary', 'structure', { rpps: null, card: { type: 'CPE', nominative: true }, ...o }),
  staffWithAnonymousCpe: (o: Partial<Professional> = {}) =>
    build('secretary', 'establishment', {
      rpps: null,
      card: { type: 'CPE', nominative: false },
      ...o,
    }),
  rppsPlusRole: (o: Partial<Professional> = {}) =>
    build('rpps-plus-role', 'structure', {
      rppsPlusRole: 'social-worker',
      card: { type: 'e-CPS' },
      ...o,
    }),
  eCpsUser: (o: Partial<Professional> = {}) =>
    build('10', 'liberal', { card: { type: 'e-CPS' }, ...o }),
};
