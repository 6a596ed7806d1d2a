/**
 * The professional's actions over the simulated API: Pro Santé Connect login with the card, TD0.2
 * search by INS or by traits (R6), consent, TD3.1 consultation (or break-glass with its motive),
 * TD3.2 opening of a document and TD2 deposit (visibility labels, workstation clock; whether the
 * patient was informed stays in the software, which reminds of it); and, in the software outside
 * the DMP, the qualification of the patient's identity (HS17).
 */
import {
  CARD_SESSION_CITATION,
  openCardSession,
  withInformationReminder,
  type AccessRequest,
  type Professional,
} from '../dmp/index';
import {
  allowedVerdict,
  asString,
  bundleOf,
  bundleVerdict,
  isRefusal,
  refusal,
  refusedVerdict,
  textToBase64,
  verdictOfDecision,
  verdictOfOutcome,
  type Json,
} from './http-answers';
import { base64ToText, documentList, fhirDocumentSummary } from './http-document-summary';
import type { HttpClient, InsIdentifier } from './http-client';
import type { DmpAnswer, DmpRequest } from './port';

/** A professional's request. */
type ProfessionalRequest = Extract<DmpRequest, { kind: `ps.${string}` }>;

/** The answer of a request naming a patient absent from the scenario's world. */
export function unknownPatient(patientId: string): DmpAnswer {
  const explanation = `Patient « ${patientId} » inconnu du monde du scénario : son INS n'est pas connue.`;
  return { verdict: refusedVerdict('DMP.UNKNOWN_PATIENT', explanation) };
}

const insToken = (ins: InsIdentifier) => `${ins.system}|${ins.value}`;

const accessQuery = (ins: InsIdentifier, access: AccessRequest, episodeId: string) => ({
  'patient.identifier': insToken(ins),
  episode: episodeId === '' ? undefined : episodeId,
  ...(access.mode === 'normal' ? {} : { mode: access.mode }),
  ...(access.mode === 'bris-de-glace' ? { motive: access.motive } : {}),
});

async function login(
  client: HttpClient,
  pro: Professional | undefined,
  r: Extract<DmpRequest, { kind: 'ps.login' }>,
): Promise<DmpAnswer> {
  const reply = await client.psLogin(r.professionalId, r.card);
  if (isRefusal(reply)) return refusal(reply);
  // The API opened the session; the core's card session (same world) says what the card allows.
  const session = openCardSession(pro, r.card);
  if (!session.opened)
    return { verdict: refusedVerdict('DMP.UNKNOWN_PROFESSIONAL', session.explanation) };
  return {
    verdict: {
      allowed: true,
      code: 'PSC.SESSION_OPENED',
      explanation: session.explanation,
      notices: session.notices,
      ...CARD_SESSION_CITATION,
    },
  };
}

async function searchByIns(
  client: HttpClient,
  r: Extract<DmpRequest, { kind: 'ps.searchByIns' }>,
): Promise<DmpAnswer> {
  const identifier = r.oid === undefined ? r.matricule : `urn:oid:${r.oid}|${r.matricule}`;
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
}

const GENDER = { F: 'female', M: 'male' } as const;

async function searchByTraits(
  client: HttpClient,
  r: Extract<DmpRequest, { kind: 'ps.searchByTraits' }>,
): Promise<DmpAnswer> {
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
}

function depositBody(
  r: Extract<DmpRequest, { kind: 'ps.deposit' }>,
  ins: InsIdentifier,
  now: string,
) {
  const { draft } = r;
  const labels = [
    ...(draft.visibility.maskedFromProfessionals ? ['MASQUE_PS'] : []),
    ...(draft.visibility.invisibleToPatient ? ['INVISIBLE_PATIENT'] : []),
    ...(draft.visibility.invisibleToLegalRepresentatives ? ['INVISIBLE_REPRESENTANTS_LEGAUX'] : []),
  ];
  return {
    resourceType: 'DocumentReference',
    status: 'current',
    type: { coding: [{ code: draft.typeCode }] },
    subject: { identifier: ins },
    // The workstation's clock: the DMP's simulated time shifted by the scenario's skew (R18).
    date: new Date(Date.parse(now) + r.workstationSkewMs).toISOString(),
    description: draft.title,
    context: {
      period: { start: draft.serviceDate },
      ...(r.episodeId === '' ? {} : { episode: r.episodeId }),
    },
    ...(labels.length === 0
      ? {}
      : { securityLabel: labels.map((code) => ({ coding: [{ code }] })) }),
    content: [
      {
        attachment: {
          contentType: 'text/plain',
          data: textToBase64(draft.summary === '' ? draft.title : draft.summary),
        },
      },
    ],
  };
}

