/**
 * Professionals: RPPS, profession (TRE_G15 codes plus three explicit non-G15 kinds), practice
 * setting, card. Sources: dmp-facts.md §1.3 (TRE_G15), §9 (cards, RPPS), FAQ-CNX-05, FAQ-ACC-02/03/06/07.
 */

/** Active TRE_G15-ProfessionSante codes with their French labels (dmp-facts.md §1.3). */
export const G15_PROFESSIONS = {
  '10': 'Médecin',
  '21': 'Pharmacien',
  '26': 'Audioprothésiste',
  '28': 'Opticien-lunetier',
  '31': 'Assistant dentaire',
  '32': 'Physicien médical',
  '40': 'Chirurgien-dentiste',
  '50': 'Sage-femme',
  '60': 'Infirmier',
  '69': 'Infirmier psychiatrique',
  '70': 'Masseur-kinésithérapeute',
  '80': 'Pédicure-podologue',
  '81': 'Orthoprothésiste',
  '82': 'Podo-orthésiste',
  '83': 'Orthopédiste-orthésiste',
  '84': 'Oculariste',
  '85': 'Épithésiste',
  '86': 'Technicien de laboratoire médical',
  '91': 'Orthophoniste',
  '92': 'Orthoptiste',
  '94': 'Ergothérapeute',
  '95': 'Diététicien',
  '96': 'Psychomotricien',
  '98': 'Manipulateur ERM',
} as const;

/** A TRE_G15 profession code (note: 95 = diététicien, 96 = psychomotricien). */
export type G15Code = keyof typeof G15_PROFESSIONS;

/**
 * Kinds that are not TRE_G15 codes but matter to the FAQ: osteopaths (FAQ-ACC-03), secretaries
 * holding a CPE (FAQ-DEP-02, FAQ-ACC-06) and "professionnels à rôle" registered in RPPS+ (FAQ-ACC-07).
 */
export const NON_G15_PROFESSIONS = {
  osteopath: 'Ostéopathe',
  secretary: 'Secrétaire médical(e)',
  'rpps-plus-role': 'Professionnel à rôle (RPPS+)',
} as const;

/** A non-G15 profession kind. */
type NonG15Kind = keyof typeof NON_G15_PROFESSIONS;

/** Any profession the simulator knows. */
export type ProfessionCode = G15Code | NonG15Kind;

/**
 * The feminine label of every profession, for sentences about a woman (« Nathalie GIRAUD —
 * infirmière »). Epicene professions keep their label.
 */
export const FEMININE_PROFESSION_LABELS: Readonly<Record<ProfessionCode, string>> = {
  '10': 'Médecin',
  '21': 'Pharmacienne',
  '26': 'Audioprothésiste',
  '28': 'Opticienne-lunetière',
  '31': 'Assistante dentaire',
  '32': 'Physicienne médicale',
  '40': 'Chirurgienne-dentiste',
  '50': 'Sage-femme',
  '60': 'Infirmière',
  '69': 'Infirmière psychiatrique',
  '70': 'Masseuse-kinésithérapeute',
  '80': 'Pédicure-podologue',
  '81': 'Orthoprothésiste',
  '82': 'Podo-orthésiste',
  '83': 'Orthopédiste-orthésiste',
  '84': 'Oculariste',
  '85': 'Épithésiste',
  '86': 'Technicienne de laboratoire médical',
  '91': 'Orthophoniste',
  '92': 'Orthoptiste',
  '94': 'Ergothérapeute',
  '95': 'Diététicienne',
  '96': 'Psychomotricienne',
  '98': 'Manipulatrice ERM',
  osteopath: 'Ostéopathe',
  secretary: 'Secrétaire médicale',
  'rpps-plus-role': 'Professionnelle à rôle (RPPS+)',
};

/** Grammatical gender of a person, for French agreement: « F » (Mme) or « M » (M.). */
export type Gender = 'F' | 'M';

/** Every profession code, G15 first. */
export const PROFESSION_CODES = [
  ...(Object.keys(G15_PROFESSIONS) as G15Code[]),
  ...(Object.keys(NON_G15_PROFESSIONS) as NonG15Kind[]),
] as readonly ProfessionCode[];

/** Roles of non-health professionals registered in RPPS+ (illustrative subset, TRE_R85 not re-read). */
export const RPPS_PLUS_ROLES = {
  'social-worker': 'Assistant(e) de service social',
  'specialised-educator': 'Éducateur(trice) spécialisé(e)',
  'care-assistant': 'Aide-soignant(e)',
  'social-care-worker': 'Accompagnant(e) éducatif et social',
} as const;

/** An RPPS+ role. */
export type RppsPlusRole = keyof typeof RPPS_PLUS_ROLES;

/**
 * How the professional practises, in this order: liberal, in a structure (MSP, centre,
 * médico-social) or in a health establishment.
 */
export const PRACTICE_SETTINGS = ['liberal', 'structure', 'establishment'] as const;

/** A practice setting. */
export type PracticeSetting = (typeof PRACTICE_SETTINGS)[number];

/** Kinds of establishment, informative only: access rights never depend on them (R28). */
export const ESTABLISHMENT_KINDS = [
  'chu',
  'mental-health',
  'ehpad',
  'clinic',
  'samu',
  'msp',
  'smr',
] as const;

/** A kind of establishment. */
export type EstablishmentKind = (typeof ESTABLISHMENT_KINDS)[number];

