/**
 * Use case « find a DMP without the INS matricule »: a search by family name, given name, birth
 * date and sex shows a DMP only when exactly one qualified identity matches (R6, FAQ-INS-02).
 */
import type { IsoDate } from '../model/clock';
import type { Patient, Sex } from '../model/patient';
import { hasActiveDmp, isInsQualified, isUniqueTraitMatch } from '../rules/identity.rules';
import { allow, deny, type Allowed, type Denied } from './decision';

/** The four traits of the search (an empty value, or no sex, makes the search incomplete). */
export interface TraitQuery {
  readonly familyName: string;
  readonly givenName: string;
  readonly birthDate: IsoDate;
  readonly sex: Sex | null;
}

/** Either the one patient found with certainty, or a refusal. */
export type TraitSearchResult = (Allowed & { readonly patient: Patient }) | Denied;

/** Uppercase, without accents, with hyphens/apostrophes/extra spaces folded to one space. */
export function normaliseName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[-'’\s]+/g, ' ')
    .trim();
}

/** Whether a patient's INS traits match the query exactly (any of the birth given names). */
export function matchesTraits(patient: Patient, query: TraitQuery): boolean {
  const { traits } = patient;
  return (
    normaliseName(traits.birthName) === normaliseName(query.familyName) &&
    traits.givenNames.some((g) => normaliseName(g) === normaliseName(query.givenName)) &&
    traits.birthDate === query.birthDate &&
    traits.sex === query.sex
  );
}

/** Search active DMPs by traits: a DMP is returned only if exactly one qualified identity matches (R6). */
export function searchByTraits(patients: readonly Patient[], query: TraitQuery): TraitSearchResult {
  const blank = [query.familyName, query.givenName, query.birthDate].some((v) => v.trim() === '');
  if (blank || query.sex === null) {
    return deny(
      'DMP.INCOMPLETE_TRAITS',
      'Renseignez les quatre traits : nom, prénom, date de naissance et sexe.',
      isUniqueTraitMatch,
    );
  }
  const matches = patients.filter((p) => hasActiveDmp(p) && matchesTraits(p, query));
  const [only] = matches;
  if (only === undefined) {
    return deny('DMP.NO_MATCH', 'Aucun DMP ne correspond à ces traits.', isUniqueTraitMatch);
  }
  if (!isUniqueTraitMatch(matches) || !isInsQualified(only)) {
    return deny(
      'DMP.IDENTITY_UNCERTAIN',
      "Plusieurs identités possibles (ou identité non qualifiée) : aucun DMP n'est affiché. Utilisez le matricule INS.",
      isUniqueTraitMatch,
    );
  }
  return {
    ...allow(
      'DMP.IDENTITY_FOUND',
      'Une seule identité correspond, avec certitude : le DMP est affiché.',
      [isUniqueTraitMatch, isInsQualified],
    ),
    patient: only,
  };
}
