/**
 * The documented walk through the simulated DMP, on the fictitious data set: consent, break-glass,
 * blocking, and a minor's majority. Patients, professionals and INS come from the core seed
 * (test OID 1.2.250.1.213.1.4.10 only). Every step states the status it must produce.
 */
import { INS_OID_TEST } from '../../dmp/index';
import type { WalkChapterId, WalkStep } from './types';

/** Chapters, in order, with their French titles and summaries. */
export const WALK_CHAPTERS: readonly {
  readonly id: WalkChapterId;
  readonly title: string;
  readonly summary: string;
}[] = [
  { id: 'setup', title: 'Mise en place', summary: 'Le formateur recharge le monde simulé.' },
  {
    id: 'consent',
    title: 'Consentement',
    summary:
      "Sans consentement pour l'épisode de soins, pas de consultation ; une CPE ne consulte jamais.",
  },
  {
    id: 'break-glass',
    title: 'Bris de glace',
    summary:
      "Accès d'urgence avec motif, tracé et notifié ; refusé si le patient s'y est opposé par avance.",
  },
  {
    id: 'blocking',
    title: 'Blocage',
    summary: 'Le patient bloque un professionnel depuis Mon espace santé, puis le débloque.',
  },
  {
    id: 'majority',
    title: "Majorité d'une mineure",
    summary:
      'À 18 ans, le profil se détache du compte du représentant légal et son consentement ne vaut plus.',
  },
];

const ins = (matricule: string) => ({ system: `urn:oid:${INS_OID_TEST}`, value: matricule });
const token = (matricule: string) => `urn:oid:${INS_OID_TEST}|${matricule}`;

/** Fictitious INS matricules of the walk's patients (core seed). */
export const WALK_INS = {
  claire: '278044410990195',
  paul: '165122B03391397',
  henri: '144024909990795',
  ines: '207107218190373',
} as const;

const CONSENT_EPISODE = 'ep-consultation-2025-10';
const MSP_EPISODE = 'ep-adult-follow-up-2025';
const INES_EPISODE = 'ep-turning-18-follow-up';

const psLogin = (rpps: string, card = 'CPS') => ({
  method: 'POST' as const,
  path: '/auth/psc/token',
  body: { rpps, card },
});
const mesLogin = (matricule: string, representativeId?: string) => ({
  method: 'POST' as const,
  path: '/auth/mes/token',
  body: { ins: ins(matricule), ...(representativeId ? { representativeId } : {}) },
});
const search = (matricule: string, episode: string, auth: string) => ({
  method: 'GET' as const,
  path: '/fhir/DocumentReference',
  query: { 'patient.identifier': token(matricule), status: 'current', episode },
  auth,
});
const breakGlass = (matricule: string, motive: string, auth: string) => ({
  method: 'POST' as const,
  path: '/dmp/break-glass',
  body: { patient: ins(matricule), motive },
  auth,
});
const mesGet = (path: string, auth: string) => ({ method: 'GET' as const, path, auth });

const GP = 'Dr Hélène Vidal, médecin généraliste (CPS)';
const ER = 'Dr Antoine Lambert, médecin hospitalier (CPS)';
const NURSE = 'Nathalie Giraud, infirmière libérale de la MSP (CPS)';
const NADIA = "Nadia Petit, mère et représentante légale d'Inès";
const INES = 'Inès Petit, patiente';

