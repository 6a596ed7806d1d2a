/**
 * Glossary of the terms and acronyms used by the FAQ answers. Each FAQ answer links the first
 * occurrence of every term it uses to `/glossaire/#<id>` (checked by test/glossary.test.ts).
 * Definitions are our own wording, based on the webinar FAQ of 18 September 2025 and on
 * docs/reference/dmp-facts.md.
 */
interface GlossaryTerm {
  /** Anchor on the glossary page. */
  readonly id: string;
  /** Term as displayed. */
  readonly term: string;
  /** Expanded form, for acronyms. */
  readonly expansion?: string;
  /** Regular expression sources (case-sensitive) that detect the term in an answer. */
  readonly match: readonly string[];
  /** Definition, in French, in our own words. */
  readonly definition: string;
}

/** All glossary terms, sorted alphabetically by term. */
export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'aat',
    term: 'AAT',
    expansion: "Avis d'arrêt de travail",
    match: ['\\bAAT\\b'],
    definition:
      "Formulaire de prescription d'un arrêt de travail, par un médecin ou, dans leur champ, par d'autres prescripteurs comme les sages-femmes et les chirurgiens-dentistes. Sa version en ligne est un téléservice de l'Assurance maladie, déjà utilisé en libéral.",
  },
  {
    id: 'ars',
    term: 'ARS',
    expansion: 'Agence régionale de santé',
    match: ['\\bARS\\b'],
    definition:
      "Établissement public qui pilote la politique de santé dans une région. L'ARS Pays de la Loire a organisé le webinaire dont cette FAQ est issue.",
  },
  {
    id: 'bris-de-glace',
    term: 'Bris de glace',
    match: ['[Bb]ris de glace'],
    definition:
      "Mode d'accès d'urgence au DMP : face à un patient en danger qui ne peut pas consentir, le professionnel consulte le dossier sans recueil préalable du consentement, en indiquant le motif de l'urgence. Il reste fermé si le patient s'y est opposé à l'avance (réglage d'accès en urgence de Mon espace santé). L'accès est tracé.",
  },
  {
    id: 'consultation-d-annonce',
    term: "Consultation d'annonce",
    match: ["[Cc]onsultation d'annonce"],
    definition:
      "Consultation au cours de laquelle un médecin annonce au patient un diagnostic grave ou sensible (cancer, VIH, résultat génétique…). Un document peut rester invisible pour le patient tant que cette consultation n'a pas eu lieu.",
  },
  {
    id: 'cpam',
    term: 'CPAM',
    expansion: "Caisse primaire d'assurance maladie",
    match: ['\\bCPAM\\b'],
    definition:
      "Organisme local de l'Assurance maladie. Ses délégués numériques en santé accompagnent les professionnels dans l'usage des services numériques.",
  },
  {
    id: 'cpe',
    term: 'CPE',
    expansion: "Carte de personnel d'établissement",
    match: ['\\bCPE\\b'],
    definition:
      'Carte remise à des personnels qui ne sont pas professionnels de santé (secrétariat, par exemple). Nominative, elle permet de déposer des documents dans le DMP ; elle ne permet jamais de les consulter.',
  },
  {
    id: 'cpf',
    term: 'CPF',
    expansion: 'Carte de professionnel en formation',
    match: ['\\bCPF\\b'],
    definition:
      "Carte des professionnels en formation, dont les internes. Un interne enregistré auprès de son Ordre peut l'utiliser pour se connecter au DMP.",
  },
  {
    id: 'cps',
    term: 'CPS',
    expansion: 'Carte de professionnel de santé',
    match: ['\\bCPS\\b(?!-)', '(?<!e-)\\bCPS\\b'],
    definition:
      "Carte à puce qui authentifie un professionnel de santé. C'est elle qui donne accès au DMP ; un professionnel qui en possède déjà une n'a rien à commander de plus.",
  },
  {
    id: 'dmp',
    term: 'DMP',
    expansion: 'Dossier médical partagé',
    match: ['\\bDMP\\b'],
    definition:
      'Dossier médical numérique du patient, au cœur de Mon espace santé. Les professionnels autorisés y déposent et y consultent des documents (comptes rendus, résultats, ordonnances…).',
  },
  {
    id: 'dmp-fr',
    term: 'dmp.fr',
    match: ['\\bdmp\\.fr\\b'],
    definition:
      "Site web professionnel d'accès au DMP, utilisable sans logiciel métier compatible, avec une CPS, une e-CPS ou, pour un interne enregistré auprès de l'Ordre, une CPF.",
  },
  {
    id: 'dns',
    term: 'DNS',
    expansion: 'Délégué numérique en santé',
    match: ['\\bDNS\\b', '[Dd]élégué numérique en santé'],
    definition:
      "Conseiller de l'Assurance maladie (CPAM) qui aide les professionnels de santé à utiliser les services numériques, dont le DMP. Joignable au 34 22.",
  },
  {
    id: 'e-cps',
    term: 'e-CPS',
    expansion: 'Carte de professionnel de santé électronique',
    match: ['\\be-CPS\\b'],
    definition:
      "Version dématérialisée de la CPS, sous forme d'application pour smartphone (Android et iOS), qui permet de s'authentifier sans lecteur de carte.",
  },
  {
    id: 'episode-de-soins',
    term: 'Épisode de soins',
    match: ['[EÉée]pisode de soins?'],
    definition:
      "Période de prise en charge d'un problème de santé. Le consentement à la consultation du DMP se recueille pour chaque épisode de soins.",
  },
  {
    id: 'equipe-de-soins',
    term: 'Équipe de soins',
    match: ['[EÉé]quipe de soins'],
    definition:
      "Ensemble des professionnels qui prennent en charge un même patient (par exemple au sein d'une MSP). Un consentement recueilli au nom de l'équipe de soins vaut pour tous ses membres, à condition que le patient ait été prévenu de cette portée.",
  },
  {
    id: 'etp',
    term: 'ETP',
    expansion: 'Éducation thérapeutique du patient',
    match: ['\\bETP\\b'],
    definition:
      "Programme qui aide le patient à mieux vivre avec une maladie chronique. Les plannings de séances d'ETP sont des échanges non officiels, à envoyer par messagerie sécurisée.",
  },
  {
    id: 'historique-d-activite',
    term: "Historique d'activité",
    match: ["[Hh]istorique d'activité"],
    definition:
      'Rubrique de Mon espace santé où le patient voit, nominativement, quels professionnels ont consulté son DMP et quand.',
  },
  {
    id: 'identitovigilance',
    term: 'Identitovigilance',
    match: ['[Ii]dentitovigilance'],
    definition:
      "Ensemble des pratiques qui garantissent qu'on identifie le bon patient. Qualifier l'INS en fait partie et conditionne l'envoi d'un document au DMP.",
  },
  {
    id: 'ins',
    term: 'INS',
    expansion: 'Identité nationale de santé',
    match: ['\\bINS\\b'],
    definition:
      "Identité de référence d'un patient : un matricule (le NIR ou le NIA) accompagné de traits d'identité (nom et prénoms de naissance, date et lieu de naissance, sexe). Une INS qualifiée est indispensable pour déposer un document dans le bon DMP.",
  },
  {
    id: 'matrice-d-habilitation',
    term: "Matrice d'habilitation",
    match: ["[Mm]atrice d'habilitation"],
    definition:
      "Tableau réglementaire qui fixe, pour chaque profession, les types de documents du DMP qu'elle peut consulter. Les droits dépendent de la profession exercée, pas du type d'établissement ; pour les ergothérapeutes, psychomotriciens et diététiciens, le mode d'exercice décide toutefois de l'accès (pas en libéral).",
  },
  {
    id: 'matricule-ins',
    term: 'Matricule INS',
    match: ['[Mm]atricule INS'],
    definition:
      "Numéro qui identifie le patient dans l'INS (son NIR, ou un NIA provisoire). Il sert aussi à construire son adresse de messagerie sécurisée.",
  },
  {
    id: 'mesure-de-protection-juridique',
    term: 'Mesure de protection juridique',
    match: ['[Mm]esure de protection juridique'],
    definition:
      "Mesure (tutelle, curatelle…) qui protège un adulte dont les facultés sont altérées. La personne chargée de la mesure avec représentation relative à la personne reçoit elle aussi l'information.",
  },
  {
    id: 'mon-espace-sante',
    term: 'Mon espace santé',
    match: ['Mon [Ee]space [Ss]anté'],
    definition:
      "Service public numérique de santé de chaque citoyen, ouvert automatiquement en 2022 pour toute personne qui ne s'y est pas opposée ; le titulaire peut le fermer à tout moment. Il contient le DMP, une messagerie sécurisée, un historique d'activité et des réglages de confidentialité.",
  },
  {
    id: 'msp',
    term: 'MSP',
    expansion: 'Maison de santé pluridisciplinaire',
    match: ['\\bMSP\\b'],
    definition:
      "Structure où exercent ensemble plusieurs professionnels de santé. Le consentement peut y être recueilli une fois au nom de toute l'équipe de soins, si le patient a été prévenu que son accord vaut pour toute l'équipe.",
  },
  {
    id: 'mssante',
    term: 'MSSanté',
    expansion: 'Messagerie sécurisée de santé',
    match: ['\\bMSSanté(?!\\p{L})', '[Mm]essagerie sécurisée de santé'],
    definition:
      "Messageries électroniques sécurisées réservées aux échanges de données de santé. Un professionnel peut écrire au patient à l'adresse <matricule INS>@patient.mssante.fr, qui arrive dans Mon espace santé.",
  },
  {
    id: 'personne-de-confiance',
    term: 'Personne de confiance',
    match: ['[Pp]ersonne de confiance'],
    definition:
      "Personne désignée par un patient majeur pour l'accompagner et être consultée s'il ne peut plus exprimer sa volonté. Ce peut être un parent, un proche ou son médecin traitant (Code de la santé publique, article L.1111-6 ; la FAQ n'en parle pas).",
  },
  {
    id: 'professionnel-a-role',
    term: 'Professionnel à rôle',
    match: ['[Pp]rofessionnels? à rôle'],
    definition:
      "Personne qui n'est pas professionnel de santé mais qui fait partie de l'équipe de soins, enregistrée au RPPS+. Selon la FAQ de septembre 2025, un accès à certains documents fixés par la matrice d'habilitation est prévu ; il n'était pas encore effectif à cette date. Elle ne peut pas accéder en bris de glace, réservé aux professionnels de santé.",
  },
  {
    id: 'representant-legal',
    term: 'Représentant légal',
    match: ['[Rr]eprésentants? légaux', '[Rr]eprésentants? légal'],
    definition:
      "Personne qui agit au nom d'un mineur (en général un parent). Elle donne le consentement pour le mineur ; le profil Mon espace santé de l'enfant est rattaché à son compte jusqu'à la majorité.",
  },
  {
    id: 'rpps',
    term: 'RPPS',
    match: ['\\bRPPS\\b(?!\\+)'],
    definition:
      "Répertoire national des professionnels : chacun y reçoit, à vie, un identifiant unique de 11 chiffres (le numéro RPPS), qui remplace peu à peu l'ancien numéro ADELI. Son extension RPPS+ enregistre les professionnels à rôle.",
  },
  {
    id: 'rpps-plus',
    term: 'RPPS+',
    match: ['\\bRPPS\\+'],
    definition:
      'Extension du RPPS aux professionnels qui ne sont pas de santé mais interviennent dans la prise en charge (professionnels « à rôle »).',
  },
  {
    id: 'segur',
    term: 'Ségur',
    expansion: 'Ségur du numérique en santé',
    match: ['\\bSégur\\b'],
    definition:
      "Programme public qui finance la mise à jour des logiciels des professionnels de santé pour qu'ils échangent avec le DMP et la messagerie sécurisée. Un logiciel « référencé Ségur » peut envoyer des documents au DMP.",
  },
  {
    id: 'vih',
    term: 'VIH',
    expansion: "Virus de l'immunodéficience humaine (HIV en anglais)",
    match: ['\\bVIH\\b', '\\bHIV\\b'],
    definition:
      "Virus responsable du sida. Son diagnostic fait partie des annonces pour lesquelles un document peut être caché au patient jusqu'à la consultation d'annonce.",
  },
];
