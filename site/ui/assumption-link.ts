/** Where the site explains a simulator assumption: its entry on the Sources page. */
import type { AssumptionId } from '../../src/dmp/assumptions';

/** The anchor of an assumption's entry (`hs6`). */
export const assumptionAnchor = (id: AssumptionId): string => id.toLowerCase();

/** The address of an assumption's entry, under the site's base. */
export const assumptionHref = (id: AssumptionId): string =>
  `${import.meta.env.BASE_URL}sources/#${assumptionAnchor(id)}`;
