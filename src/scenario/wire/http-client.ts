/**
 * The sessions of an HTTP port: raw calls to the simulated API, and calls made as a professional
 * (simulated Pro Santé Connect with their card) or in Mon espace santé (the patient's INS, and the
 * representative's id when one acts). Tokens expire after 8 hours of simulated time: an expired
 * session is reopened (same card, same INS), as the learner would do.
 */
import type { Patient, Professional } from '../../dmp/index';
import { asString, isExpired, isRefusal, type Json, type Reply } from './http-answers';
import type { CardType } from '../format/base';

/** Query parameters and JSON body of a call. */
interface CallInit {
  readonly query?: Readonly<Record<string, string | undefined>>;
  readonly body?: unknown;
}

/** An INS as the API writes it. */
export interface InsIdentifier {
  readonly system: string;
  readonly value: string;
}

/** The client of one port. */
export interface HttpClient {
  call(method: string, path: string, init?: CallInit & { readonly token?: string }): Promise<Reply>;
  /** Open (or reopen) a professional's session with a card. */
  psLogin(professionalId: string, card: CardType): Promise<Reply>;
  asPro(professionalId: string, method: string, path: string, init?: CallInit): Promise<Reply>;
  asPatient(
    patientId: string,
    representativeId: string | null,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<Reply>;
  /** The INS of a patient of the directory, or null. */
  insOf(patientId: string): InsIdentifier | null;
  /** Forget every session (the world was reset: every token died). */
  forget(): void;
}

/** A client over `fetch`, with the directory of the scenario's world. */
export function createHttpClient(options: {
  readonly fetch: (request: Request) => Promise<Response>;
  readonly baseUrl: string;
  readonly patients: ReadonlyMap<string, Patient>;
  readonly professionals: ReadonlyMap<string, Professional>;
}): HttpClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const proSessions = new Map<string, { card: CardType; token: string }>();
  const mesTokens = new Map<string, string>();

  async function call(
    method: string,
    path: string,
    init: CallInit & { readonly token?: string } = {},
  ): Promise<Reply> {
    const url = new URL(`${base}${path}`);
    for (const [k, v] of Object.entries(init.query ?? {}))
      if (v !== undefined) url.searchParams.set(k, v);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (init.token !== undefined) headers['Authorization'] = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await options.fetch(
      new Request(url, {
        method,
        headers,
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      }),
    );
    const text = await response.text();
    let body: Json;
    try {
      body = text === '' ? {} : (JSON.parse(text) as Json);
    } catch {
      body = {};
    }
    return { status: response.status, body };
  }

  async function psLogin(professionalId: string, card: CardType): Promise<Reply> {
    const reply = await call('POST', '/auth/psc/token', { body: { professionalId, card } });
    if (isRefusal(reply)) proSessions.delete(professionalId);
    else proSessions.set(professionalId, { card, token: asString(reply.body['access_token']) });
    return reply;
  }

  async function asPro(
    professionalId: string,
    method: string,
    path: string,
    init: CallInit = {},
  ): Promise<Reply> {
    let session = proSessions.get(professionalId);
    if (session === undefined) {
      // The core port checks no session: act with the card the professional holds.
      const card = options.professionals.get(professionalId)?.card.type;
      if (card !== undefined) await psLogin(professionalId, card);
      session = proSessions.get(professionalId);
    }
    const reply = await call(method, path, { ...init, token: session?.token ?? '' });
    if (!isExpired(reply) || session === undefined) return reply;
    await psLogin(professionalId, session.card);
    return call(method, path, { ...init, token: proSessions.get(professionalId)?.token ?? '' });
  }

  function insOf(patientId: string): InsIdentifier | null {
    const patient = options.patients.get(patientId);
    return patient === undefined
      ? null
      : { system: `urn:oid:${patient.ins.oid}`, value: patient.ins.matricule };
  }

  async function asPatient(
    patientId: string,
    representativeId: string | null,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<Reply> {
    const key = `${patientId}|${representativeId ?? ''}`;
    const login = async (): Promise<Reply | null> => {
      const ins = insOf(patientId);
      const who = representativeId === null ? {} : { representativeId };
      const reply = await call('POST', '/auth/mes/token', {
        body: ins === null ? {} : { ins, ...who },
      });
      if (isRefusal(reply)) return reply;
      mesTokens.set(key, asString(reply.body['access_token']));
      return null;
    };
    if (!mesTokens.has(key)) {
      const refused = await login();
      if (refused !== null) return refused;
    }
    const reply = await call(method, path, { body, token: mesTokens.get(key) ?? '' });
    if (!isExpired(reply)) return reply;
    const refused = await login();
    return refused ?? call(method, path, { body, token: mesTokens.get(key) ?? '' });
  }

  return {
    call,
    psLogin,
    asPro,
    asPatient,
    insOf,
    forget: () => {
      proSessions.clear();
      mesTokens.clear();
    },
  };
}
