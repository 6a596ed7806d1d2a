/**
 * Registry of the FAQ entries of the webinar "Consultation du DMP par les professionnels de santé"
 * (ARS Pays de la Loire, 18 September 2025). Every rule, machine transition and scenario cites one of
 * these ids; the site's MDX entries carry the same id, slug and section (checked by test/faq-content.test.ts).
 */

/** The source every entry comes from. */
export const FAQ_SOURCE = {
  id: 'webinaire-2025-09-18',
  title:
    'Foire aux questions — webinaire sur la consultation du Dossier Médical Partagé par les professionnels de santé',
  publisher: 'Agence régionale de santé (ARS) Pays de la Loire',
  date: '2025-09-18',
  dateLabel: '18 septembre 2025',
} as const;

/** The eight sections of the source FAQ, in source order. */
export const FAQ_SECTIONS = [
  { id: 'connexion', title: 'Mode de connexion au dmp.fr', prefix: 'CNX' },
  {
    id: 'ins',
    title: "La recherche du patient avec l'Identité nationale de santé (INS)",
    prefix: 'INS',
  },
  { id: 'depot', title: 'Le dépôt de documents sur le DMP du patient', prefix: 'DEP' },
  { id: 'droits-acces', title: "Les droits d'accès en consultation du dmp.fr", prefix: 'ACC' },
  { id: 'consentement', title: 'Le recueil du consentement', prefix: 'CON' },
  { id: 'droits-patients', title: 'Les droits des patients', prefix: 'PAT' },
  { id: 'statistiques', title: "Statistiques d'utilisation", prefix: 'STA' },
  { id: 'outils', title: 'Outils', prefix: 'OUT' },
] as const;

/** A section id. */
export type FaqSectionId = (typeof FAQ_SECTIONS)[number]['id'];

/** One question of the source FAQ: stable id, URL slug, section and the question as asked. */
interface FaqEntryRef {
  readonly id: string;
  readonly section: FaqSectionId;
  readonly slug: string;
  readonly question: string;
}

