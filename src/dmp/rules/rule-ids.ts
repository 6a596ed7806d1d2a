/**
 * The 50 testable rules stated by the FAQ (dmp-facts.md §14), as ids with a short French
 * paraphrase. Rules and decisions cite these ids; the coverage test checks all of them.
 */

/** R1 … R50. */
// Tabular data: one entry per line is easier to review than Prettier's expansion.
// prettier-ignore
export const RULE_IDS = [
  'R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10',
  'R11', 'R12', 'R13', 'R14', 'R15', 'R16', 'R17', 'R18', 'R19', 'R20',
  'R21', 'R22', 'R23', 'R24', 'R25', 'R26', 'R27', 'R28', 'R29', 'R30',
  'R31', 'R32', 'R33', 'R34', 'R35', 'R36', 'R37', 'R38', 'R39', 'R40',
  'R41', 'R42', 'R43', 'R44', 'R45', 'R46', 'R47', 'R48', 'R49', 'R50',
] as const;

/** A rule id of dmp-facts.md §14. */
export type RuleId = (typeof RULE_IDS)[number];

/** Whether a string is a rule id R1–R50. */
export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}

/** Short French paraphrase of every rule, for display next to a decision. */
export const RULE_STATEMENTS: Record<RuleId, string> = {
  R1: 'La CPS déjà détenue suffit pour consulter le DMP.',
  R2: "L'application e-CPS existe sur Android et sur iOS.",
  R3: 'Une CPE nominative permet de déposer dans le DMP.',
  R4: 'Aucune CPE, nominative ou non, ne permet de consulter le DMP.',
  R5: "Une CPE non nominative ne permet pas d'alimenter le DMP.",
  R6: "La recherche par traits n'affiche un DMP que si l'identité est certaine.",
  R7: 'Un professionnel peut verser tout document utile à la prise en charge.',
  R8: 'Certains documents doivent obligatoirement être versés (arrêté du 26 avril 2022).',
  R9: "Un secrétariat muni d'une CPE nominative dépose mais ne consulte rien.",
  R10: 'Pas de type « allergies » : on les note dans un document, par exemple une synthèse.',
  R11: 'Accidents du travail : déjà en libéral, expérimentation en établissement en 2026.',
  R12: 'Pas encore de protocoles de soins électroniques en établissement.',
  R13: 'Le patient peut ajouter ses propres documents.',
  R14: "Sans INS qualifiée, pas d'envoi au DMP.",
  R15: 'Une note de vaccination alimente le carnet de vaccination.',
  R16: 'Un document peut être rendu invisible au patient en attendant une annonce.',
  R17: 'Les échanges non officiels passent par la messagerie sécurisée, pas par le DMP.',
  R18: "Un poste à l'heure décalée voit ses dépôts échouer jusqu'à resynchronisation.",
  R19: 'Logiciels Ségur des paramédicaux : textes annoncés fin 2025.',
  R20: "Seules les professions de la matrice d'habilitation accèdent au DMP.",
  R21: "Un interne accède au DMP (e-CPS ou CPF) une fois inscrit à l'Ordre.",
  R22: "Les ostéopathes n'ont aucun accès au DMP.",
  R23: "L'ergothérapeute n'accède au DMP qu'en établissement.",
  R24: 'Sept professions paramédicales accèdent au DMP en libéral comme en structure.',
  R25: 'Ergothérapeutes, psychomotriciens et diététiciens : accès en structure seulement.',
  R26: 'Un secrétariat ne peut récupérer aucun document du DMP.',
  R27: 'Les professionnels à rôle (RPPS+) ne voient que ce que la matrice leur ouvre.',
  R28: "Les droits dépendent de la profession, pas du type d'établissement.",
  R29: "Le pharmacien n'a jamais accès à la synthèse psychiatrique.",
  R30: 'Les documents sont classés par catégorie, puis par date.',
  R31: 'Le DMP est national : aucune limite liée à la région du patient.',
  R32: 'Un consentement vaut pour un épisode de soins.',
  R33: 'Pour un mineur, le consentement se recueille auprès du représentant légal.',
  R34: "En MSP, un consentement recueilli au nom de l'équipe vaut pour ses membres.",
  R35: "Tracer le consentement est recommandé ; tracer l'opposition est obligatoire.",
  R36: 'Un accord oral suffit.',
  R37: 'Majeur protégé : information adaptée, et délivrée aussi à la personne chargée de la mesure.',
  R38: "Urgence, patient hors d'état de consentir : bris de glace avec motif « urgence ».",
  R39: 'Après un bris de glace, on informe le patient.',
  R40: 'Déposer ne demande pas de consentement, mais une information préalable.',
  R41: "Le patient peut s'opposer au dépôt pour un motif légitime.",
  R42: "Le DMP existe et s'alimente même sans activation de Mon espace santé.",
  R43: "Chaque consultation apparaît nominativement dans l'historique du patient.",
  R44: 'Le patient peut bloquer un ou tous les professionnels : « accès bloqué ».',
  R45: "Le profil d'un enfant est créé à la naissance et rattaché au représentant légal.",
  R46: "Un professionnel peut accéder au DMP d'un mineur selon les règles générales.",
  R47: "À 18 ans, le profil se détache : le parent perd l'accès.",
  R48: 'À terme, dépôt et consultation se feront depuis le logiciel métier.',
  R49: 'Une clause du contrat de séjour peut valoir consentement ; toute opposition est tracée.',
  R50: 'Carte ou codes perdus : formulaire en ligne ; commande sur ma-cps.esante.gouv.fr.',
};
