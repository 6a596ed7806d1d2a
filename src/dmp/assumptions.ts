/**
 * Registry of the simulator's assumptions: where the sources (the FAQ of 18 September 2025 and
 * dmp-facts.md) are silent or disagree, the simulator chooses, and says so. Each assumption has a
 * stable id (« HS » for « hypothèse du simulateur »); a decision resting on one cites it
 * (`restsOn('HS6')`) and its French text shows « hypothèse du simulateur (HS6) ».
 * `assumptions.test.ts` checks both directions over decisions computed on the seed.
 * The numbers follow the « Assumptions » list of src/dmp/README.md.
 */

/** One assumption of the simulator. */
interface Assumption {
  readonly id: AssumptionId;
  /** What the simulator does, in French. */
  readonly summary: string;
  /** What the sources say or leave open, in French. */
  readonly gap: string;
}

// Tabular data: one entry per line is easier to review than Prettier's expansion.
// prettier-ignore
export const ASSUMPTION_IDS = [
  'HS1', 'HS2', 'HS3', 'HS4', 'HS5', 'HS6', 'HS7', 'HS8', 'HS9', 'HS10',
  'HS11', 'HS12', 'HS13', 'HS14', 'HS15', 'HS16', 'HS17', 'HS18', 'HS19',
] as const;

/** An assumption id. */
export type AssumptionId = (typeof ASSUMPTION_IDS)[number];

