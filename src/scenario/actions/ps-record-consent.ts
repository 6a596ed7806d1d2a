/** `ps.recordConsent`: the professional records the patient's consent to access their DMP. */
import { z } from 'zod';
import { isRefusal, refusal, verdictOfDecision, type Json, problem } from '../wire/index';
import { CONSENT_FORMS, CONSENT_GIVERS, CONSENT_SCOPES } from '../format/base';
import { defineAction } from './define';
import { episodeParam, patientParam } from './params';
import { professionalTarget, verdictOf } from './play';

export const psRecordConsent = defineAction({
  name: 'ps.recordConsent',
  actor: 'professional',
  label: 'Enregistrer le consentement du patient',
  params: {
    patient: patientParam,
    episode: episodeParam,
    givenBy: z
      .enum(CONSENT_GIVERS)
      .default('patient')
      .describe('Qui consent : patient, legal-representative ou protector.'),
    form: z
      .enum(CONSENT_FORMS)
      .default('oral')
      .describe('Forme : oral (suffit), written ou stay-contract-clause.'),
    scope: z
      .enum(CONSENT_SCOPES)
      .default('professional')
      .describe("Portée : le professionnel seul, ou l'équipe de soins (care-team)."),
    team: z
      .string()
      .min(1)
      .optional()
      .describe('Équipe de soins couverte (par défaut : la première équipe du professionnel).'),
    informedOfTeamScope: z
      .boolean()
      .default(true)
      .describe("Le patient a été prévenu que le consentement vaut pour l'équipe."),
    traced: z.boolean().default(true).describe('Consentement tracé dans le logiciel (recommandé).'),
    protectorInformed: z
      .boolean()
      .default(false)
      .describe('Majeur protégé : la personne chargée de la mesure a été informée.'),
    minorSecret: z
      .boolean()
      .optional()
      .describe(
        'Patient mineur qui consent seul en demandant le secret à ce professionnel (secret du mineur), pour cet épisode.',
      ),
  },
  machines: ['consent', 'proSession'],
  resolve(action, ctx) {
    const { professionalId, patientId, episodeId } = professionalTarget(action, ctx);
    const teamId = action.team ?? ctx.world.professionals.get(professionalId)?.careTeamIds[0];
    if (action.scope === 'care-team' && teamId === undefined) {
      return problem(
        'SCN034',
        ['do', 'team'],
        `le professionnel « ${professionalId} » n'appartient à aucune équipe de soins`,
        'précisez `team:`',
      );
    }
    const team =
      action.scope === 'care-team' && teamId !== undefined
        ? { teamId, informedOfTeamScope: action.informedOfTeamScope }
        : null;
    const { givenBy, form, traced, protectorInformed, minorSecret } = action;
    return {
      request: {
        professionalId,
        patientId,
        episodeId,
        givenBy,
        form,
        team,
        traced,
        protectorInformed,
        /** The minor consents alone and asks this professional for the secret, for this episode. */
        minorSecret: minorSecret ?? false,
      },
      subject: patientId,
    };
  },
  core(store, r) {
    const { team, ...input } = r;
    const scope = team === null ? {} : { scope: { kind: 'care-team' as const, ...team } };
    return { verdict: verdictOf(store.recordConsent({ ...input, ...scope })) };
  },
  async http({ client, ins }, r) {
    const { episodeId, team, givenBy, form, traced, protectorInformed } = r;
    const scope = team === null ? { kind: 'self' } : { kind: 'care-team', ...team };
    const body = { patient: ins(r.patientId), episode: episodeId, scope, givenBy, form, traced };
    const reply = await client.asPro(r.professionalId, 'POST', '/dmp/consents', {
      body: { ...body, protectorInformed, minorSecret: r.minorSecret },
    });
    if (isRefusal(reply)) return refusal(reply);
    return { verdict: verdictOfDecision(reply.body['decision'] as Json) };
  },
});
