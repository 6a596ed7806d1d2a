/**
 * `DmpPort` over the simulated DMP API (HTTP): every request becomes API calls made with the login
 * of the role that acts (`http-client.ts`), and the answer (status, FHIR resources,
 * OperationOutcome with the core's stable code) is mapped back to the port's verdict
 * (`http-answers.ts`), so that the engine evaluates `expect:` exactly as over the core. The
 * scenario's world is set up through the training endpoints only (`/training/reset`,
 * `/training/clock`); what they cannot express is refused with a French « non pris en charge par
 * l'API » error (`http-support.ts`) instead of being faked.
 */
import { SIMULATION_START } from '../dmp/index';
import { allowedVerdict, asString, frenchDate, isRefusal, refusal } from './http-answers';
import { createHttpClient } from './http-client';
import { observeOverHttp, performAsPatient } from './http-patient';
import { performAsProfessional } from './http-professional';
import {
  DEFAULTS,
  HttpPortUnsupportedError,
  httpUnsupportedReason,
  unsupportedAction,
} from './http-support';
import type { DmpAnswer, DmpPort, DmpRequest } from './port';
import type { World } from './world';

export {
  HttpPortUnsupportedError,
  httpUnsupportedReason,
  httpUnsupportedScenario,
} from './http-support';

/** Options of `createHttpDmpPort`. */
export interface HttpDmpPortOptions {
  /** A Fetch-compatible function (global `fetch`, or MSW's `getResponse` wrapped). */
  readonly fetch: (request: Request) => Promise<Response>;
  /** Origin of the API, e.g. `http://127.0.0.1:4010`. */
  readonly baseUrl: string;
  /**
   * The scenario's world: the directory of patients (INS) and professionals (cards), and what
   * must be set up at each reset. The default data set when absent.
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
      case 'ps.searchByTraits':
        throw new HttpPortUnsupportedError(unsupportedAction(r.kind));
      case 'ps.login':
      case 'ps.searchByIns':
      case 'ps.recordConsent':
      case 'ps.openDmp':
      case 'ps.openDocument':
      case 'ps.deposit':
        return performAsProfessional(client, professionals, r);
      default:
        return performAsPatient(client, patients, r);
    }
  }

  return {
    async reset() {
      if (world !== undefined) {
        const reason = httpUnsupportedReason(world);
        if (reason !== null) throw new HttpPortUnsupportedError(reason);
      }
      client.forget();
      const reply = await client.call('POST', '/training/reset', { body: {} });
      if (isRefusal(reply))
        throw new Error(`Réinitialisation du monde refusée par l'API (HTTP ${reply.status}).`);
      if (world !== undefined && world.start !== SIMULATION_START) {
        const set = await client.call('POST', '/training/clock', { body: { set: world.start } });
        if (isRefusal(set))
          throw new Error(`Réglage de l'horloge refusé par l'API (HTTP ${set.status}).`);
      }
    },
    perform,
    observe: (patientId) => observeOverHttp(client, patients, patientId),
  };
}
