/**
 * Synonym groups for search. Pagefind has no synonym feature, so each FAQ page carries, in a block
 * indexed but not displayed, the other words of every group it mentions (decision 002).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['bris de glace', 'urgence', 'accès en urgence', 'mode urgence', 'urgences'],
  [
    'masseur-kinésithérapeute',
    'masseurs-kinésithérapeutes',
    'kiné',
    'kinés',
    'kinésithérapeute',
    'MK',
  ],
  ['Mon espace santé', 'MES', 'espace santé'],
  ['DMP', 'dossier médical partagé', 'dossier médical'],
  ['secrétariat', 'secrétaire', 'secrétaires', 'assistante médicale', 'accueil'],
  ['mineur', 'mineurs', 'enfant', 'enfants', 'ado', 'adolescent', 'moins de 18 ans', 'parents'],
  ['majorité', '18 ans', 'jeune majeur'],
  ['perdu', 'perdue', 'perte', 'vol', 'volée', 'oublié', 'code PIN'],
  ['infirmier', 'infirmiers', 'infirmière', 'IDE', 'IDEL'],
  ['ostéopathe', 'ostéopathes', 'ostéo'],
  ['ergothérapeute', 'ergothérapeutes', 'ergo'],
  ['pharmacien', 'pharmaciens', 'pharmacie', 'officine'],
  ['médecin', 'médecins', 'docteur', 'généraliste', 'médecin traitant'],
  ['consentement', 'accord du patient', 'autorisation du patient'],
  ['déposer', 'dépôt', 'alimenter', 'alimentation', 'envoyer', 'verser', 'téléverser'],
  ['horloge', 'heure', 'décalage horaire', 'date et heure'],
  ['contrat de séjour', 'EHPAD', 'résident', 'résidents'],
  ['libéral', 'libéraux', 'cabinet', 'en ville'],
  ['établissement', 'hôpital', 'clinique', 'structure'],
  ['bloquer', 'bloqué', 'blocage', 'accès bloqué', 'accès refusé'],
  ['CPS', 'carte professionnelle', 'carte vitale pro'],
  ['e-CPS', 'application', 'smartphone', 'téléphone'],
  ['INS', 'identité nationale de santé', 'matricule', 'NIR', 'numéro de sécurité sociale'],
  ['vaccination', 'vaccin', 'vaccins', 'carnet de vaccination'],
  ['statistiques', 'chiffres', 'stats', 'pourcentage'],
  ['replay', 'vidéo', 'enregistrement', 'YouTube'],
  ['support', 'diaporama', 'slides', 'présentation'],
];

/** Lower-case, accent-free form used to compare words. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/’/g, "'")
    .toLowerCase();
}

function mentions(haystack: string, term: string): boolean {
  const needle = normalise(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${needle}($|[^\\p{L}\\p{N}])`, 'u').test(haystack);
}

/**
 * Extra search terms for a page: its own keywords plus the other members of every synonym group that
 * the page's text mentions. Terms already present in the text are not repeated.
 * @param text title, body and metadata of the page
 * @param keywords the page's `faq.keywords`
 */
export function searchTermsFor(text: string, keywords: readonly string[] = []): string[] {
  const haystack = normalise(text);
  const out = new Set<string>();
  for (const group of SYNONYM_GROUPS) {
    if (group.some((t) => mentions(haystack, t))) {
      for (const t of group) if (!mentions(haystack, t)) out.add(t);
    }
  }
  for (const k of keywords) if (!mentions(haystack, k)) out.add(k);
  return [...out];
}
