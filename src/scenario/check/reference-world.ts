/**
 * Sections of the référentiel about the seed (the data set every scenario starts from): patients,
 * professionals, documents, care episodes and care teams. Each row's one-line description is
 * computed from the seed itself, so a patient or document added to the core shows up here as is.
 */
import {
  DEFAULT_SEED,
  documentType,
  isMinorSecretConsent,
  professionalName,
  professionLabel,
  SEED_EPISODES,
  SEED_TEAMS,
  type ConsentRecord,
  type DmpDocument,
  type Patient,
  type Professional,
} from '../../dmp/index';
import type { ReferenceSection } from '../diagnostics/index';

const seed = DEFAULT_SEED;
const proName = (id: string): string => {
  const p = seed.professionals.find((x) => x.id === id);
  return p === undefined ? id : professionalName(p);
};
const patientName = (id: string): string =>
  seed.patients.find((p) => p.id === id)?.displayName ?? id;
const sentence = (parts: readonly string[]): string =>
  parts.length === 0 ? '—' : `${parts.join(' ; ')}.`;

function consentText(c: ConsentRecord): string {
  const scope =
    c.scope.kind === 'care-team'
      ? `l'équipe ${c.scope.teamId}`
      : `le professionnel ${proName(c.scope.professionalId)}`;
  return `consentement (${c.givenBy}, ${c.form}) pour ${scope}, épisode ${c.episodeId}`;
}

function patientLine(p: Patient): string {
  const parts: string[] = [];
  if (p.legalRepresentatives.length > 0)
    parts.push(`représentants légaux : ${p.legalRepresentatives.map((r) => r.id).join(', ')}`);
  if (p.legalProtection !== null)
    parts.push(
      `mesure de protection (${p.legalProtection.measure}), ${p.legalProtection.protectorName}`,
    );
  if (p.trustedPerson !== null) parts.push(`personne de confiance : ${p.trustedPerson.name}`);
  if (!p.mesActivated) parts.push('Mon espace santé non activé');
  if (p.ownAccountActivated === true)
    parts.push('propre compte activé avec les codes reçus à 18 ans');
  if (p.dmpStatus === 'closed') parts.push('DMP fermé');
  if (p.consents.some((c) => isMinorSecretConsent(p, c)))
    parts.push('secret du mineur confié à un professionnel pour un épisode de soins');
  if (p.blocked.all) parts.push('a bloqué tous les professionnels');
  if (p.blocked.rpps.length > 0) {
    const who = p.blocked.rpps.map(
      (rpps) => seed.professionals.find((x) => x.rpps === rpps)?.id ?? rpps,
    );
    parts.push(`a bloqué : ${who.join(', ')}`);
  }
  if (!p.emergency.allowSamu) parts.push('refuse le SAMU');
  if (!p.emergency.allowOtherProfessionals) parts.push('refuse le bris de glace');
  if (p.emergency.allowMaskedDocumentsInEmergency)
    parts.push('documents masqués visibles en urgence');
  for (const o of p.oppositions)
    parts.push(
      `opposition ${o.kind === 'deposit' ? 'au dépôt' : 'à la consultation'} (${o.scope.kind})`,
    );
  for (const c of p.consents) parts.push(consentText(c));
  return sentence(parts);
}

function professionalLine(p: Professional): string {
  const parts: string[] = [];
  if (p.structureName !== null) parts.push(p.structureName);
  if (p.rpps !== null) parts.push(`RPPS ${p.rpps}`);
  if (p.isIntern)
    parts.push(p.orderRegistered ? "interne inscrit à l'Ordre" : 'interne non inscrit');
  if (p.isRegulator) parts.push('médecin régulateur');
  if (p.rppsPlusRole !== null) parts.push(`rôle RPPS+ : ${p.rppsPlusRole}`);
  if (p.careTeamIds.length > 0) parts.push(`équipes : ${p.careTeamIds.join(', ')}`);
  return sentence(parts);
}

const cardText = (p: Professional): string =>
  p.card.type === 'CPE'
    ? `CPE ${p.card.nominative ? 'nominative' : 'non nominative'}`
    : p.card.type;

