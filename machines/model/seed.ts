/**
 * Look-ups in the default seed for the personas of the model-based tests (and the benchmark).
 */
import {
  DEFAULT_SEED,
  SIMULATION_START,
  type DmpDocument,
  type Patient,
  type Professional,
} from '../../src/dmp/index';

/** The instant every seeded persona starts at. */
export const NOW = SIMULATION_START;

/** A seeded patient by id (throws on an unknown id: the seed is fixed). */
export function seedPatient(id: string): Patient {
  const found = DEFAULT_SEED.patients.find((p) => p.id === id);
  if (found === undefined) throw new Error(`Patient inconnu du jeu d'essai : ${id}`);
  return found;
}

/** A seeded professional by id (throws on an unknown id). */
export function seedProfessional(id: string): Professional {
  const found = DEFAULT_SEED.professionals.find((p) => p.id === id);
  if (found === undefined) throw new Error(`Professionnel inconnu du jeu d'essai : ${id}`);
  return found;
}

/** The current (not deleted) seeded documents of a patient. */
export function seedDocuments(patientId: string): readonly DmpDocument[] {
  return DEFAULT_SEED.documents.filter((d) => d.patientId === patientId && d.deletedAt === null);
}

/** The patient's seeded documents, or one synthetic report when the seed has none. */
export function documentsOf(patient: Patient): readonly DmpDocument[] {
  const seeded = seedDocuments(patient.id);
  if (seeded.length > 0) return seeded;
  return [
    {
      id: `doc-${patient.id}-synthetique`,
      patientId: patient.id,
      typeCode: '11488-4',
      title: 'Compte rendu de consultation',
      serviceDate: '2025-09-01',
      depositedAt: '2025-09-01T10:00:00.000Z',
      author: { kind: 'patient' },
      status: 'current',
      visibility: {
        maskedFromProfessionals: false,
        invisibleToPatient: false,
        invisibleToLegalRepresentatives: false,
      },
      deletedAt: null,
      summary: 'Contenu fictif.',
    },
  ];
}
