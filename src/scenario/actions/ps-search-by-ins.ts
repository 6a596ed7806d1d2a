/** `ps.searchByIns`: TD0.2 search of a DMP by INS (matricule and assigning authority). */
import { z } from 'zod';
import { INS_OID_TEST } from '../../dmp/index';
import {
  allowedVerdict,
  asString,
  bundleOf,
  isRefusal,
  refusal,
  refusedVerdict,
} from '../wire/index';
import { patientParam } from './params';
import { defineAction } from './define';
import { verdictOf } from './play';

export const psSearchByIns = defineAction({
  name: 'ps.searchByIns',
  actor: 'professional',
  label: 'Rechercher un DMP par matricule INS',
  params: {
    ins: z
      .string()
      .min(1)
      .optional()
      .describe('Matricule INS saisi (15 caractères). Par défaut : celui du patient visé.'),
    oid: z
      .string()
      .min(1)
      .optional()
      .describe("OID de l'autorité d'affectation (par défaut : OID de test)."),
    patient: patientParam,
  },
  machines: ['proSession'],
  resolve(action, { role, world }) {
    const patientId = action.patient ?? world.defaultPatient;
    const matricule = action.ins ?? world.patients.get(patientId)?.ins.matricule ?? '';
    return {
      request: { professionalId: role.professional, matricule, oid: action.oid ?? INS_OID_TEST },
      subject: patientId,
    };
  },
  core(store, r) {
    const found = store.findByIns(r.matricule, r.oid);
    return {
      verdict: verdictOf(found),
      ...(found.allowed ? { patientId: found.patient.id } : {}),
    };
  },
  async http({ client }, r) {
    const identifier = `urn:oid:${r.oid}|${r.matricule}`;
    const reply = await client.asPro(r.professionalId, 'GET', '/fhir/Patient', {
      query: { identifier },
    });
    if (isRefusal(reply)) return refusal(reply);
    const found = bundleOf(reply.body).matches[0];
    if (found === undefined)
      return {
        verdict: refusedVerdict(
          'DMP.NO_MATCH',
          'Aucun DMP actif pour cette INS (TD0.2 : recherche vide).',
        ),
      };
    return {
      verdict: allowedVerdict('DMP.IDENTITY_FOUND', 'DMP trouvé pour cette INS (TD0.2).'),
      patientId: asString(found['id']),
    };
  },
});
