/**
 * The words of the « Données fictives » notice, shared by the `FictiveBanner.astro` component of
 * the pages and the scenario player island (a Preact island cannot render an Astro component).
 */

/** Title of the notice. */
export const FICTIVE_TITLE = 'Données fictives — simulation.';

/** What is fictitious on the simulator's pages and in the player. */
export const SIMULATOR_NOTICE =
  'Patients, professionnels et documents sont inventés ; rien ne part vers le vrai DMP.';
