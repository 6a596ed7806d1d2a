/**
 * The fictitious data set every simulation starts from: 15 patients, 20 professionals, documents
 * across categories, and a clock at 2025-10-01T09:00:00Z. All INS use the test OID.
 */
import { createClock, SIMULATION_START } from './model/clock';
import { SEED_DOCUMENTS, SEED_DOCUMENT_IDS } from './seed/documents.seed';
import { SEED_EPISODES, SEED_PATIENTS, SEED_PATIENT_IDS } from './seed/patients.seed';
import { SEED_PROFESSIONALS, SEED_PROFESSIONAL_IDS, SEED_TEAMS } from './seed/professionals.seed';
import type { DmpSeed } from './store/state';

export { SEED_DOCUMENT_IDS, SEED_EPISODES, SEED_PATIENT_IDS, SEED_PROFESSIONAL_IDS, SEED_TEAMS };

/** The default seed of the simulator. */
export const DEFAULT_SEED: DmpSeed = {
  clock: createClock(SIMULATION_START),
  patients: SEED_PATIENTS,
  professionals: SEED_PROFESSIONALS,
  documents: SEED_DOCUMENTS,
};
