/**
 * `DmpPort` over the simulated DMP API (HTTP): every request becomes the API calls its action's
 * definition makes (`actions/`), with the login of the role that acts (`http-client.ts`), and the answer (status, FHIR resources,
 * OperationOutcome with the core's stable code) is mapped back to the port's verdict
 * (`http-answers.ts`), so that the engine evaluates `expect:` exactly as over the core. The
 * scenario's world is loaded through the training API (`POST /training/reset` with the scenario's
 * `world:` block as it was parsed: the one world format of `src/world`).
 */
import { performOverHttp, type HttpPlayContext } from '../actions/index';
import {
  asArray,
  asString,
  isRefusal,
  refusal,
  createHttpClient,
  type HttpClient,
  DEFAULTS,
} from '../wire/index';
import type { DmpPort, PatientObservation } from './port';
import type { World } from '../wire/index';

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

  const ctx: HttpPlayContext = {
    client,
    patients,
    professionals,
    ins: (patientId) => {
      const ins = client.insOf(patientId);
      if (ins === null) throw new Error(`INS inconnue pour le patient « ${patientId} ».`);
      return ins;
    },
  };

  return {
    async reset() {
      client.forget();
      const body = world === undefined ? {} : { world: world.spec };
      const reply = await client.call('POST', '/training/reset', { body });
      if (isRefusal(reply)) {
        const detail = refusal(reply).verdict.explanation;
        throw new Error(
          `Chargement du monde du scénario refusé par l'API (HTTP ${reply.status}) : ${detail}`,
        );
      }
    },
    perform: (request) => performOverHttp(ctx, request),
    observe: (patientId) => observeOverHttp(client, patientId),
    async now() {
      const reply = await client.call('GET', '/training/world');
      return asString(reply.body['now']);
    },
  };
}

/**
 * Observe a patient's traces the way a trainer does (`GET /training/patients/:id/traces`): the DMP
 * records them whether or not the patient activated Mon espace santé, so an expectation on a
 * patient who never activated it is checked in the site as it is over the core.
 */
async function observeOverHttp(client: HttpClient, patientId: string): Promise<PatientObservation> {
  const path = `/training/patients/${encodeURIComponent(patientId)}/traces`;
  const reply = await client.call('GET', path);
  if (isRefusal(reply))
    throw new Error(
      `Observation du patient « ${patientId} » impossible par l'API (${path} : HTTP ${reply.status}).`,
    );
  return {
    historyCount: Number(reply.body['historyCount']),
    notificationCount: Number(reply.body['notificationCount']),
    vaccinationBook: asArray(reply.body['vaccinationBook']).map(asString),
  };
}
