/**
 * The DMP ports of the scenario engine (decision 049): the port's contract (port: requests,
 * answers, observations) and its two adapters, over the core in memory (core-port) and over the
 * simulated API's HTTP routes (http-port). Outside this folder, import from here only (dependency
 * rule `scenario-folders-through-their-index`). The wire the actions play through (answer,
 * http-answers, http-client, request-context…) is still flat in src/scenario/: the actions import
 * it, and these adapters import the actions. The player imports this index (createHttpDmpPort).
 */
export { createCoreDmpPort } from './core-port';
export { createHttpDmpPort } from './http-port';
export type { DmpAnswer, DmpPort, PatientObservation, Verdict } from './port';
