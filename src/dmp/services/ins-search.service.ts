/**
 * Use case « find the DMP of an INS » (test d'existence, TD0.2): the matricule and OID are parsed
 * (test OID only, valid key), then the active DMP is looked up. Sources: FAQ-INS-01; dmp-facts.md §8, §11.
 */
import { parseIns } from '../model/ins';
import type { Patient } from '../model/patient';
import { hasActiveDmp } from '../rules/identity.rules';
import { allow, cite, deny, type Allowed, type Denied } from './decision';

/** Either the patient whose active DMP carries this INS, or a refusal. */
export type InsSearchResult = (Allowed & { readonly patient: Patient }) | Denied;

/** Find the active DMP of a matricule INS; malformed or production INS are refused, never thrown. */
export function findDmpByIns(
  patients: readonly Patient[],
  matricule: string,
  oid?: string,
): InsSearchResult {
  const parsed = parseIns(matricule, oid);
  if (!parsed.ok) return deny('DMP.INS_INVALID', parsed.message, cite('FAQ-INS-01'));
  const patient = patients.find((p) => p.ins.matricule === parsed.ins.matricule && hasActiveDmp(p));
  if (patient === undefined) {
    return deny(
      'DMP.NO_MATCH',
      'Aucun DMP actif pour ce matricule INS.',
      cite('FAQ-INS-01'),
      hasActiveDmp,
    );
  }
  return {
    ...allow('DMP.IDENTITY_FOUND', 'DMP trouvé pour ce matricule INS.', [
      cite('FAQ-INS-01'),
      hasActiveDmp,
    ]),
    patient,
  };
}