/** Every step of the walk, in order. */
export const WALK_STEPS: readonly WalkStep[] = [
  {
    id: 'reinitialiser',
    chapter: 'setup',
    actor: 'Formateur',
    title: 'Recharger le monde simulé',
    explanation:
      'Jeu de données fictif, horloge au 1er octobre 2025 9 h (UTC) ; les anciens jetons sont invalidés.',
    request: { method: 'POST', path: '/training/reset', body: {} },
    expect: { status: 200 },
  },
  {
    id: 'connexion-medecin',
    chapter: 'consent',
    actor: GP,
    title: 'Se connecter avec Pro Santé Connect',
    explanation:
      'La carte présentée est celle que le simulateur connaît pour ce RPPS : un jeton porteur est délivré.',
    request: psLogin('19999000011'),
    saveToken: 'GP',
    expect: { status: 200 },
  },
  {
    id: 'verifier-dmp',
    chapter: 'consent',
    actor: GP,
    title: "TD0.2 : vérifier le DMP et le statut d'accès",
    explanation:
      "Le DMP de Claire Moreau existe ; le statut d'accès indique qu'aucun consentement ne couvre ce nouvel épisode.",
    request: {
      method: 'GET',
      path: '/fhir/Patient',
      query: { identifier: token(WALK_INS.claire), episode: CONSENT_EPISODE },
      auth: 'GP',
    },
    expect: { status: 200, code: 'DMP.CONSENT_REQUIRED' },
  },
  {
    id: 'rechercher-sans-consentement',
    chapter: 'consent',
    actor: GP,
    title: 'TD3.1 : rechercher les documents sans consentement',
    explanation: 'Refus 403 : recueillez le consentement (un accord oral suffit).',
    request: search(WALK_INS.claire, CONSENT_EPISODE, 'GP'),
    expect: { status: 403, code: 'DMP.CONSENT_REQUIRED' },
  },
  {
    id: 'enregistrer-consentement',
    chapter: 'consent',
    actor: GP,
    title: 'Enregistrer le consentement oral de la patiente',
    explanation:
      "Le consentement vaut pour cet épisode de soins et pour ce médecin ; il est tracé dans l'historique.",
    request: {
      method: 'POST',
      path: '/dmp/consents',
      body: {
        patient: ins(WALK_INS.claire),
        episode: CONSENT_EPISODE,
        givenBy: 'patient',
        form: 'oral',
        traced: true,
        protectorInformed: false,
      },
      auth: 'GP',
    },
    expect: { status: 201, code: 'DMP.CONSENT_ACCEPTED' },
  },
  {
    id: 'rechercher-avec-consentement',
    chapter: 'consent',
    actor: GP,
    title: 'TD3.1 : rechercher à nouveau',
    explanation:
      "Les documents que la matrice ouvre à un médecin sont listés ; le document masqué aux professionnels ne l'est pas.",
    request: search(WALK_INS.claire, CONSENT_EPISODE, 'GP'),
    expect: { status: 200, code: 'DMP.CONSULTATION_ALLOWED' },
  },
  {
    id: 'consulter-document',
    chapter: 'consent',
    actor: GP,
    title: 'TD3.2 : consulter le volet de synthèse médicale',
    explanation:
      "Le contenu arrive en base64 ; l'ouverture est tracée avec l'identifiant du document.",
    request: {
      method: 'GET',
      path: '/fhir/Binary/doc-adult-vsm',
      query: { 'patient.identifier': token(WALK_INS.claire), episode: CONSENT_EPISODE },
      auth: 'GP',
    },
    expect: { status: 200 },
  },
  {
    id: 'suivre-fullurl',
    chapter: 'consent',
    actor: GP,
    title: 'Suivre un lien : lire le DocumentReference',
    explanation:
      "Le fullUrl d'une entrée de la recherche (et le Location d'un dépôt) mène au document ; même décision d'accès que la recherche, avec le même épisode. Le patient se déduit du document.",
    request: {
      method: 'GET',
      path: '/fhir/DocumentReference/doc-adult-vsm',
      query: { episode: CONSENT_EPISODE },
      auth: 'GP',
    },
    expect: { status: 200 },
  },
  {
    id: 'suivre-attachment-url',
    chapter: 'consent',
    actor: GP,
    title: 'Suivre un lien : attachment.url « Binary/… »',
    explanation:
      "Le lien du contenu s'ouvre tel quel, sans répéter l'INS : le patient est celui du document.",
    request: {
      method: 'GET',
      path: '/fhir/Binary/doc-adult-vsm',
      query: { episode: CONSENT_EPISODE },
      auth: 'GP',
    },
    expect: { status: 200 },
  },
  {
    id: 'suivre-subject-reference',
    chapter: 'consent',
    actor: GP,
    title: 'Suivre un lien : subject.reference « Patient/… »',
    explanation: 'Le Patient du document, comme la recherche par INS le rend (lecture non tracée).',
    request: { method: 'GET', path: '/fhir/Patient/pat-adult', auth: 'GP' },
    expect: { status: 200 },
  },
  {
    id: 'rechercher-sans-episode',
    chapter: 'consent',
    actor: GP,
    title: 'TD3.1 sans épisode : le refus le dit',
    explanation:
      "Le consentement vaut pour un épisode de soins (R32) : sans paramètre episode, le refus explique qu'aucun épisode n'a été transmis.",
    request: {
      method: 'GET',
      path: '/fhir/DocumentReference',
      query: { 'patient.identifier': token(WALK_INS.claire) },
      auth: 'GP',
    },
    expect: { status: 403, code: 'DMP.CONSENT_REQUIRED' },
  },
  {
    id: 'connexion-secretariat',
    chapter: 'consent',
    actor: 'Sandrine Lucas, secrétaire de la MSP (CPE nominative)',
    title: 'Se connecter avec une CPE',
    explanation:
      'La connexion réussit : la carte est bien la sienne. Ce que la carte permet est décidé ensuite.',
    request: {
      method: 'POST',
      path: '/auth/psc/token',
      body: { professionalId: 'pro-secretary-nominative-cpe', card: 'CPE' },
    },
    saveToken: 'SECRETARIAT',
    expect: { status: 200 },
  },
  {
    id: 'secretariat-refuse',
    chapter: 'consent',
    actor: 'Sandrine Lucas, secrétaire de la MSP (CPE nominative)',
    title: 'TD3.1 : tenter de consulter',
    explanation:
      "Une CPE, nominative ou non, ne permet jamais de consulter le DMP, même couverte par le consentement de l'équipe.",
    request: search(WALK_INS.claire, MSP_EPISODE, 'SECRETARIAT'),
    expect: { status: 403, code: 'DMP.CARD_CANNOT_CONSULT' },
  },
  {
    id: 'connexion-urgentiste',
    chapter: 'break-glass',
    actor: ER,
    title: 'Se connecter avec Pro Santé Connect',
    explanation: 'Le Dr Lambert reçoit aux urgences Paul Marchand, inconscient.',
    request: psLogin('19999000029'),
    saveToken: 'URGENCES',
    expect: { status: 200 },
  },
  {
    id: 'bris-de-glace-sans-motif',
    chapter: 'break-glass',
    actor: ER,
    title: 'Bris de glace sans motif',
    explanation: 'Refus 422 : le motif « urgence » est obligatoire.',
    request: breakGlass(WALK_INS.paul, '', 'URGENCES'),
    expect: { status: 422, code: 'DMP.BREAK_GLASS_MOTIVE_REQUIRED' },
  },
  {
    id: 'bris-de-glace',
    chapter: 'break-glass',
    actor: ER,
    title: 'Bris de glace avec motif',
    explanation: 'Accès sans consentement, tracé avec le motif ; le patient est notifié.',
    request: breakGlass(WALK_INS.paul, 'Patient inconscient admis aux urgences', 'URGENCES'),
    expect: { status: 200, code: 'DMP.BREAK_GLASS_ALLOWED' },
  },
  {
    id: 'bris-de-glace-refuse',
    chapter: 'break-glass',
    actor: ER,
    title: "Bris de glace pour un patient qui s'y est opposé",
    explanation:
      "Henri Leroy a refusé par avance l'accès en urgence dans Mon espace santé : refus 403.",
    request: breakGlass(WALK_INS.henri, 'Détresse respiratoire', 'URGENCES'),
    expect: { status: 403, code: 'DMP.EMERGENCY_ACCESS_REFUSED' },
  },
  {
    id: 'connexion-paul',
    chapter: 'break-glass',
    actor: 'Paul Marchand, patient',
    title: 'Se connecter à Mon espace santé',
    explanation: 'Connexion simulée avec son INS.',
    request: mesLogin(WALK_INS.paul),
    saveToken: 'PAUL',
    expect: { status: 200 },
  },
  {
    id: 'paul-notifications',
    chapter: 'break-glass',
    actor: 'Paul Marchand, patient',
    title: 'Lire ses notifications',
    explanation: 'Il est informé que le Dr Lambert a accédé à son dossier en mode bris de glace.',
    request: mesGet('/mes/notifications', 'PAUL'),
    expect: { status: 200 },
  },
  {
    id: 'paul-historique',
    chapter: 'break-glass',
    actor: 'Paul Marchand, patient',
    title: "Lire l'historique d'activité",
    explanation: "L'accès figure, nominatif, avec le mode bris de glace et le motif.",
    request: mesGet('/mes/history', 'PAUL'),
    expect: { status: 200 },
  },
  {
    id: 'connexion-infirmiere',
    chapter: 'blocking',
    actor: NURSE,
    title: 'Se connecter avec Pro Santé Connect',
    explanation: "Claire Moreau a consenti pour l'équipe de la MSP, dont fait partie l'infirmière.",
    request: psLogin('19999000094'),
    saveToken: 'INFIRMIERE',
    expect: { status: 200 },
  },
  {
    id: 'infirmiere-consulte',
    chapter: 'blocking',
    actor: NURSE,
    title: "TD3.1 : consulter grâce au consentement de l'équipe",
    explanation:
      "Le consentement recueilli par le médecin de la MSP couvre toute l'équipe, la patiente en ayant été informée.",
    request: search(WALK_INS.claire, MSP_EPISODE, 'INFIRMIERE'),
    expect: { status: 200, code: 'DMP.CONSULTATION_ALLOWED' },
  },
  {
    id: 'connexion-claire',
    chapter: 'blocking',
    actor: 'Claire Moreau, patiente',
    title: 'Se connecter à Mon espace santé',
    explanation: 'Connexion simulée avec son INS.',
    request: mesLogin(WALK_INS.claire),
    saveToken: 'CLAIRE',
    expect: { status: 200 },
  },
  {
    id: 'claire-bloque',
    chapter: 'blocking',
    actor: 'Claire Moreau, patiente',
    title: "Bloquer l'infirmière",
    explanation: 'Blocage par RPPS depuis Mon espace santé.',
    request: {
      method: 'POST',
      path: '/mes/blocked-professionals',
      body: { rpps: '19999000094' },
      auth: 'CLAIRE',
    },
    expect: { status: 200, code: 'DMP.SETTINGS_ACCEPTED' },
  },
  {
    id: 'infirmiere-bloquee',
    chapter: 'blocking',
    actor: NURSE,
    title: 'TD3.1 : consulter à nouveau',
    explanation: '« Accès bloqué » : le consentement ne suffit plus.',
    request: search(WALK_INS.claire, MSP_EPISODE, 'INFIRMIERE'),
    expect: { status: 403, code: 'DMP.ACCESS_BLOCKED' },
  },
  {
    id: 'infirmiere-bris-de-glace-bloque',
    chapter: 'blocking',
    actor: NURSE,
    title: 'Tenter le bris de glace',
    explanation:
      'Hypothèse du simulateur : un professionnel bloqué ne peut pas non plus briser la glace.',
    request: breakGlass(WALK_INS.claire, 'Malaise au domicile', 'INFIRMIERE'),
    expect: { status: 403, code: 'DMP.ACCESS_BLOCKED' },
  },
  {
    id: 'claire-debloque',
    chapter: 'blocking',
    actor: 'Claire Moreau, patiente',
    title: "Débloquer l'infirmière",
    explanation: 'Le blocage individuel est levé.',
    request: { method: 'DELETE', path: '/mes/blocked-professionals/19999000094', auth: 'CLAIRE' },
    expect: { status: 200, code: 'DMP.SETTINGS_ACCEPTED' },
  },
  {
    id: 'infirmiere-consulte-a-nouveau',
    chapter: 'blocking',
    actor: NURSE,
    title: 'TD3.1 : consulter après le déblocage',
    explanation: "L'accès est rétabli.",
    request: search(WALK_INS.claire, MSP_EPISODE, 'INFIRMIERE'),
    expect: { status: 200, code: 'DMP.CONSULTATION_ALLOWED' },
  },
  {
    id: 'claire-historique',
    chapter: 'blocking',
    actor: 'Claire Moreau, patiente',
    title: "Lire l'historique d'activité",
    explanation:
      "Consultations du médecin et de l'infirmière, consentement, blocage et déblocage, au nom de chacun.",
    request: mesGet('/mes/history', 'CLAIRE'),
    expect: { status: 200 },
  },
  {
    id: 'connexion-representante',
    chapter: 'majority',
    actor: NADIA,
    title: "Se connecter au profil d'Inès (17 ans)",
    explanation:
      "Jusqu'à 18 ans, le profil de la mineure est géré depuis le compte de sa représentante légale.",
    request: mesLogin(WALK_INS.ines, 'rep-petit-nadia'),
    saveToken: 'NADIA',
    expect: { status: 200 },
  },
  {
    id: 'representante-profil',
    chapter: 'majority',
    actor: NADIA,
    title: 'Lire le profil',
    explanation: 'Profil géré par la représentante ; Inès aura 18 ans le 15 octobre 2025.',
    request: mesGet('/mes/profile', 'NADIA'),
    expect: { status: 200, code: 'DMP.REPRESENTATIVE_ACCESS_ALLOWED' },
  },
  {
    id: 'representante-documents',
    chapter: 'majority',
    actor: NADIA,
    title: 'Lire les documents',
    explanation:
      "La prescription rendue invisible aux représentants légaux (secret de la mineure) n'apparaît pas.",
    request: mesGet('/mes/documents', 'NADIA'),
    expect: { status: 200, code: 'DMP.REPRESENTATIVE_ACCESS_ALLOWED' },
  },
  {
    id: 'connexion-ines',
    chapter: 'majority',
    actor: INES,
    title: 'Inès tente de se connecter elle-même',
    explanation: 'La connexion est simulée ; les droits sont vérifiés à chaque requête.',
    request: mesLogin(WALK_INS.ines),
    saveToken: 'INES',
    expect: { status: 200 },
  },
  {
    id: 'ines-avant-majorite',
    chapter: 'majority',
    actor: INES,
    title: 'Lire ses documents avant 18 ans',
    explanation: 'Refus 403 : le profil est encore rattaché au compte de sa représentante.',
    request: mesGet('/mes/documents', 'INES'),
    expect: { status: 403, code: 'DMP.PROFILE_MANAGED_BY_REPRESENTATIVE' },
  },
  {
    id: 'medecin-avant-majorite',
    chapter: 'majority',
    actor: GP,
    title: "TD3.1 : consulter le DMP d'Inès",
    explanation: 'Le consentement donné par la représentante légale couvre le suivi de la mineure.',
    request: search(WALK_INS.ines, INES_EPISODE, 'GP'),
    expect: { status: 200, code: 'DMP.CONSULTATION_ALLOWED' },
  },
  {
    id: 'avancer-horloge',
    chapter: 'majority',
    actor: 'Formateur',
    title: "Avancer l'horloge de 15 jours",
    explanation: '16 octobre 2025 : Inès a 18 ans. Les jetons (8 h de temps simulé) ont expiré.',
    request: { method: 'POST', path: '/training/clock', body: { advance: { days: 15 } } },
    expect: { status: 200 },
  },
  {
    id: 'jeton-expire',
    chapter: 'majority',
    actor: NADIA,
    title: 'Réutiliser son ancien jeton',
    explanation: 'Refus 401 : le jeton a expiré en temps simulé.',
    request: mesGet('/mes/documents', 'NADIA'),
    expect: { status: 401, code: 'AUTH.TOKEN_EXPIRED' },
  },
  {
    id: 'reconnexion-representante',
    chapter: 'majority',
    actor: NADIA,
    title: 'Se reconnecter',
    explanation: 'La connexion réussit…',
    request: mesLogin(WALK_INS.ines, 'rep-petit-nadia'),
    saveToken: 'NADIA',
    expect: { status: 200 },
  },
  {
    id: 'representante-apres-majorite',
    chapter: 'majority',
    actor: NADIA,
    title: 'Lire les documents après la majorité',
    explanation: "…mais l'accès est refusé : le profil s'est détaché de son compte.",
    request: mesGet('/mes/documents', 'NADIA'),
    expect: { status: 403, code: 'DMP.REPRESENTATIVE_ACCESS_ENDED' },
  },
  {
    id: 'reconnexion-ines',
    chapter: 'majority',
    actor: INES,
    title: 'Se reconnecter',
    explanation: 'Inès a désormais ses propres codes.',
    request: mesLogin(WALK_INS.ines),
    saveToken: 'INES',
    expect: { status: 200 },
  },
  {
    id: 'ines-avant-activation',
    chapter: 'majority',
    actor: INES,
    title: 'Lire ses documents avant d’activer son compte',
    explanation: "Refusé : elle doit d'abord activer son propre compte avec ces codes.",
    request: mesGet('/mes/documents', 'INES'),
    expect: { status: 403, code: 'DMP.OWN_ACCOUNT_NOT_ACTIVATED' },
  },
  {
    id: 'ines-activation',
    chapter: 'majority',
    actor: INES,
    title: 'Activer son compte',
    explanation: "L'activation faite par sa mère ne valait pas pour elle.",
    request: { method: 'POST', path: '/mes/activation', auth: 'INES' },
    expect: { status: 200, code: 'DMP.SETTINGS_ACCEPTED' },
  },
  {
    id: 'ines-apres-majorite',
    chapter: 'majority',
    actor: INES,
    title: 'Lire ses documents',
    explanation: 'Elle voit tout, y compris le document qui était invisible à sa représentante.',
    request: mesGet('/mes/documents', 'INES'),
    expect: { status: 200, code: 'DMP.PATIENT_VIEW_ALLOWED' },
  },
  {
    id: 'reconnexion-medecin',
    chapter: 'majority',
    actor: GP,
    title: 'Se reconnecter',
    explanation: 'Nouveau jeton pour la nouvelle journée simulée.',
    request: psLogin('19999000011'),
    saveToken: 'GP',
    expect: { status: 200 },
  },
  {
    id: 'medecin-apres-majorite',
    chapter: 'majority',
    actor: GP,
    title: "TD3.1 : consulter le DMP d'Inès majeure",
    explanation:
      "Refus 403 : Inès est majeure, le consentement doit venir d'elle et non plus de sa mère.",
    request: search(WALK_INS.ines, INES_EPISODE, 'GP'),
    expect: { status: 403, code: 'DMP.CONSENT_GIVER_NOT_ENTITLED' },
  },
];