function documentLine(d: DmpDocument): string {
  const parts = [`« ${d.title} »`, `acte du ${d.serviceDate}`];
  if (d.status !== 'current') parts.push(`statut ${d.status}`);
  if (d.visibility.maskedFromProfessionals) parts.push('masqué aux professionnels');
  if (d.visibility.invisibleToPatient) parts.push('invisible au patient');
  if (d.visibility.invisibleToLegalRepresentatives) parts.push('invisible aux représentants');
  if (d.deletedAt !== null) parts.push('supprimé');
  return sentence(parts);
}

const author = (d: DmpDocument): string =>
  d.author.kind === 'patient' ? 'patient' : d.author.professionalId;

/** The seed's patients. */
export function patientsSection(): ReferenceSection {
  return {
    topic: 'patients',
    title: 'Patients du jeu de données',
    intro: `Les ${seed.patients.length} patients fictifs. Citez l'identifiant dans world.patients ; le premier déclaré est le patient par défaut des actions.`,
    columns: ['Identifiant', 'Nom', 'Naissance', 'Identité', 'En une ligne'],
    rows: seed.patients.map((p) => [
      p.id,
      p.displayName,
      p.traits.birthDate,
      p.identityStatus,
      patientLine(p),
    ]),
  };
}

/** The seed's professionals. */
export function professionalsSection(): ReferenceSection {
  return {
    topic: 'professionnels',
    title: 'Professionnels du jeu de données',
    intro: `Les ${seed.professionals.length} professionnels fictifs. Citez l'identifiant dans world.professionals, puis dans un rôle (kind: professional).`,
    columns: ['Identifiant', 'Nom', 'Profession', 'Exercice', 'Carte', 'En une ligne'],
    rows: seed.professionals.map((p) => [
      p.id,
      professionalName(p),
      `${p.profession} (${professionLabel(p.profession)})`,
      p.setting,
      cardText(p),
      professionalLine(p),
    ]),
  };
}

/** The seed's documents. */
export function documentsSection(): ReferenceSection {
  return {
    topic: 'documents',
    title: 'Documents du jeu de données',
    intro: `Les ${seed.documents.length} documents fictifs. Citez l'identifiant dans world.documents, puis dans ps.openDocument ou expect.documents.`,
    columns: ['Identifiant', 'Patient', 'Type', 'Auteur', 'En une ligne'],
    rows: seed.documents.map((d) => [
      d.id,
      `${d.patientId} (${patientName(d.patientId)})`,
      `${d.typeCode} (${documentType(d.typeCode).label})`,
      author(d),
      documentLine(d),
    ]),
  };
}

/** Care episodes: those of the seed's consents, with the consents that cover them. */
export function episodesSection(): ReferenceSection {
  const ids = [
    ...new Set([
      ...Object.values(SEED_EPISODES),
      ...seed.patients.flatMap((p) => p.consents.map((c) => c.episodeId)),
    ]),
  ];
  const rows = ids.map((id) => {
    const covered = seed.patients.flatMap((p) =>
      p.consents.filter((c) => c.episodeId === id).map((c) => ({ p, c })),
    );
    const line = covered.map(({ p, c }) => `${p.id} : ${consentText(c)}`);
    return [id, sentence(line.length > 0 ? line : ['aucun consentement du jeu de données'])];
  });
  return {
    topic: 'episodes',
    title: 'Épisodes de soins',
    intro:
      "Écrivez l'épisode dans world.episode (ou `episode:` d'une action). Sans lui, l'épisode vaut episode-scenario, qu'aucun consentement ne couvre : recueillez alors le consentement dans le scénario (ps.recordConsent).",
    columns: ['Épisode', 'Consentements qui le couvrent'],
    rows: [...rows, ['episode-scenario', "Épisode par défaut d'un scénario : aucun consentement."]],
  };
}

/** Care teams and their members. */
export function teamsSection(): ReferenceSection {
  const ids = [
    ...new Set([...Object.values(SEED_TEAMS), ...seed.professionals.flatMap((p) => p.careTeamIds)]),
  ];
  return {
    topic: 'equipes',
    title: 'Équipes de soins',
    intro:
      "Un consentement recueilli pour l'équipe (scope: care-team, team: …) couvre tous ses membres. Un professionnel ajouté au monde rejoint une équipe par careTeams.",
    columns: ['Équipe', 'Membres'],
    rows: ids.map((id) => [
      id,
      seed.professionals
        .filter((p) => p.careTeamIds.includes(id))
        .map((p) => p.id)
        .join(', ') || '—',
    ]),
  };
}