/** Perform a professional's request over the API. */
export async function performAsProfessional(
  client: HttpClient,
  professionals: ReadonlyMap<string, Professional>,
  r: ProfessionalRequest,
): Promise<DmpAnswer> {
  if (r.kind === 'ps.login') return login(client, professionals.get(r.professionalId), r);
  if (r.kind === 'ps.searchByIns') return searchByIns(client, r);
  if (r.kind === 'ps.searchByTraits') return searchByTraits(client, r);
  const ins = client.insOf(r.patientId);
  if (ins === null) return unknownPatient(r.patientId);
  if (r.kind === 'ps.qualifyIdentity') {
    // The software's identity repository, outside the DMP (HS17): the patient's local record.
    const path = `/lps/patients/${encodeURIComponent(r.patientId)}/identity-qualification`;
    const reply = await client.asPro(r.professionalId, 'POST', path);
    if (isRefusal(reply)) return refusal(reply);
    return { verdict: verdictOfDecision(reply.body['decision'] as Json) };
  }
  switch (r.kind) {
    case 'ps.recordConsent': {
      const { episodeId, team, givenBy, form, traced, protectorInformed } = r;
      const scope = team === null ? { kind: 'self' } : { kind: 'care-team', ...team };
      const body = { patient: ins, episode: episodeId, scope, givenBy, form, traced };
      const reply = await client.asPro(r.professionalId, 'POST', '/dmp/consents', {
        body: { ...body, protectorInformed, minorSecret: r.minorSecret },
      });
      if (isRefusal(reply)) return refusal(reply);
      return { verdict: verdictOfDecision(reply.body['decision'] as Json) };
    }
    case 'ps.openDmp': {
      const { access } = r;
      const reply =
        access.mode === 'bris-de-glace'
          ? await client.asPro(r.professionalId, 'POST', '/dmp/break-glass', {
              body: {
                patient: ins,
                motive: access.motive,
                patientUnableToConsent: access.patientUnableToConsent,
              },
            })
          : await client.asPro(r.professionalId, 'GET', '/fhir/DocumentReference', {
              query: accessQuery(ins, access, r.episodeId),
            });
      if (isRefusal(reply)) return refusal(reply);
      return {
        verdict: bundleVerdict(reply.body, allowedVerdict('DMP.CONSULTATION_ALLOWED', '')),
        ...documentList(bundleOf(reply.body).matches),
      };
    }
    case 'ps.openDocument': {
      const path = `/fhir/Binary/${encodeURIComponent(r.documentId)}`;
      const reply = await client.asPro(r.professionalId, 'GET', path, {
        query: accessQuery(ins, r.access, r.episodeId),
      });
      if (isRefusal(reply)) return refusal(reply);
      const explanation = `Document « ${r.documentId} » ouvert (TD3.2).`;
      return {
        verdict: allowedVerdict('DMP.DOCUMENT_ALLOWED', explanation),
        content: base64ToText(asString(reply.body['data'])),
      };
    }
    case 'ps.deposit': {
      const now = asString((await client.call('GET', '/training/world')).body['now']);
      const reply = await client.asPro(r.professionalId, 'POST', '/fhir/DocumentReference', {
        body: depositBody(r, ins, now),
      });
      if (isRefusal(reply)) return refusal(reply);
      const explanation = `Document déposé (TD2) : ${r.draft.title}.`;
      return {
        // The software's checklist (R40): a reminder, never a refusal of the DMP.
        verdict: withInformationReminder(allowedVerdict('DMP.DEPOSIT_ALLOWED', explanation), r),
        documentId: asString(reply.body['id']),
        document: fhirDocumentSummary(reply.body),
      };
    }
  }
}
