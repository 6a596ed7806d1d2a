/**
 * Every simplification of the simulated API compared with the ANS draft FHIR guide PDSM4DMP and the
 * real DMP. The /api/ page renders this list; a test checks docs/api/README.md lists each title.
 */

/** One simplification. */
interface Simplification {
  readonly title: string;
  readonly detail: string;
}

/** The simplifications, in documentation order. */
export const SIMPLIFICATIONS: readonly Simplification[] = [
  {
    title: 'Connexion Pro Santé Connect simulée',
    detail:
      "Pas de flux OpenID Connect ni de lecture de carte : POST /auth/psc/token avec le RPPS (ou l'identifiant d'un personnel sans RPPS) et le type de carte. Toutes les cartes se connectent, CPE comprise, pour que le cœur métier puisse refuser ce qu'elles ne permettent pas.",
  },
  {
    title: 'Pas de jeton VIHF',
    detail:
      "Le mode d'accès (normal, bris de glace, centre de régulation), le contexte du bris de glace (motif, patient hors d'état de consentir) et l'épisode de soins, portés par le VIHF dans le DMP réel, passent en paramètres de requête (mode, motive, patientUnableToConsent, episode) de toutes les lectures, ou dans le corps de POST /dmp/break-glass.",
  },
  {
    title: 'Jetons en temps simulé',
    detail:
      "Jeton porteur signé HMAC-SHA-256, valable 8 h de temps simulé ; il expire quand le formateur avance l'horloge, et tous les jetons tombent à la réinitialisation du monde.",
  },
  {
    title: 'Épisode de soins explicite',
    detail:
      "Le DMP réel n'a pas de paramètre « épisode » ; le simulateur en demande un parce que le consentement vaut pour un épisode de soins (R32). Sans épisode, aucun consentement ne s'applique.",
  },
  {
    title: 'INS de test uniquement',
    detail:
      "Seul l'OID de test 1.2.250.1.213.1.4.10 est accepté. TD3.2 et la lecture d'un DocumentReference déduisent le patient du document (patient.identifier reste accepté), pour que attachment.url et Location mènent au document.",
  },
  {
    title: "TD0.2 : statut d'accès dans une entrée « outcome »",
    detail:
      "Le Bundle contient le Patient et un OperationOutcome (search.mode = outcome) qui rend la décision de consultation pour l'épisode donné, calculée à blanc et non tracée. Bundle vide si aucun DMP actif.",
  },
  {
    title: 'Recherche par traits sur GET /fhir/Patient',
    detail:
      "TD0.2 ne cherche que par INS ; le simulateur ajoute, désactivée par défaut (fonction seulement annoncée en septembre 2025), la recherche par les quatre traits (family, given, birthdate, gender), qui n'affiche un DMP que si une seule identité qualifiée correspond (R6). Les traits sont transmis tels que saisis au cœur métier ; aucune identité ou une identité incertaine donnent, comme par INS, un Bundle sans Patient, avec le refus du cœur en entrée « outcome » ; seuls des traits incomplets sont une erreur (400). Recherche non tracée, sans statut d'accès.",
  },
  {
    title: 'TD2 : ITI-105 seule, texte brut',
    detail:
      "Pas de Bundle ITI-65 (SubmissionSet, List, Binary) ni de remplacement TD2.1 ; contenu text/plain en base64 dans attachment.data ; classe (category) déduite du type ; auteur = professionnel du jeton ; heure du poste lue dans DocumentReference.date ; l'information préalable du patient n'est pas transmise (devoir du professionnel, que le DMP ne vérifie pas).",
  },
  {
    title: 'TD3.1 : filtres limités, sans pagination',
    detail:
      'Paramètres patient.identifier (ou la référence FHIR patient), status, type, category, date (date de dépôt, au jour, préfixes eq, ge, gt, le, lt) et _count. Pas de _include ni de pagination. La recherche ouvre le DMP : elle est tracée comme une consultation.',
  },
  {
    title: 'TD3.2 : Binary en JSON',
    detail:
      'Le contenu est rendu dans une ressource Binary JSON (data en base64), pas en octets bruts.',
  },
  {
    title: 'TD3.3 : JSON Patch à une seule opération',
    detail:
      'replace sur /securityLabel (masquage, visibilité patient et représentants), /status = entered-in-error (suppression logique) ou /extension/isArchived (archivage) ; ce dernier chemin est simplifié.',
  },
  {
    title: 'Statuts des documents',
    detail:
      "Archivé : status current avec l'extension isArchived ; remplacé : superseded ; supprimé : entered-in-error (suppression logique, le document n'est plus listé).",
  },
  {
    title: 'Terminologies sous un espace de noms du simulateur',
    detail:
      'LOINC est réel ; TRE_A05, la classe JDV_J57, les codes de visibilité et les extensions utilisent https://dmp-simulateur.example/fhir, pas les URL canoniques du NOS.',
  },
  {
    title: 'Ressources FHIR R4 allégées',
    detail:
      "Pas de meta, de profils FR Core ni de narratif ; Patient sans adresse ni télécom ; fullUrl construit à partir de l'origine de la requête.",
  },
  {
    title: 'Erreurs OperationOutcome enrichies',
    detail:
      'Code stable (DMP.*, API.*, AUTH.*) dans un système de codes du simulateur, message en français, extensions regle et faq. Les statuts suivent le guide quand il les donne (403, 404, 422) ; les autres sont notre choix (tableau des codes).',
  },
  {
    title: 'Routes hors guide en JSON simple',
    detail:
      'Connexions, consentement (TD0.3 du guide XDS), opposition, bris de glace, Mon espace santé et pilotage de formation sont des routes JSON de notre conception.',
  },
  {
    title: 'Validation stricte',
    detail:
      'Tout champ ou paramètre inconnu est refusé (400) avec la liste de ceux que la route accepte, là où un serveur FHIR peut ignorer un paramètre de recherche inconnu.',
  },
  {
    title: 'Monde en mémoire, pilotage sans authentification',
    detail:
      "Aucune persistance : un monde par processus serveur ou par onglet. Les routes /training/* (réinitialisation, monde de formation, horloge) sont ouvertes : c'est un simulateur local.",
  },
];
