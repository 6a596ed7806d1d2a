/**
 * `DmpPort` over the simulated DMP API (HTTP): every request becomes API calls made with the login
 * of the role that acts (`http-client.ts`), and the answer (status, FHIR resources,
 * OperationOutcome with the core's stable code) is mapped back to the port's verdict
 * (`http-answers.ts`), so that the engine evaluates `expect:` exactly as over the core. The
 * scenario's world is loaded through the training API (`POST /training/reset` with the entities
 * that differ from the default data set and the start date, `http-world.ts`).
 */
import { frenchDate } from '../dmp/index';
import { allowedVerdict, asString, isRefusal, refusal } from './http-answers';
import { createHttpClient } from './http-client';
import { observeOverHttp, performAsPatient } from './http-patient';
import { performAsProfessional } from './http-professional';
import { DEFAULTS, worldBody } from './http-world';
import type { DmpAnswer, DmpPort, DmpRequest } from './port';
import type { World } from './world';

/** Options of `createHttpDmpPort`. */
interface HttpDmpPortOptions {
  /** A Fetch-compatible function (global `fetch`, or MSW's `getResponse` wrapped). */
  readonly fetch: (request: Request) => Promise<Response>;
  /** Origin of the API, e.g. `http://127.0.0.1:4010`. */
  readonly baseUrl: string;
  /**
   * The scenario's world: the directory of patients (INS) and professionals (cards), and what
   * must be loaded at each reset. The default data set when absent.
   */
  readonly world?: World;
}

/** A `DmpPort` that reaches the DMP through the simulated API. */
export function createHttpDmpPort(options: HttpDmpPortOptions): DmpPort {
  const { world } = options;
  const patients = world?.patients ?? DEFAULTS.patients;
  const professionals = world?.professionals ?? DEFAULTS.professionals;
  const client = createHttpClient({
    fetch: options.fetch,
    baseUrl: options.baseUrl,
    patients,
    professionals,
  });

  async function advanceClock(r: Extract<DmpRequest, { kind: 'clock.advance' }>) {
    const reply = await client.call('POST', '/training/clock', { body: { advance: r.by } });
    if (isRefusal(reply)) return refusal(reply);
    const explanation = `Horloge simulée avancée au ${frenchDate(asString(reply.body['now']))}.`;
    return { verdict: allowedVerdict('SIM.CLOCK_ADVANCED', explanation) };
  }

  async function perform(r: DmpRequest): Promise<DmpAnswer> {
    switch (r.kind) {
      case 'clock.advance':
        return advanceClock(r);
      case 'ps.login':
      case 'ps.searchByIns':
      case 'ps.searchByTraits':
      case 'ps.recordConsent':
      case 'ps.openDmp':
      case 'ps.openDocument':
      case 'ps.deposit':
      case 'ps.qualifyIdentity':
        return performAsProfessional(client, professionals, r);
      default:
        return performAsPatient(client, patients, r);
    }
  }

  return {
    async reset() {
      client.forget();
      const body = world === undefined ? {} : worldBody(world);
      const reply = await client.call('POST', '/training/reset', { body });
      if (isRefusal(reply)) {
        const detail = refusal(reply).verdict.explanation;
        throw new Error(
          `Chargement du monde du scénario refusé par l'API (HTTP ${reply.status}) : ${detail}`,
        );
      }
    },
    perform,
    observe: (patientId) => observeOverHttp(client, patientId),
    async now() {
      const reply = await client.call('GET', '/training/world');
      return asString(reply.body['now']);
    },
  };
}
