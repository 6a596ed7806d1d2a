/**
 * Routes of the professional's software, outside the DMP: what the software does with its own
 * identity repository (identitovigilance) and the simulator plays so that a scenario can change it.
 */

import { idParams } from '../schemas/fhir.schemas';
import { defineRoute } from './route';

/** The patient's identity becomes qualified in the professional's software (HS17). */
export const identityQualification = defineRoute({
  id: 'identityQualification',
  method: 'post',
  path: '/lps/patients/:id/identity-qualification',
  auth: 'ps',
  tag: 'Logiciel du professionnel',
  params: idParams,
  errors: [404],
});
