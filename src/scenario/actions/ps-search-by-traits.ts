/** `ps.searchByTraits`: TD0.2 search of a DMP by identity traits (R6). */
import { z } from 'zod';
import {
  allowedVerdict,
  asString,
  bundleOf,
  bundleVerdict,
  isRefusal,
  refusal,
  refusedVerdict,
  verdictOfOutcome,
} from '../wire/index';
import { defineAction } from './define';
import { verdictOf } from './play';

const GENDER = { F: 'female', M: 'male' } as const;

export const psSearchByTraits = defineAction({
  name: 'ps.searchByTraits',
  actor: 'professional',
  label: "Rechercher un DMP par traits d'identité",
  params: {
    familyName: z.string().describe('Nom de naissance saisi (vide pour une recherche incomplète).'),
    givenName: z.string().describe('Prénom saisi.'),
    birthDate: z.string().describe('Date de naissance saisie (AAAA-MM-JJ).'),
    sex: z.enum(['M', 'F']).describe('Sexe : M ou F.'),
  },
  machines: ['proSession'],
  resolve(action, { role, world }) {
    const { familyName, givenName, birthDate, sex } = action;
    return {
      request: {
        professionalId: role.professional,
        query: { familyName, givenName, birthDate, sex },
      },
      subject: world.defaultPatient,
    };
  },
  core(store, r) {
    const found = store.searchByTraits(r.query);
    return {
      verdict: verdictOf(found),
      ...(found.allowed ? { patientId: found.patient.id } : {}),
    };
  },
  async http({ client }, r) {
    const { familyName, givenName, birthDate, sex } = r.query;
    const reply = await client.asPro(r.professionalId, 'GET', '/fhir/Patient', {
      query: {
        family: familyName,
        given: givenName,
        birthdate: birthDate,
        gender: sex === null ? undefined : GENDER[sex],
      },
    });
    if (isRefusal(reply)) return refusal(reply);
    const { matches, outcome } = bundleOf(reply.body);
    const found = matches[0];
    // No certain identity (none, homonyms, not qualified): a Bundle without Patient whose outcome
    // entry carries the core's refusal.
    if (found === undefined)
      return {
        verdict:
          outcome === null
            ? refusedVerdict('DMP.NO_MATCH', 'Aucune identité trouvée par les traits (TD0.2).')
            : verdictOfOutcome(outcome, false),
      };
    const fallback = allowedVerdict('DMP.IDENTITY_FOUND', 'DMP trouvé par les traits (TD0.2).');
    return { verdict: bundleVerdict(reply.body, fallback), patientId: asString(found['id']) };
  },
});
