/**
 * Identifiers and defaults shared by the packages for training platforms (scripts/package.ts
 * writes them in the manifests) and the player's runtime adapter (site/ui/lms/), so that the
 * activity ids of cmi5.xml and those of the statements are the same strings
 * (docs/decisions/033-lms-export.md).
 */

/**
 * Pass mark of a scenario packaged alone, as a share of the scored steps passed at the first try.
 * The scenario files have none: the simulator assumes 80 %. A path's packages use the path's own
 * pass mark; a platform that sets its own (mastery score) wins.
 */
export const DEFAULT_PASS_MARK = 0.8;

/** IRI root of the project's xAPI identifiers (a reserved `.invalid` name: no third party). */
export const XAPI_IRI = 'https://dmp-simulateur.invalid/xapi';

/** Activity id of a scenario (a cmi5 AU), and of a package's course. */
export const scenarioActivityId = (scenarioId: string) =>
  `${XAPI_IRI}/activities/scenario/${scenarioId}`;
export const courseActivityId = (kind: 'scenario' | 'parcours', id: string) =>
  `${XAPI_IRI}/activities/cours/${kind}/${id}`;

/** Context extensions of an `answered` statement. */
export const XAPI_EXTENSION_FAQ = `${XAPI_IRI}/extensions/faq`;
export const XAPI_EXTENSION_RULES = `${XAPI_IRI}/extensions/regles`;
export const XAPI_EXTENSION_STEP = `${XAPI_IRI}/extensions/etape`;

/** State id of the saved progress in the xAPI State API (per actor, AU and registration). */
export const CMI5_PROGRESS_STATE = `${XAPI_IRI}/etats/progression`;
/** State id that records that completed and passed/failed were sent (once per registration). */
export const CMI5_RESULT_STATE = `${XAPI_IRI}/etats/resultat`;

/** The package formats. */
export const PACKAGE_KINDS = ['scorm12', 'scorm2004', 'cmi5'] as const;
export type PackageKind = (typeof PACKAGE_KINDS)[number];
