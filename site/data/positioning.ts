/**
 * The positioning quiz (« Positionnement ») a learner takes after the webinar: a dozen questions
 * over the eight FAQ sections, in our own words, each citing the FAQ entry it comes from, with three
 * or four plausible options (the distractors are the mistakes professionals really make). The
 * result page derives, section by section, where the learner stands and which scenarios to play
 * first (site/ui/progression/positioning.ts). test/positioning.test.ts checks this file against the
 * FAQ registry.
 */
import type { FaqId, FaqSectionId } from '../../src/dmp/faq';

/** One option of a question. */
interface PositioningOption {
  readonly text: string;
  readonly correct?: true;
}

/** One question of the quiz. */
export interface PositioningQuestion {
  readonly id: string;
  readonly section: FaqSectionId;
  /** The FAQ entry the question comes from (shown after the answer, with its link). */
  readonly faq: FaqId;
  readonly question: string;
  readonly options: readonly PositioningOption[];
  /** Why the right answer is right, in one sentence (shown with the result). */
  readonly explanation: string;
}

/** The quiz, in the order of the FAQ sections. */
export const POSITIONING_QUESTIONS: readonly PositioningQuestion[] = [
  {
    id: 'cps-actuelle',
    section: 'connexion',
    faq: 'FAQ-CNX-04',
    question:
      'Vous avez déjà une carte CPS pour votre logiciel de facturation. Que faut-il pour consulter le DMP ?',
    options: [
      { text: 'Rien de plus : la carte que vous avez déjà convient.', correct: true },
      { text: 'Commander une seconde carte CPS réservée au DMP.' },
      { text: "Demander à l'Assurance maladie une habilitation DMP à rattacher à la carte." },
    ],
    explanation: 'La carte CPS que vous utilisez déjà suffit : aucune carte dédiée au DMP.',
  },
  {
    id: 'cpe-secretariat',
    section: 'connexion',
    faq: 'FAQ-CNX-05',
    question:
      "Votre secrétaire a une carte de personnel d'établissement (CPE) à son nom. Que peut-elle faire dans le DMP ?",
    options: [
      { text: 'Consulter les documents, mais pas en déposer.' },
      { text: 'Déposer des documents, mais pas consulter le dossier.', correct: true },
      { text: 'Déposer et consulter, comme le médecin.' },
      { text: 'Rien : une CPE ne donne aucun accès au DMP.' },
    ],
    explanation:
      'Une CPE nominative sert à alimenter le DMP ; aucune CPE ne permet de le consulter.',
  },
  {
    id: 'matricule-introuvable',
    section: 'ins',
    faq: 'FAQ-INS-01',
    question:
      'Vous ne trouvez pas le matricule INS du patient dans votre logiciel. Que faites-vous ?',
    options: [
      { text: 'Vous utilisez le numéro de sécurité sociale de la carte Vitale à la place.' },
      {
        text: "Vous demandez à votre service informatique ou à l'éditeur du logiciel où il s'affiche.",
        correct: true,
      },
      {
        text: 'Vous ouvrez le DMP avec le nom et la date de naissance, comme pour le dossier local.',
      },
    ],
    explanation:
      "Le matricule INS est dans le logiciel ; son emplacement dépend de l'éditeur, qui peut vous l'indiquer.",
  },
  {
    id: 'depot-delegue',
    section: 'depot',
    faq: 'FAQ-DEP-02',
    question: 'Pouvez-vous confier au secrétariat le dépôt de vos comptes rendus dans le DMP ?',
    options: [
      { text: 'Oui, si la personne a une CPE nominative.', correct: true },
      { text: 'Oui, en lui prêtant votre carte CPS et son code.' },
      { text: 'Non, seul le professionnel de santé peut déposer.' },
    ],
    explanation:
      'Avec une CPE nominative, le secrétariat peut alimenter le DMP ; une carte CPS ne se prête jamais.',
  },
  {
    id: 'horloge',
    section: 'depot',
    faq: 'FAQ-DEP-11',
    question:
      "Au cabinet, vos dépôts sont refusés ; l'heure affichée par votre ordinateur a plusieurs minutes d'écart. Que faire ?",
    options: [
      { text: 'Changer le fuseau horaire du poste, puis attendre le lendemain.' },
      {
        text: "Synchroniser l'heure de l'ordinateur avec Internet, puis relancer le dépôt.",
        correct: true,
      },
      { text: 'Déposer le document depuis Mon espace santé du patient.' },
      { text: 'Rien : le DMP corrige lui-même les heures décalées.' },
    ],
    explanation:
      "Le DMP refuse un dépôt horodaté par une horloge fausse : c'est l'heure elle-même qu'il faut remettre juste.",
  },
  {
    id: 'osteopathe',
    section: 'droits-acces',
    faq: 'FAQ-ACC-03',
    question: 'Un ostéopathe exclusif peut-il consulter le DMP de ses patients ?',
    options: [
      { text: 'Oui, avec le consentement du patient.' },
      { text: 'Oui, mais seulement en structure.' },
      { text: "Non, l'ostéopathie n'est pas une profession habilitée.", correct: true },
    ],
    explanation: 'Les ostéopathes ne font pas partie des professions qui accèdent au DMP.',
  },
  {
    id: 'ergotherapeute-liberal',
    section: 'droits-acces',
    faq: 'FAQ-ACC-05',
    question: 'Une ergothérapeute exerce en cabinet libéral. A-t-elle accès au DMP ?',
    options: [
      { text: 'Oui, comme les infirmiers et les kinésithérapeutes.' },
      {
        text: "Non : en ergothérapie, l'accès n'existe qu'en exercice en structure.",
        correct: true,
      },
      { text: 'Oui, mais seulement aux documents déposés par le patient.' },
    ],
    explanation:
      "Ergothérapeutes, psychomotriciens et diététiciens n'accèdent au DMP qu'en structure, pas en libéral.",
  },
  {
    id: 'episode-de-soins',
    section: 'consentement',
    faq: 'FAQ-CON-01',
    question: "Pour combien de temps vaut le consentement qu'un patient vous donne ?",
    options: [
      { text: 'Pour la seule consultation du jour.' },
      {
        text: "Pour l'épisode de soins en cours ; vous pouvez le redemander à chaque consultation.",
        correct: true,
      },
      { text: 'Définitivement, pour tous les professionnels qui le suivent.' },
      { text: 'Un an, puis il faut un nouvel accord écrit.' },
    ],
    explanation:
      "Le consentement se recueille pour un épisode de soins ; le redemander n'est jamais interdit.",
  },
  {
    id: 'urgence-inconscient',
    section: 'consentement',
    faq: 'FAQ-CON-07',
    question:
      'Un patient inconscient arrive en urgence, en danger. Pouvez-vous consulter son DMP sans son consentement ?',
    options: [
      { text: 'Non, jamais sans consentement.' },
      { text: "Oui, en bris de glace, en indiquant le motif d'urgence.", correct: true },
      { text: "Oui, mais seulement avec l'accord écrit d'un proche." },
    ],
    explanation:
      "En urgence, le bris de glace ouvre le dossier sans consentement, avec un motif ; il est de bonne pratique d'en informer ensuite le patient.",
  },
  {
    id: 'blocage',
    section: 'droits-patients',
    faq: 'FAQ-PAT-03',
    question:
      'Un patient vous a bloqué depuis Mon espace santé. Que voyez-vous en ouvrant son DMP ?',
    options: [
      { text: 'Le dossier, sans les documents ajoutés depuis le blocage.' },
      { text: 'La mention « accès bloqué », sans accès au dossier.', correct: true },
      { text: "Rien d'anormal : le patient ne peut bloquer que les établissements." },
    ],
    explanation:
      'Le patient peut bloquer un professionnel ou tous ; le professionnel bloqué en est averti et ne consulte pas.',
  },
  {
    id: 'usage-patients',
    section: 'statistiques',
    faq: 'FAQ-STA-02',
    question:
      'À la date du webinaire (septembre 2025), quelle part des patients des Pays de la Loire utilisait Mon espace santé ?',
    options: [
      { text: 'Environ un patient sur dix.' },
      { text: 'Environ un patient sur trois.', correct: true },
      { text: 'Presque tous les patients.' },
    ],
    explanation: 'La FAQ donnait 33 % des patients de la région à la date du webinaire.',
  },
  {
    id: 'replay',
    section: 'outils',
    faq: 'FAQ-OUT-01',
    question: 'Où retrouver le replay du webinaire ?',
    options: [
      { text: "Sur la chaîne YouTube de l'ARS Pays de la Loire.", correct: true },
      { text: 'Dans Mon espace santé, rubrique Documents.' },
      { text: "Nulle part : le webinaire n'a pas été enregistré." },
    ],
    explanation: "L'ARS Pays de la Loire publie le replay sur sa chaîne YouTube.",
  },
];
