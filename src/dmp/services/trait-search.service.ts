/**
 * Use case « find a DMP without the INS matricule »: a search by family name, given name, birth
 * date and sex shows a DMP only when exactly one qualified identity matches (R6, FAQ-INS-02). The
 * FAQ only announces this search (September 2025): it is off unless the world switches it on, and
 * every answer given while it is on carries the caveat.
 */
import type { Instant, IsoDate } from '../model/clock';
import { ANNOUNCED_FEATURES, NO_FEATURE_SETTINGS, type FeatureSettings } from '../model/features';
import type { Patient, Sex } from '../model/patient';
import {
  hasActiveDmp,
  isInsQualified,
  isTraitSearchAvailable,
  isUniqueTraitMatch,
} from '../rules/identity.rules';
import { assumptionLabel } from '../assumptions';
import { allow, deny, restsOn, type Allowed, type Denied } from './decision';

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

/** Whether the announced search is switched on, and when the search happens. */
export interface TraitSearchOptions {
  readonly features?: FeatureSettings;
  readonly now?: Instant;
}

const CAVEAT = ANNOUNCED_FEATURES.traitSearch.caveat;

/**
 * Search active DMPs by traits: refused while the announced feature is off; else a DMP is returned
 * only if exactly one qualified identity matches (R6).
 */
export function searchByTraits(
  patients: readonly Patient[],
  query: TraitQuery,
  options: TraitSearchOptions = {},
): TraitSearchResult {
  const features = options.features ?? NO_FEATURE_SETTINGS;
  if (!isTraitSearchAvailable(features, options.now)) {
    return deny(
      'DMP.FEATURE_NOT_AVAILABLE',
      ANNOUNCED_FEATURES.traitSearch.unavailable,
      isTraitSearchAvailable,
    );
  }
  const blank = [query.familyName, query.givenName, query.birthDate].some((v) => v.trim() === '');
  if (blank || query.sex === null) {
    return deny(
      'DMP.INCOMPLETE_TRAITS',
      `Renseignez les quatre traits : nom, prénom, date de naissance et sexe (${assumptionLabel('HS19')}). (${CAVEAT})`,
      isUniqueTraitMatch,
      restsOn('HS19'),
    );
  }
  const matches = patients.filter((p) => hasActiveDmp(p) && matchesTraits(p, query));
  const [only] = matches;
  if (only === undefined) {
    return deny(
      'DMP.NO_MATCH',
      `Aucun DMP ne correspond à ces traits. (${CAVEAT})`,
      isUniqueTraitMatch,
    );
  }
  if (!isUniqueTraitMatch(matches) || !isInsQualified(only)) {
    return deny(
      'DMP.IDENTITY_UNCERTAIN',
      `Plusieurs identités possibles (ou identité non qualifiée) : aucun DMP n'est affiché. Utilisez le matricule INS. (${CAVEAT})`,
      isUniqueTraitMatch,
    );
  }
  return {
    ...allow(
      'DMP.IDENTITY_FOUND',
      'Une seule identité correspond, avec certitude : le DMP est affiché.',
      [isTraitSearchAvailable, isUniqueTraitMatch, isInsQualified],
      [CAVEAT],
    ),
    patient: only,
  };
}
