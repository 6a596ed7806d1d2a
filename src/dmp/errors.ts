/**
 * Named domain error codes, each with a stable `code` and a short French title. The domain never
 * speaks HTTP: adapters (src/mocks/to-http.ts) map these codes to statuses.
 */

/** Every refusal code, with its French title. */
export const DMP_ERROR_CODES = {
  'DMP.UNKNOWN_PATIENT': 'Patient inconnu',
  'DMP.UNKNOWN_PROFESSIONAL': 'Professionnel inconnu',
  'DMP.DMP_CLOSED': 'DMP fermé',
  'DMP.CARD_CANNOT_CONSULT': 'Carte ne permettant pas la consultation',
  'DMP.CARD_CANNOT_DEPOSIT': "Carte ne permettant pas l'alimentation",
  'DMP.TRAINEE_NOT_AUTHORISED': "Interne non inscrit à l'Ordre ou carte inadaptée",
  'DMP.PROFESSION_NOT_AUTHORISED': 'Profession non habilitée',
  'DMP.PROFESSION_UNDOCUMENTED':
    'Profession non documentée par les sources (accès fermé par prudence)',
  'DMP.INS_NOT_QUALIFIED': 'INS non qualifiée',
  'DMP.INS_INVALID': 'INS invalide',
  'DMP.ACCESS_BLOCKED': 'Accès bloqué',
  'DMP.OPPOSITION': 'Opposition du patient à la consultation',
  'DMP.CONSENT_REQUIRED': 'Consentement requis',
  'DMP.CONSENT_GIVER_NOT_ENTITLED': "Consentement recueilli auprès d'une personne non habilitée",
  'DMP.PROTECTOR_NOT_INFORMED': 'Personne chargée de la mesure de protection non informée',
  'DMP.BREAK_GLASS_MOTIVE_REQUIRED': 'Motif « urgence » manquant',
  'DMP.BREAK_GLASS_NOT_JUSTIFIED': 'Bris de glace non justifié',
  'DMP.BREAK_GLASS_HEALTH_PROFESSIONALS_ONLY': 'Bris de glace réservé aux professionnels de santé',
  'DMP.EMERGENCY_ACCESS_REFUSED': "Accès d'urgence refusé par le patient",
  'DMP.NOT_A_REGULATOR': 'Professionnel non régulateur',
  'DMP.INCONSISTENT_EMERGENCY_SETTINGS': "Réglages d'urgence incohérents",
  'DMP.DOCUMENT_NOT_FOUND': 'Document introuvable',
  'DMP.DOCUMENT_FORBIDDEN_FOR_PROFESSION': 'Type de document fermé à cette profession',
  'DMP.DOCUMENT_MASKED': 'Document masqué aux professionnels',
  'DMP.CLOCK_SKEW': 'Horloge du poste décalée',
  'DMP.DEPOSIT_OPPOSITION': 'Opposition du patient au dépôt',
  'DMP.OPPOSITION_REASON_REQUIRED': "Motif légitime d'opposition au dépôt manquant",
  'DMP.OPPOSITION_NOT_FOUND': 'Opposition introuvable',
  'DMP.INVALID_RPPS': 'Numéro RPPS invalide',
  'DMP.UNKNOWN_DOCUMENT_TYPE': 'Type de document inexistant dans le DMP',
  'DMP.DOCUMENT_TYPE_RESERVED_FOR_PATIENT': 'Type réservé aux documents du patient',
  'DMP.DOCUMENT_TYPE_RESERVED_TO_PHYSICIAN': 'Synthèse médicale réservée au médecin',
  'DMP.PATIENT_DOCUMENT_TYPE_REQUIRED': 'Type de document patient attendu',
  'DMP.VISIBILITY_COMBINATION': 'Combinaison de visibilité interdite',
  'DMP.SECRET_CONNECTION_REQUIRES_HIDDEN_FROM_REPRESENTATIVES':
    'Connexion secrète : document à cacher aux représentants légaux',
  'DMP.NOT_AUTHOR': "Action réservée à l'auteur du document",
  'DMP.ALREADY_DELETED': 'Document déjà supprimé',
  'DMP.MES_NOT_ACTIVATED': 'Mon espace santé non activé',
  'DMP.PROFILE_MANAGED_BY_REPRESENTATIVE': 'Profil géré par le représentant légal',
  'DMP.OWN_ACCOUNT_NOT_ACTIVATED': 'Compte du jeune majeur pas encore activé',
  'DMP.PENDING_ANNOUNCEMENT': "Document en attente de consultation d'annonce",
  'DMP.HIDDEN_FROM_REPRESENTATIVES': 'Document invisible aux représentants légaux',
  'DMP.NOT_A_REPRESENTATIVE': "Personne qui n'est pas représentant légal",
  'DMP.REPRESENTATIVE_ACCESS_ENDED': 'Accès du représentant légal terminé (majorité)',
  'DMP.INCOMPLETE_TRAITS': 'Traits de recherche incomplets',
  'DMP.NO_MATCH': 'Aucune identité trouvée',
  'DMP.IDENTITY_UNCERTAIN': 'Identité incertaine',
  'DMP.FEATURE_NOT_AVAILABLE': 'Fonction annoncée, pas encore en service',
} as const;

/** A stable refusal code. */
export type DmpErrorCode = keyof typeof DMP_ERROR_CODES;

/** Whether a string is a known refusal code. */
export function isDmpErrorCode(value: string): value is DmpErrorCode {
  return Object.hasOwn(DMP_ERROR_CODES, value);
}

/** French title of a refusal code (e.g. « Accès bloqué »). */
export function errorTitle(code: DmpErrorCode): string {
  return DMP_ERROR_CODES[code];
}
