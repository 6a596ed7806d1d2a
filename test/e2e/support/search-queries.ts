/**
 * Search suites shared by test/e2e/search.e2e.ts and `npm run bench` (scripts/bench/search.mjs):
 * each query with the page its answer is on (the glossary as /glossaire/, anchors left out).
 */

/** Keyword queries (the suite that worked before the query layer; they must keep working). */
export const KEYWORD_QUERIES: readonly (readonly [string, string])[] = [
  ['ostéopathe', '/faq/droits-acces/osteopathes/'],
  ['bris de glace', '/faq/consentement/patient-hors-etat-de-consentir/'],
  ['urgence coma', '/faq/consentement/patient-hors-etat-de-consentir/'],
  ['consentement mineur', '/faq/consentement/patient-mineur/'],
  ['consentement ado', '/faq/consentement/patient-mineur/'],
  ['horloge décalée dépôt', '/faq/depot/horloge-decalee/'],
  ['kiné libéral', '/faq/droits-acces/paramedicaux-liberaux/'],
  ['MES activation', '/faq/droits-patients/dmp-sans-activation/'],
  ['secrétaire dépôt', '/faq/depot/deleguer-depot-secretariat/'],
  ['CPS perdue', '/faq/connexion/carte-ou-codes-perdus/'],
  ['ergothérapeute', '/faq/droits-acces/ergotherapeutes/'],
  ['pharmacien synthèse psychiatrique', '/faq/droits-acces/pharmacien-synthese-psychiatrique/'],
  ['bloquer un professionnel', '/faq/droits-patients/bloquer-un-professionnel/'],
  ['majorité 18 ans', '/faq/droits-patients/enfants-a-la-majorite/'],
  ['vaccins', '/faq/depot/notes-de-vaccination/'],
  ['replay vidéo', '/faq/outils/replay-du-webinaire/'],
  // Words found only in a page's hidden keywords, never in its text.
  ['IDEL', '/faq/droits-acces/paramedicaux-liberaux/'],
  ['déchocage', '/faq/consentement/patient-hors-etat-de-consentir/'],
];

/**
 * Whole questions, typed as practitioners would ask a colleague: with and without accents,
 * abbreviations, typos, words the answer does not use.
 */
