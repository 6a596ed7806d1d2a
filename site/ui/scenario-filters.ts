/**
 * Filters of the scenario catalogue (public, theme, maximum duration, free tag), shared by the page (build
 * time) and its small browser script: matching, the URL query that makes a filtered list shareable
 * (`?public=medecin&theme=droits-patients&duree=10`), and the announced count. No Node import here.
 */

/** The filters chosen on the catalogue; an empty value means « all ». */
export interface ScenarioFilters {
  readonly audience: string;
  readonly theme: string;
  /** Maximum duration in minutes, as typed in the query (`''` for all). */
  readonly duration: string;
  /** A free tag of the scenarios (`tags:`); absent or `''` for all. */
  readonly tag?: string;
}

/** What a card exposes to the filters. */
interface FilterableScenario {
  readonly audience: readonly string[];
  readonly theme: string;
  readonly duration: number;
  readonly tags?: readonly string[];
}

/** Query parameter of each filter. */
export const FILTER_PARAMS = {
  audience: 'public',
  theme: 'theme',
  duration: 'duree',
  tag: 'etiquette',
} as const;

const KEYS = ['audience', 'theme', 'duration', 'tag'] as const;

/** Maximum durations offered, in minutes. */
export const DURATION_LIMITS: readonly number[] = [5, 8, 10, 15];

/** The audience that every audience filter accepts. */
export const ANY_AUDIENCE = 'tous';

/** No filter. */
export const NO_FILTERS: ScenarioFilters = { audience: '', theme: '', duration: '' };

/** Whether a scenario passes the filters (a scenario for « tous » passes every audience). */
export function matchesFilters(scenario: FilterableScenario, filters: ScenarioFilters): boolean {
  const audienceOk =
    filters.audience === '' ||
    scenario.audience.includes(filters.audience) ||
    scenario.audience.includes(ANY_AUDIENCE);
  const max = Number(filters.duration);
  const durationOk = filters.duration === '' || !Number.isFinite(max) || scenario.duration <= max;
  const tag = filters.tag ?? '';
  const tagOk = tag === '' || (scenario.tags ?? []).includes(tag);
  return (
    audienceOk && (filters.theme === '' || scenario.theme === filters.theme) && durationOk && tagOk
  );
}

/**
 * Themes of links shared before the themes became the FAQ's eight sections (decision 028), with
 * the section their scenarios moved to.
 */
const FORMER_THEMES: Readonly<Record<string, string>> = {
  blocage: 'droits-patients',
  majorite: 'droits-patients',
  'bris-de-glace': 'consentement',
  recherche: 'ins',
};

/**
 * Filters read from a URL query; a former theme is read as its section; a value outside `allowed`
 * (a stale or mistyped link) is dropped.
 * @param allowed the values each filter offers
 */
export function filtersFromQuery(
  query: URLSearchParams,
  allowed: { readonly [K in keyof ScenarioFilters]: readonly string[] },
): ScenarioFilters {
  const read = (key: keyof ScenarioFilters) => {
    const raw = query.get(FILTER_PARAMS[key]) ?? '';
    const value = key === 'theme' ? (FORMER_THEMES[raw] ?? raw) : raw;
    return (allowed[key] ?? []).includes(value) ? value : '';
  };
  const tag = read('tag');
  return {
    audience: read('audience'),
    theme: read('theme'),
    duration: read('duration'),
    ...(tag === '' ? {} : { tag }),
  };
}

/** The URL query of some filters: `''` without filter, else `?public=…&theme=…&duree=…`. */
export function filtersToQuery(filters: ScenarioFilters): string {
  const query = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key] ?? '';
    if (value !== '') query.set(FILTER_PARAMS[key], value);
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/** The sentence the live region announces: « 3 scénarios affichés ». */
export function countLabel(count: number): string {
  if (count === 0) return 'Aucun scénario affiché';
  return count === 1 ? '1 scénario affiché' : `${count} scénarios affichés`;
}