/** Every assumption, in README order. */
export const ASSUMPTIONS: readonly Assumption[] = [
  {
    id: 'HS1',
    summary:
      "Les cellules de la matrice d'habilitation que ni la FAQ ni la fiche de faits n'énoncent sont des choix du simulateur (numérotés H1, H2… dans « Qui voit quoi ? »).",
    gap: "L'annexe officielle de la matrice n'a pas été relue ; la FAQ ne cite que quelques cas.",
  },
  {
    id: 'HS2',
    summary:
      'La correspondance entre type de document, classe et catégorie d’affichage est un choix raisonné du simulateur.',
    gap: "Le jeu de valeurs JDV_J66 n'a pas été relu.",
  },
  {
    id: 'HS3',
    summary: "L'horloge du poste peut s'écarter de 5 minutes au plus avant l'échec du dépôt.",
    gap: "La FAQ dit qu'un poste mal réglé fait échouer le dépôt, sans publier la tolérance.",
  },
  {
    id: 'HS4',
    summary: 'Le numéro RPPS est contrôlé sur ses 11 chiffres seulement.',
    gap: "La clé de contrôle du RPPS n'est pas confirmée par les sources.",
  },
  {
    id: 'HS5',
    summary: 'Consulter le DMP demande, comme déposer, une INS qualifiée.',
    gap: "La FAQ l'énonce pour le dépôt ; la fiche de faits dit que l'INS n'est partagée que qualifiée.",
  },
  {
    id: 'HS6',
    summary:
      'Un professionnel bloqué par le patient ne peut ni briser la glace ni accéder comme médecin régulateur.',
    gap: 'La FAQ ne dit pas si le blocage vaut aussi en urgence (bris de glace, SAMU – Centre 15).',
  },
  {
    id: 'HS7',
    summary:
      "Une opposition tracée à la consultation n'empêche pas le bris de glace ; seul le refus exprimé à l'avance dans les réglages d'urgence l'empêche.",
    gap: "La FAQ ne traite pas l'interaction entre opposition et bris de glace.",
  },
  {
    id: 'HS8',
    summary:
      'Secret du mineur : le mineur qui demande le secret consent seul, auprès du professionnel qui le reçoit et pour un épisode de soins ; les documents que ce professionnel dépose alors sont invisibles aux représentants légaux.',
    gap: 'La FAQ ne parle pas de la connexion secrète ; la fiche de faits (§3, §7) la décrit sans détailler sa durée.',
  },
  {
    id: 'HS9',
    summary:
      "Un consentement recueilli au nom de l'équipe sans que le patient en soit prévenu ne couvre que le professionnel qui l'a recueilli.",
    gap: "La FAQ exige que le patient soit prévenu de la portée, sans dire ce que vaut l'accord sinon.",
  },
  {
    id: 'HS10',
    summary: 'Le blocage porte sur la consultation : un professionnel bloqué peut encore déposer.',
    gap: 'La FAQ décrit le blocage pour l’accès au dossier, pas pour le dépôt.',
  },
  {
    id: 'HS11',
    summary:
      "Seul l'auteur archive un document ; seuls le patient et l'auteur le masquent aux professionnels ; seul l'auteur règle sa visibilité pour le patient et les représentants légaux.",
    gap: 'Les sources ne disent pas qui peut modifier ces réglages après le dépôt.',
  },
  {
    id: 'HS12',
    summary:
      "Un document en attente de consultation d'annonce est caché aussi aux représentants légaux ; à la majorité, le jeune adulte voit les documents cachés à ses représentants.",
    gap: 'Les sources ne détaillent pas ces deux cas.',
  },
  {
    id: 'HS13',
    summary:
      "Déposer ne demande pas de consentement ; informer le patient est un devoir du professionnel, que le DMP ne vérifie pas (un rappel s'affiche).",
    gap: "La FAQ fait de l'information un devoir, sans dire que le DMP la contrôle.",
  },
  {
    id: 'HS14',
    summary:
      'Les ostéopathes ne déposent pas non plus ; les ergothérapeutes libéraux peuvent déposer, comme tout professionnel.',
    gap: 'La FAQ dit « aucun accès » pour les ostéopathes et que tout professionnel peut alimenter le DMP.',
  },
  {
    id: 'HS15',
    summary:
      "La personne chargée d'une mesure de protection avec représentation relative à la personne peut consentir à la place du majeur protégé.",
    gap: 'La FAQ dit seulement que cette personne doit être informée elle aussi.',
  },
  {
    id: 'HS16',
    summary:
      "Tout professionnel peut recevoir la demande de secret d'un mineur, pas seulement le médecin ou la sage-femme.",
    gap: "La fiche de faits parle du « professionnel qui alimente » le DMP ; l'article L.1111-5 du Code de la santé publique nomme le médecin et la sage-femme.",
  },
  {
    id: 'HS17',
    summary:
      "Qualifier l'identité d'un patient (INS récupérée par le téléservice INSi et identité contrôlée sur une pièce à haut niveau de confiance) se fait en une action, dans le logiciel du professionnel, sans trace dans le DMP ; le statut QUAL obtenu vaut pour tous les professionnels du monde simulé.",
    gap: "La FAQ dit seulement qu'il faut une INS qualifiée pour l'envoi au DMP et renvoie vers l'éditeur pour l'INS ; la fiche de faits (§8) donne les statuts et leurs deux critères, pas le déroulé dans le logiciel, et chaque structure tient en réalité son propre référentiel d'identités.",
  },
  {
    id: 'HS18',
    summary:
      'Le DMP refuse la synthèse médicale (VSM) déposée par un professionnel de santé qui n’est pas médecin (le secrétariat la dépose pour le médecin) ; il ne vérifie pas que le médecin soit le médecin traitant. Les autres types de documents ne dépendent pas de la profession.',
    gap: "La fiche de faits fait du volet de synthèse médicale le document du médecin traitant ; la FAQ laisse tout professionnel déposer ce qu'il juge utile, sans dire si le DMP contrôle le type selon la profession.",
  },
  {
    id: 'HS19',
    summary:
      'La recherche par traits exige les quatre traits (nom, prénom, date de naissance, sexe) : une recherche incomplète est refusée.',
    gap: 'La FAQ cite les quatre traits sans dire si une recherche incomplète est possible.',
  },
];

/** The assumption registered under an id. */
export function assumptionById(id: AssumptionId): Assumption {
  const found = ASSUMPTIONS.find((a) => a.id === id);
  if (found === undefined) throw new Error(`Unknown assumption ${id}`);
  return found;
}

/** How a text names an assumption: « hypothèse du simulateur (HS6) ». */
export function assumptionLabel(id: AssumptionId): string {
  return `hypothèse du simulateur (${id})`;
}

/** Whether a text mentions an assumption by its id. */
export function mentionsAssumption(text: string, id: AssumptionId): boolean {
  return new RegExp(`\\b${id}\\b`).test(text);
}