export const SENTENCE_QUERIES: readonly (readonly [string, string])[] = [
  // From the issue.
  [
    "un patient m'a bloqué, est-ce que je suis prévenu",
    '/faq/droits-patients/bloquer-un-professionnel/',
  ],
  [
    "j'ai déjà une CPS, est-ce que je dois commander une autre carte ?",
    '/faq/connexion/cps-existante-suffit/',
  ],
  ["je suis ergo en ehpad est ce que j'ai acces", '/faq/droits-acces/ergotherapeutes/'],
  [
    "mes comptes rendus ne partent pas, l'heure du PC n'est pas bonne",
    '/faq/depot/horloge-decalee/',
  ],
  [
    'pourquoi je ne vois pas les resultats de labo dans le DMP',
    '/faq/depot/examens-non-alimentes/',
  ],
  // Access rights.
  ['est-ce que les osteo peuvent consulter le dmp', '/faq/droits-acces/osteopathes/'],
  [
    "je suis kiné en libéral, est-ce que j'ai accès au DMP ?",
    '/faq/droits-acces/paramedicaux-liberaux/',
  ],
  [
    'une IDE liberale peut elle ouvrir le dossier medical partage',
    '/faq/droits-acces/paramedicaux-liberaux/',
  ],
  [
    "je suis interne, est-ce que j'ai le droit de consulter le DMP ?",
    '/faq/droits-acces/internes/',
  ],
  [
    'quels professionnels ont le droit de voir le DMP',
    '/faq/droits-acces/professionnels-ayant-acces/',
  ],
  [
    "je suis pharmacien a l'hopital psy, je peux lire la synthese psychiatrique ?",
    '/faq/droits-acces/pharmacien-synthese-psychiatrique/',
  ],
  [
    "mon patient habite en Bretagne, est-ce que j'ai accès à son DMP ?",
    '/faq/droits-acces/patients-hors-pays-de-la-loire/',
  ],
  ['les ergotérapeutes ont ils acces au dmp', '/faq/droits-acces/ergotherapeutes/'],
  ['comment sont rangés les documents dans le DMP', '/faq/droits-acces/classement-des-documents/'],
  [
    'est ce que la secrétaire pourra bientôt récupérer des documents dans le DMP',
    '/faq/droits-acces/secretariats-recuperer-documents/',
  ],
  // Connection.
  ["j'ai perdu ma carte CPS, qu'est-ce que je fais ?", '/faq/connexion/carte-ou-codes-perdus/'],
  ["j'ai oublié mon code pin de carte cps", '/faq/connexion/carte-ou-codes-perdus/'],
  ['comment je commande une carte CPS', '/faq/connexion/commander-carte-cps/'],
  ["est-ce que l'appli e-CPS marche sur iphone ?", '/faq/connexion/e-cps-sur-iphone/'],
  ["ma secrétaire a une carte CPE, est-ce qu'elle a accès au DMP", '/faq/connexion/carte-cpe/'],
  // Consent.
  [
    'faut il redemander le consentement a chaque consultation',
    '/faq/consentement/consentement-chaque-consultation/',
  ],
  [
    'est-ce que je dois avoir l accord du patient pour deposer un document',
    '/faq/consentement/consentement-pour-deposer/',
  ],
  ["le consentement doit-il être écrit ou l'oral suffit", '/faq/consentement/ecrit-ou-oral/'],
  [
    'mon patient est dans le coma, je peux ouvrir son DMP ?',
    '/faq/consentement/patient-hors-etat-de-consentir/',
  ],
  [
    'patient inconscient aux urgences, comment acceder au dmp',
    '/faq/consentement/patient-hors-etat-de-consentir/',
  ],
  ['pour un ado de 15 ans, qui donne le consentement ?', '/faq/consentement/patient-mineur/'],
  [
    'comment on fait pour le consentement en MSP',
    '/faq/consentement/maison-de-sante-pluridisciplinaire/',
  ],
  [
    'patient atteint d Alzheimer, comment recueillir son consentement',
    '/faq/consentement/troubles-cognitifs/',
  ],
  [
    "est-ce qu'il faut noter le consentement dans le dossier",
    '/faq/consentement/tracer-le-consentement/',
  ],
  // Patients' rights.
  [
    'le patient peut il savoir qui a consulte son dmp ?',
    '/faq/droits-patients/savoir-qui-a-consulte/',
  ],
  [
    "si le patient n'a pas activé mon espace santé, est-ce que son DMP existe ?",
    '/faq/droits-patients/dmp-sans-activation/',
  ],
  [
    "qu'est-ce qui se passe pour le DMP d'un enfant quand il a 18 ans",
    '/faq/droits-patients/enfants-a-la-majorite/',
  ],
  [
    'en ehpad, le contrat de séjour peut-il valoir consentement ?',
    '/faq/droits-patients/contrat-de-sejour/',
  ],
  [
    'est-ce que je suis obligé de passer par mon logiciel pour aller sur le DMP',
    '/faq/droits-patients/acces-via-le-logiciel/',
  ],
  // Deposit.
  [
    'je peux confier le dépôt des documents à ma secrétaire ?',
    '/faq/depot/deleguer-depot-secretariat/',
  ],
  [
    'est-ce que le patient peut ajouter lui meme des documents',
    '/faq/depot/documents-ajoutes-par-le-patient/',
  ],
  ['peut-on cacher un document au patient', '/faq/depot/documents-caches-au-patient/'],
  [
    'est-ce que mes notes de vaccination vont dans le carnet de vaccins',
    '/faq/depot/notes-de-vaccination/',
  ],
  ['comment je mets les allergies du patient dans le DMP', '/faq/depot/renseigner-allergies/'],
  ['quand est-ce que le segur arrive pour les kinés', '/faq/depot/segur-paramedicaux/'],
  ['les accidents du travail seront ils déposés dans le DMP', '/faq/depot/accidents-du-travail/'],
  // INS.
  ['ou je trouve le matricule INS dans mon logiciel', '/faq/ins/retrouver-matricule-ins/'],
  [
    "aux urgences on n'a pas l'INS du patient, comment faire ?",
    '/faq/ins/urgence-sans-matricule-ins/',
  ],
  // Tools and figures.
  ['ou est-ce que je peux revoir la video du webinaire', '/faq/outils/replay-du-webinaire/'],
  ['je voudrais récupérer le diaporama de la présentation', '/faq/outils/support-de-presentation/'],
  ['combien de patients utilisent mon espace santé', '/faq/statistiques/patients-utilisateurs/'],
  // Glossary.
  ["c'est quoi le RPPS ?", '/glossaire/'],
  ["qu'est-ce que l'identitovigilance", '/glossaire/'],
];

/**
 * Whole questions written after the query layer was tuned, and never tuned for: the bench reports
 * them apart, as an estimate of how the layer does on questions it has not seen. Not in the e2e
 * tests, so that a miss here is a figure, not a red build.
 */
export const UNSEEN_SENTENCE_QUERIES: readonly (readonly [string, string])[] = [
  [
    "est ce qu'une sage femme peut consulter le dmp de sa patiente",
    '/faq/droits-acces/professionnels-ayant-acces/',
  ],
  ["mon iphone ne trouve pas l'application e-cps", '/faq/connexion/e-cps-sur-iphone/'],
  ["j'ai plus ma carte cps on me l'a volée", '/faq/connexion/carte-ou-codes-perdus/'],
  [
    'les internes en pharmacie ont-ils un accès au dossier médical partagé',
    '/faq/droits-acces/internes/',
  ],
  [
    'faut-il un papier signé par le patient pour le consentement',
    '/faq/consentement/ecrit-ou-oral/',
  ],
  [
    'combien de professionnels utilisent le DMP dans la région',
    '/faq/statistiques/professionnels-utilisateurs/',
  ],
  ['la patiente est sous tutelle, qui donne son accord ?', '/faq/consentement/troubles-cognitifs/'],
  [
    'est ce que je peux envoyer un mail au patient via mon espace sante',
    '/faq/depot/document-non-officiel-messagerie/',
  ],
  ['ou trouver un tuto pour consulter le dmp', '/faq/outils/guide-pas-a-pas/'],
  [
    'le patient peut-il mettre ses propres documents dans son dossier',
    '/faq/depot/documents-ajoutes-par-le-patient/',
  ],
  ['quels documents je suis obligé d envoyer dans le DMP', '/faq/depot/deposer-des-documents/'],
  [
    'mon patient refuse, je peux quand même alimenter son DMP ?',
    '/faq/consentement/consentement-pour-deposer/',
  ],
];
