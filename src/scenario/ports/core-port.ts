/**
 * `DmpPort` over the in-memory core store (`createDmpStore`): every request is played as its
 * action's definition says (`actions/`), by one store operation whose typed decision becomes the
 * verdict.
 */
import type { DmpStore } from '../../dmp/index';
import { performOnCore } from '../actions/index';
import type { DmpPort } from './port';

/** A synchronous `DmpPort` over a core store (which already holds the scenario's world as its seed). */
export function createCoreDmpPort(store: DmpStore): DmpPort {
  return {
    reset: () => store.reset(),
    now: () => store.getState().clock.now,
    perform: (request) => performOnCore(store, request),
    observe: (patientId) => ({
      historyCount: store.history(patientId).length,
      notificationCount: store.notifications(patientId).length,
      vaccinationBook: store.vaccinationBook(patientId).map((d) => d.id),
    }),
  };
}