// One row per question, as in the source: kept as a table rather than wrapped at 100 columns.
// prettier-ignore
const entries = [
  ['FAQ-CNX-01', 'connexion', 'commander-carte-cps', 'Comment commander une carte CPS ?'],
  ['FAQ-CNX-02', 'connexion', 'carte-ou-codes-perdus', "J'ai perdu ma carte ou mes codes, que faire ?"],
  ['FAQ-CNX-03', 'connexion', 'e-cps-sur-iphone', "Puis-je télécharger l'application e-CPS sur un iPhone ?"],
  ['FAQ-CNX-04', 'connexion', 'cps-existante-suffit', "Si j'ai déjà une carte CPS, ai-je besoin d'en commander une autre pour consulter le DMP ?"],
  ['FAQ-CNX-05', 'connexion', 'carte-cpe', "Avec une carte de personnel d'établissement (CPE), ai-je accès au DMP ?"],
  ['FAQ-INS-01', 'ins', 'retrouver-matricule-ins', 'Comment retrouver le matricule INS dans mon logiciel ?'],
  ['FAQ-INS-02', 'ins', 'urgence-sans-matricule-ins', "En urgence, je n'ai pas toujours le matricule INS. Existe-t-il une solution ?"],
  ['FAQ-DEP-01', 'depot', 'deposer-des-documents', 'Les professionnels de santé peuvent-ils déposer des documents dans le DMP de leurs patients ?'],
  ['FAQ-DEP-02', 'depot', 'deleguer-depot-secretariat', 'Puis-je déléguer au secrétariat le dépôt de documents dans le DMP du patient ?'],
  ['FAQ-DEP-03', 'depot', 'renseigner-allergies', 'Puis-je renseigner les allergies dans le DMP ?'],
  ['FAQ-DEP-04', 'depot', 'accidents-du-travail', 'Est-il prévu de déposer les accidents du travail dans le DMP ?'],
  ['FAQ-DEP-05', 'depot', 'protocoles-de-soins-electroniques', "Les protocoles de soins électroniques pourront-ils être faits de façon dématérialisée via Mon espace santé par les professionnels médicaux d'établissements de santé ?"],
  ['FAQ-DEP-06', 'depot', 'documents-ajoutes-par-le-patient', 'Un patient peut-il ajouter des documents ?'],
  ['FAQ-DEP-07', 'depot', 'examens-non-alimentes', 'Pourquoi certains examens ne sont-ils pas versés dans le DMP ?'],
  ['FAQ-DEP-08', 'depot', 'notes-de-vaccination', 'Les notes de vaccination alimentent-elles le module « Vaccins » du DMP ?'],
  ['FAQ-DEP-09', 'depot', 'documents-caches-au-patient', 'Certains documents peuvent-ils être cachés au patient ?'],
  ['FAQ-DEP-10', 'depot', 'document-non-officiel-messagerie', "Puis-je utiliser Mon espace santé pour envoyer au patient un document non officiel, à la place d'un mail sécurisé ?"],
  ['FAQ-DEP-11', 'depot', 'horloge-decalee', "Au cabinet, mes documents n'arrivent pas dans le DMP car l'horloge de mon ordinateur est décalée. Que faire ?"],
  ['FAQ-DEP-12', 'depot', 'segur-paramedicaux', 'Existe-t-il une date de déploiement du Ségur pour les paramédicaux ?'],
  ['FAQ-ACC-01', 'droits-acces', 'professionnels-ayant-acces', 'Quels professionnels ont accès au DMP ?'],
  ['FAQ-ACC-02', 'droits-acces', 'internes', "Les internes ont-ils des droits d'accès ?"],
  ['FAQ-ACC-03', 'droits-acces', 'osteopathes', 'Les ostéopathes ont-ils accès au DMP ?'],
  ['FAQ-ACC-04', 'droits-acces', 'ergotherapeutes', 'Les ergothérapeutes ont-ils accès au DMP ?'],
  ['FAQ-ACC-05', 'droits-acces', 'paramedicaux-liberaux', "L'accès au DMP est-il possible pour les paramédicaux exerçant en libéral ?"],
  ['FAQ-ACC-06', 'droits-acces', 'secretariats-recuperer-documents', 'Des évolutions sont-elles prévues pour que les secrétariats puissent récupérer des documents dans le DMP ?'],
  ['FAQ-ACC-07', 'droits-acces', 'professionnels-a-role-rpps-plus', "Qu'en est-il de l'accès à certains documents pour les professionnels à rôle enregistrés au RPPS+ ?"],
  ['FAQ-ACC-08', 'droits-acces', 'pharmacien-synthese-psychiatrique', 'Pharmacien en établissement de santé mentale, ai-je accès à la synthèse psychiatrique ?'],
  ['FAQ-ACC-09', 'droits-acces', 'classement-des-documents', 'Comment les documents sont-ils classés dans le DMP ?'],
  ['FAQ-ACC-10', 'droits-acces', 'patients-hors-pays-de-la-loire', "L'accès au DMP est-il limité aux patients domiciliés en Pays de la Loire ?"],
  ['FAQ-CON-01', 'consentement', 'consentement-chaque-consultation', 'Le consentement est-il à recueillir à chaque consultation ?'],
  ['FAQ-CON-02', 'consentement', 'patient-mineur', "Qu'en est-il du consentement quand le patient est mineur ?"],
  ['FAQ-CON-03', 'consentement', 'maison-de-sante-pluridisciplinaire', 'Comment se passe le consentement dans une maison de santé pluridisciplinaire (MSP) ?'],
  ['FAQ-CON-04', 'consentement', 'tracer-le-consentement', 'Le consentement doit-il être tracé dans le dossier du patient ?'],
  ['FAQ-CON-05', 'consentement', 'ecrit-ou-oral', 'Faut-il un écrit signé du patient ou du parent, ou un accord oral suffit-il ?'],
  ['FAQ-CON-06', 'consentement', 'troubles-cognitifs', "Qu'en est-il du consentement des patients atteints de troubles cognitifs, incapables de communiquer ?"],
  ['FAQ-CON-07', 'consentement', 'patient-hors-etat-de-consentir', "Peut-on accéder au DMP d'un patient qui ne peut pas exprimer son consentement (intubation, coma, confusion) ?"],
  ['FAQ-CON-08', 'consentement', 'consentement-pour-deposer', 'Dois-je demander le consentement du patient pour déposer un document dans son DMP ?'],
  ['FAQ-PAT-01', 'droits-patients', 'dmp-sans-activation', "Le DMP existe-t-il même si le patient n'a pas activé Mon espace santé ?"],
  ['FAQ-PAT-02', 'droits-patients', 'savoir-qui-a-consulte', 'Le patient peut-il savoir quel service ou quel professionnel a consulté son DMP ?'],
  ['FAQ-PAT-03', 'droits-patients', 'bloquer-un-professionnel', 'Un patient peut-il « bloquer » un professionnel de santé depuis Mon espace santé, et en suis-je informé ?'],
  ['FAQ-PAT-04', 'droits-patients', 'enfants-a-la-majorite', "Que devient le DMP d'un enfant à sa majorité ?"],
  ['FAQ-PAT-05', 'droits-patients', 'acces-via-le-logiciel', "L'accès au DMP passera-t-il obligatoirement par le logiciel métier ?"],
  ['FAQ-PAT-06', 'droits-patients', 'contrat-de-sejour', 'Peut-on informer les résidents et patients par une clause du contrat de séjour valant consentement ?'],
  ['FAQ-STA-01', 'statistiques', 'professionnels-utilisateurs', 'Quelle part des professionnels utilise le DMP ?'],
  ['FAQ-STA-02', 'statistiques', 'patients-utilisateurs', 'Quelle part des patients utilise Mon espace santé ?'],
  ['FAQ-OUT-01', 'outils', 'replay-du-webinaire', 'Comment revoir le webinaire (replay) ?'],
  ['FAQ-OUT-02', 'outils', 'support-de-presentation', 'Comment récupérer le support de présentation ?'],
  ['FAQ-OUT-03', 'outils', 'guide-pas-a-pas', 'Où trouver un guide pas à pas sur la consultation du DMP ?'],
] as const satisfies readonly (readonly [string, FaqSectionId, string, string])[];

/** Every FAQ id, as a literal union. */
export type FaqId = (typeof entries)[number][0];

/** All 48 entries, in source order. */
export const FAQ_ENTRIES: readonly (FaqEntryRef & { id: FaqId })[] = entries.map(
  ([id, section, slug, question]) => ({ id, section, slug, question }),
);

/** All FAQ ids, in source order. */
export const FAQ_IDS: readonly FaqId[] = FAQ_ENTRIES.map((e) => e.id);

/** Whether a string is a known FAQ id. */
export function isFaqId(value: string): value is FaqId {
  return (FAQ_IDS as readonly string[]).includes(value);
}

/** The entry for an id. */
export function faqEntry(id: FaqId): FaqEntryRef {
  const entry = FAQ_ENTRIES.find((e) => e.id === id);
  if (!entry) throw new Error(`Unknown FAQ id ${id}`);
  return entry;
}

/** Site path of an FAQ entry, e.g. `/faq/consentement/patient-mineur/`. */
export function faqPath(id: FaqId): string {
  const { section, slug } = faqEntry(id);
  return `/faq/${section}/${slug}/`;
}