/** Cards a professional presents: CPS, e-CPS (app), CPE (of a structure) or CPF (in training). */
export const CARD_TYPES = ['CPS', 'e-CPS', 'CPE', 'CPF'] as const;

/** A card type. */
export type CardType = (typeof CARD_TYPES)[number];

/** A professional card: CPS, e-CPS (app), CPE (nominative or not) or CPF (in training). */
export type Card =
  | { readonly type: Exclude<CardType, 'CPE'> }
  | { readonly type: 'CPE'; readonly nominative: boolean };

/** A professional as seen by the DMP. */
export interface Professional {
  readonly id: string;
  /** 11-digit RPPS; null for people without one (secretaries, osteopaths in this simulator). */
  readonly rpps: string | null;
  readonly familyName: string;
  readonly givenName: string;
  readonly profession: ProfessionCode;
  /** Set only when `profession` is `'rpps-plus-role'`. */
  readonly rppsPlusRole: RppsPlusRole | null;
  readonly setting: PracticeSetting;
  readonly establishmentKind: EstablishmentKind | null;
  readonly structureName: string | null;
  readonly card: Card;
  /** Intern (interne): may access only once registered with the Order (R21). */
  readonly isIntern: boolean;
  /** Registered with the professional Order (all practising PS; interns only once registered). */
  readonly orderRegistered: boolean;
  /** Care teams (MSP, hospital unit, EHPAD) the professional belongs to (R34, R49). */
  readonly careTeamIds: readonly string[];
  /** Regulating physician of a SAMU–Centre 15 (mode « centre de régulation »). */
  readonly isRegulator: boolean;
  /** Civility, for French agreement (« infirmière », « avertie »); unknown: the masculine label. */
  readonly gender?: Gender | undefined;
}

/** French label of a profession code; the feminine label for a woman (`gender` « F »). */
export function professionLabel(code: ProfessionCode, gender?: Gender): string {
  if (gender === 'F') return FEMININE_PROFESSION_LABELS[code];
  return code in G15_PROFESSIONS
    ? G15_PROFESSIONS[code as G15Code]
    : NON_G15_PROFESSIONS[code as NonG15Kind];
}

/** French label of a professional's profession, agreed with the professional's gender. */
export function professionLabelOf(p: Pick<Professional, 'profession' | 'gender'>): string {
  return professionLabel(p.profession, p.gender);
}

/**
 * Display name of a person the DMP names, a professional or a legal representative: given name,
 * then family name in capitals (« Hélène VIDAL »).
 */
export function professionalName(p: Pick<Professional, 'givenName' | 'familyName'>): string {
  return `${p.givenName} ${p.familyName.toUpperCase()}`;
}

/** Weighted digits for the Luhn check. */
function luhnSum(digits: string, doubleEven: boolean): number {
  let sum = 0;
  for (let i = digits.length - 1, pos = 0; i >= 0; i -= 1, pos += 1) {
    let d = Number(digits[i]);
    if ((pos % 2 === 0) === doubleEven) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum;
}

/** Luhn check digit for a digit string (used to forge fictitious RPPS numbers). */
export function luhnCheckDigit(digits: string): string {
  return String((10 - (luhnSum(digits, true) % 10)) % 10);
}

/** Whether a digit string passes the Luhn check. */
export function isLuhnValid(digits: string): boolean {
  return /^\d+$/.test(digits) && luhnSum(digits, false) % 10 === 0;
}

/**
 * Whether a string has the RPPS shape (11 digits). The simulator does NOT require a Luhn key:
 * dmp-facts.md §9 marks it as unconfirmed and some official examples violate it; the seed still
 * uses Luhn-valid fictitious numbers in the 19999… range, unlikely to be assigned to real people.
 */
export function isRppsFormat(value: string): boolean {
  return /^\d{11}$/.test(value);
}

/**
 * The cards a professional can present to log in. Pro Santé Connect accepts the CPS and the e-CPS
 * of the same person (dmp-facts.md §9): a CPS holder may also log in with the e-CPS app. A person
 * without an RPPS number holds neither (osteopaths are not in the RPPS and have no CPS, FAQ-ACC-03);
 * a CPE is a structure's card, a CPF a trainee's.
 */
export function cardsHeldBy(
  professional: Pick<Professional, 'card' | 'rpps' | 'profession'>,
): readonly Card['type'][] {
  if (professional.profession === 'osteopath') return [];
  switch (professional.card.type) {
    case 'CPS':
      return professional.rpps === null ? [] : ['CPS', 'e-CPS'];
    case 'e-CPS':
      return professional.rpps === null ? [] : ['e-CPS'];
    case 'CPE':
      return ['CPE'];
    case 'CPF':
      return ['CPF'];
  }
}

/** Why a login with this card is refused, in French; null when the professional holds it. */
export function cardLoginRefusal(
  professional: Pick<Professional, 'card' | 'rpps' | 'profession'>,
  presented: Card['type'],
): string | null {
  const held = cardsHeldBy(professional);
  if (held.includes(presented)) return null;
  if (professional.profession === 'osteopath')
    return `Carte ${presented} présentée, mais les ostéopathes ne sont pas enregistrés au RPPS et ne détiennent ni CPS ni e-CPS : la connexion est refusée (et ils n'ont aucun accès au DMP).`;
  if (held.length === 0)
    return `Carte ${presented} présentée, mais cette personne n'a pas de numéro RPPS, donc ni CPS ni e-CPS : la connexion est refusée.`;
  return `Carte ${presented} présentée, mais ce professionnel détient : ${held.join(', ')}. La connexion est refusée.`;
}
