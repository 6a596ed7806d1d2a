/**
 * The HTTP port over an in-process simulated API: a fresh store with the default data set, the MSW
 * handlers of `src/mocks` answering every request through `getResponse` (no network, no service
 * worker). Used by `npm run scenarios -- run --http` and the tests; kept out of `index.ts` so that
 * the scenario surface does not pull the API handlers.
 */
import { getResponse } from 'msw';
import { createDmpStore, DEFAULT_SEED } from '../../dmp/index';
import { createHandlers } from '../../mocks/handlers/index';
import {
  createEngine,
  type ScenarioEngine,
  playAllBranches,
  type ExploreOptions,
  type RunReport,
} from '../engine/index';
import { createHttpDmpPort, type DmpPort } from '../ports/index';
import type { Scenario } from '../format/index';
import type { World } from '../wire/index';

/** Origin of the in-process API (never resolved: MSW answers). */
const IN_PROCESS_API = 'http://dmp.local';

/** A Fetch function answered by the MSW handlers over a fresh default store; unhandled = error. */
function inProcessFetch(): (request: Request) => Promise<Response> {
  const handlers = createHandlers(createDmpStore(DEFAULT_SEED));
  return async (request) => {
    const response = await getResponse(handlers, request);
    if (response === undefined)
      throw new Error(
        `Requête non prise en charge par l'API simulée : ${request.method} ${request.url}`,
      );
    return response;
  };
}

/** The HTTP port of a scenario's world over an in-process API. */
export function createInProcessHttpPort(world: World): DmpPort {
  return createHttpDmpPort({
    fetch: inProcessFetch(),
    baseUrl: IN_PROCESS_API,
    world,
  });
}

/**
 * The site's port: the HTTP port, plus what the screens let a learner do. Mon espace santé offers
 * to mask or delete only a document its last list showed the patient (decision 052): before such a
 * request, the port looks at that list (a look changes nothing) and stops the play when the
 * document is not in it, since no learner could choose it.
 */
function createSitePort(world: World): DmpPort {
  const port = createInProcessHttpPort(world);
  return {
    ...port,
    async perform(request) {
      if (request.kind === 'patient.maskDocument' || request.kind === 'patient.deleteDocument') {
        const list = await port.perform({
          kind: 'patient.viewDocuments',
          patientId: request.patientId,
        });
        if (!list.summaries?.some((d) => d.id === request.documentId))
          throw new Error(
            `le document « ${request.documentId} » n'est pas dans la liste que Mon espace santé montre au patient : l'apprenant ne peut pas le choisir pour le masquer ou le supprimer (nommez un document que le patient voit dans son espace)`,
          );
      }
      return port.perform(request);
    },
  };
}

/** An engine reaching the DMP over HTTP (in-process API), as the site lets a learner act. */
function createHttpEngine(scenario: Scenario, world: World): ScenarioEngine {
  return createEngine(scenario, world, createSitePort(world));
}

/** Play every branch of a scenario over HTTP (in-process API). */
export function playOverHttp(
  scenario: Scenario,
  world: World,
  maxPaths?: number,
  options?: ExploreOptions,
): Promise<RunReport> {
  return playAllBranches(createHttpEngine(scenario, world), maxPaths, options);
}

/**
 * What `check` replays over HTTP: every route, where answers of a question that lead to the same
 * step are one route since they send the same requests (`ExploreOptions.routesOnly`).
 */
export function playRoutesOverHttp(
  scenario: Scenario,
  world: World,
  maxPaths?: number,
): Promise<RunReport> {
  return playOverHttp(scenario, world, maxPaths, { routesOnly: true });
}
