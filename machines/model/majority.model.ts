/**
 * Model of the majority machine: a 10-year-old with two parents, a girl who turns 18 on
 * 15/10/2025, a minor under the secret connection, someone who is not a representative, a minor
 * without representative. Time moves forward through absolute instants only.
 */
import type { SnapshotFrom } from 'xstate';
import {
  anniversary,
  hasActivatedOwnAccount,
  isAdultAt,
  isBefore,
  isCurrentRepresentative,
  holdsMinorSecret,
  SEED_EPISODES,
  SEED_PATIENT_IDS as PAT,
  VISIBLE_TO_ALL,
  type DmpDocument,
  type Patient,
} from '../../src/dmp/index';
import { majorityMachine, type MajorityEvent } from '../majority.machine';
import type { ModelSpec } from './runner';
import { NOW, seedDocuments, seedPatient } from './seed';

type Snapshot = SnapshotFrom<typeof majorityMachine>;

const persona = (
  name: string,
  patient: Patient,
  representativeId: string,
  extra: readonly DmpDocument[] = [],
) => ({
  name,
  input: { patient, representativeId, documents: [...seedDocuments(patient.id), ...extra] },
});

/** A document hidden from the patient pending an announcement consultation, deposited at `NOW`. */
function pendingAnnouncement(patient: Patient): DmpDocument {
  const [doc] = depositSamples(patient, NOW);
  if (doc === undefined) throw new Error('no sample');
  return {
    ...doc,
    id: `doc-${patient.id}-annonce`,
    typeCode: '51969-4',
    title: 'Génétique',
    visibility: { ...VISIBLE_TO_ALL, invisibleToPatient: true },
  };
}

/** The professional who receives the minor's secret in the model, and the episodes. */
const SECRET_HOLDER = 'pro-midwife';
const SECRET_EPISODE = SEED_EPISODES.secretContraception;
const OTHER_EPISODE = 'ep-autre-episode';

/** Documents a professional may deposit for a minor: visible to all, or hidden from representatives. */
export function depositSamples(patient: Patient, at: string): readonly DmpDocument[] {
  const base: DmpDocument = {
    id: `doc-${patient.id}-depot`,
    patientId: patient.id,
    typeCode: '57833-6',
    title: 'Prescription',
    serviceDate: at.slice(0, 10),
    depositedAt: at,
    author: {
      kind: 'professional',
      professionalId: SECRET_HOLDER,
      name: 'Élise GUÉRIN',
      rpps: '19999000136',
      profession: '50',
    },
    status: 'current',
    visibility: VISIBLE_TO_ALL,
    deletedAt: null,
    summary: 'Contenu fictif.',
  };
  return [
    base,
    {
      ...base,
      id: `${base.id}-secret`,
      visibility: { ...VISIBLE_TO_ALL, invisibleToLegalRepresentatives: true },
    },
  ];
}

function events(s: Snapshot): MajorityEvent[] {
  const c = s.context;
  const instants = [NOW, anniversary(c.patient.traits.birthDate, 18)].filter((t) =>
    isBefore(c.now, t),
  );
  const docs = [...new Map(c.documents.map((d) => [d.id, d])).values()];
  return [
    ...instants.map((now): MajorityEvent => ({ type: 'clock.advance', now })),
    ...docs.map((document): MajorityEvent => ({ type: 'representative.openDocument', document })),
    ...docs.map((document): MajorityEvent => ({ type: 'patient.openDocument', document })),
    { type: 'patient.activateOwnAccount' },
    {
      type: 'minor.requestSecretConnection',
      professionalId: SECRET_HOLDER,
      episodeId: SECRET_EPISODE,
    },
    // The secret's episode and another one: the secret does not leak to the next episode.
    ...[SECRET_EPISODE, OTHER_EPISODE].flatMap((episodeId) =>
      depositSamples(c.patient, c.now).map((document): MajorityEvent => ({
        type: 'ps.depositDocument',
        document,
        episodeId,
      })),
    ),
  ];
}

/** Invariants of the majority machine. */
export function majorityInvariants(
  s: Snapshot,
  previous: Snapshot | undefined,
  event: MajorityEvent | undefined,
): string[] {
  const c = s.context;
  const adult = isAdultAt(c.patient, c.now);
  const v: string[] = [];
  if (s.matches('attached') === adult) v.push('rattachement incohérent avec l’âge');
  if (
    s.matches('detached') &&
    (!c.ownCodes || isCurrentRepresentative(c.representativeId, c.patient, c.now))
  )
    v.push('majeur sans codes personnels, ou représentant encore en fonction');
  const byId = new Map(c.documents.map((d) => [d.id, d]));
  if (
    c.shownToRepresentative.some(
      (id) => byId.get(id)?.visibility.invisibleToLegalRepresentatives !== false,
    )
  )
    v.push('un représentant a vu un document qui lui est caché');
  if (
    previous?.matches('detached') === true &&
    c.shownToRepresentative.length > previous.context.shownToRepresentative.length
  )
    v.push("l'ancien représentant voit encore des documents après la majorité");
  if (
    event?.type === 'representative.openDocument' &&
    s.matches('detached') &&
    c.lastDecision?.allowed !== false
  )
    v.push("l'ancien représentant n'est pas refusé");
  if (
    previous !== undefined &&
    previous.matches('attached') &&
    event?.type === 'ps.depositDocument' &&
    event.document.author.kind === 'professional' &&
    holdsMinorSecret(
      previous.context.patient,
      event.document.author.professionalId,
      event.episodeId,
    ) &&
    c.documents.length > previous.context.documents.length
  ) {
    const added = c.documents[c.documents.length - 1];
    if (added?.visibility.invisibleToLegalRepresentatives !== true)
      v.push('dépôt en connexion secrète visible des représentants');
  }
  if (
    c.shownToPatient.length > (previous?.context.shownToPatient.length ?? 0) &&
    !hasActivatedOwnAccount(c.patient)
  )
    v.push('le jeune majeur voit ses documents sans avoir activé son propre compte');
  if (previous !== undefined && isBefore(c.now, previous.context.now)) v.push("l'horloge a reculé");
  return v;
}

const ORPHAN: Patient = { ...seedPatient(PAT.minorTwoRepresentatives), legalRepresentatives: [] };

/** The model of the majority machine. */
export const majorityModel: ModelSpec<typeof majorityMachine> = {
  machine: majorityMachine,
  personas: [
    persona(
      'Lucas, 10 ans, sa mère',
      seedPatient(PAT.minorTwoRepresentatives),
      'rep-bernard-sophie',
    ),
    persona(
      'Inès, 18 ans le 15/10/2025, sa mère',
      seedPatient(PAT.minorTurning18),
      'rep-petit-nadia',
      [pendingAnnouncement(seedPatient(PAT.minorTurning18))],
    ),
    persona(
      'Léa, connexion secrète, son père',
      seedPatient(PAT.minorSecretConnection),
      'rep-fontaine-marc',
    ),
    persona(
      "Quelqu'un qui n'est pas représentant",
      seedPatient(PAT.minorTwoRepresentatives),
      'rep-inconnu',
    ),
    persona('Mineur sans représentant déclaré', ORPHAN, 'rep-bernard-sophie', [
      pendingAnnouncement(ORPHAN),
    ]),
  ],
  events,
  project: (s) => [
    s.context.now,
    s.context.patient.consents.length,
    s.context.lastDecision?.code ?? null,
    s.context.ownCodes,
    s.context.patient.ownAccountActivated === true,
  ],
  invariants: majorityInvariants,
};
