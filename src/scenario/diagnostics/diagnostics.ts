/**
 * Diagnostics of the scenario checker: stable codes SCN000… with their severity, a French title,
 * how to fix them and the référentiel section they concern (the trainer guide's table is generated
 * from this one: guide.ts), and the one-line output format
 * `scenarios/acces/bris-de-glace.yaml:14:7 error SCN012 message. Aide : …`.
 */

import { referenceHref, type ReferenceTopic } from './reference-model';

/** Severity: errors fail `npm run scenarios -- check` (and the build); warnings do not. */
type Severity = 'error' | 'warning';

/** Every diagnostic code, with its severity, title and fix (French). */
export const DIAGNOSTIC_CODES = {
  SCN000: {
    severity: 'error',
    title: 'Fichier illisible',
    fix: 'Vérifiez le chemin du fichier et ses droits de lecture.',
  },
  SCN001: {
    severity: 'error',
    title: 'YAML invalide',
    fix: "Corrigez la syntaxe à l'endroit indiqué (indentation, deux-points, guillemets).",
  },
  SCN002: {
    severity: 'error',
    title: 'Clé en double',
    fix: "Supprimez ou renommez l'une des deux clés.",
  },
  SCN003: {
    severity: 'warning',
    title: 'Commentaire de schéma manquant en première ligne',
    fix: 'Ajoutez en première ligne : # yaml-language-server: $schema=../scenario.schema.json',
  },
  SCN004: {
    severity: 'error',
    title: 'Clé inconnue',
    fix: 'Corrigez la faute de frappe (la suggestion « vouliez-vous dire » aide) ou supprimez la clé.',
  },
  SCN005: {
    severity: 'error',
    title: 'Champ obligatoire manquant',
    fix: 'Ajoutez le champ indiqué.',
  },
  SCN006: {
    severity: 'error',
    title: 'Valeur invalide',
    fix: 'Donnez une valeur du type et du format attendus (texte, nombre, date…).',
  },
  SCN007: {
    severity: 'error',
    title: 'Valeur hors de la liste autorisée',
    fix: "Choisissez l'une des valeurs proposées.",
    see: 'valeurs',
  },
  SCN008: {
    severity: 'error',
    title: 'Action inconnue',
    fix: 'Choisissez une action du vocabulaire (voir « Les actions » dans le guide).',
    see: 'actions',
  },
  SCN009: {
    severity: 'error',
    title: "L'identifiant ne correspond pas au nom du fichier",
    fix: "Renommez le fichier ou changez `id` pour qu'ils soient identiques.",
  },
  SCN010: {
    severity: 'error',
    title: 'Le thème ne correspond pas au dossier',
    fix: 'Rangez le fichier dans scenarios/<thème>/ ou changez `theme`.',
  },
  SCN011: {
    severity: 'error',
    title: 'Identifiant en double',
    fix: 'Donnez un identifiant unique à chaque étape, rôle, élément du monde et alias `as`.',
  },
  SCN012: {
    severity: 'error',
    title: 'Étape inconnue',
    fix: 'Corrigez `goto` (ou `start`) pour viser une étape existante.',
  },
  SCN013: {
    severity: 'error',
    title: 'Étape inaccessible',
    fix: 'Ajoutez un `goto` vers cette étape, ou supprimez-la.',
  },
  SCN014: {
    severity: 'error',
    title: 'Impasse sans `end`',
    fix: 'Terminez la branche par `end: "…"` ou ajoutez un `goto`.',
  },
  SCN015: {
    severity: 'error',
    title: 'Question de FAQ inconnue',
    fix: 'Citez un identifiant de question du référentiel (ex. FAQ-CON-07).',
    see: 'faq',
  },
  SCN016: {
    severity: 'error',
    title: 'Règle inconnue',
    fix: 'Citez une règle R1 à R50.',
    see: 'regles',
  },
  SCN017: {
    severity: 'error',
    title: 'Patient inconnu ou non déclaré',
    fix: 'Déclarez le patient dans world.patients (identifiant du jeu de données, ou `from`).',
    see: 'patients',
  },
  SCN018: {
    severity: 'error',
    title: 'Professionnel inconnu ou non déclaré',
    fix: 'Déclarez le professionnel dans world.professionals.',
    see: 'professionnels',
  },
  SCN019: {
    severity: 'error',
    title: 'Type de document inconnu',
    fix: 'Utilisez un code de type de document du référentiel (ex. 11488-4).',
    see: 'types-de-documents',
  },
  SCN020: {
    severity: 'error',
    title: "Code d'erreur DMP inconnu",
    fix: 'Utilisez un code de refus du référentiel (ex. DMP.ACCESS_BLOCKED).',
    see: 'codes',
  },
  SCN021: {
    severity: 'error',
    title: 'Document inconnu ou non déclaré',
    fix: 'Déclarez le document dans world.documents, ou nommez le dépôt avec `as:` avant de le citer.',
    see: 'documents',
  },
  SCN022: {
    severity: 'error',
    title: 'Rôle inconnu',
    fix: 'Déclarez le rôle dans `roles` ou corrigez `role:`.',
  },
  SCN023: {
    severity: 'error',
    title: 'Représentant légal inconnu',
    fix: 'Citez un représentant légal du patient (ex. rep-petit-nadia).',
    see: 'patients',
  },
  SCN024: {
    severity: 'error',
    title: 'Issue attendue contredite par les règles du DMP',
    fix: "Corrigez `expect` (résultat, code) ou le monde, pour que l'issue attendue soit celle que donne le DMP.",
    see: 'codes',
  },
  SCN025: {
    severity: 'error',
    title: 'Effet attendu contredit par le DMP',
    fix: 'Corrigez `traced`, `notified`, `documents`, `historyMentions`, `vaccinationBook`, `found` ou `rules`.',
  },
  SCN026: {
    severity: 'error',
    title: 'Issue attendue incohérente',
    fix: "`result: refused` exige un code de refus ; `result: allowed` n'a pas de code (pas même un code de succès).",
    see: 'codes',
  },
  SCN027: {
    severity: 'error',
    title: 'Action impossible pour ce rôle',
    fix: 'Changez de rôle (`role:`) avant cette étape : ps.* pour un professionnel, patient.* pour le patient, representative.* pour un représentant.',
    see: 'actions',
  },
  SCN028: {
    severity: 'error',
    title: 'Professionnel non connecté',
    fix: 'Ajoutez une étape `ps.login` pour ce rôle avant ses autres actions.',
  },
  SCN029: {
    severity: 'error',
    title: 'Question sans bonne réponse',
    fix: 'Marquez au moins une réponse `correct: true`.',
  },
  SCN030: { severity: 'error', title: '`goto` et `end` à la fois', fix: "Gardez l'un des deux." },
  SCN031: {
    severity: 'error',
    title: 'Carte non détenue par le professionnel',
    fix: 'Présentez la carte que détient le professionnel, ou changez sa carte dans world.professionals.',
    see: 'professionnels',
  },
  SCN032: {
    severity: 'warning',
    title: 'Trop de chemins à jouer',
    fix: 'Réduisez les embranchements : seuls les premiers chemins sont joués.',
  },
  SCN033: {
    severity: 'warning',
    title: 'Question de FAQ annoncée mais jamais citée',
    fix: 'Citez-la dans un retour, ou retirez-la de `faq`.',
  },
  SCN034: {
    severity: 'error',
    title: 'Élément du monde incomplet',
    fix: 'Donnez une base (`from`) ou les champs obligatoires (patient, type et auteur pour un document).',
  },
  SCN040: {
    severity: 'error',
    title: "Paramètre d'objectif inconnu",
    fix: "Dans `with`, nommez un paramètre de l'action de `do` (ex. card, visibility.maskedFromProfessionals).",
  },
  SCN041: {
    severity: 'error',
    title: 'Scénario injouable dans le site',
    fix: "Le cœur et l'API simulée du site divergent : signalez-le (écart du simulateur) ; en attendant, évitez l'étape citée.",
  },
  SCN042: {
    severity: 'error',
    title: 'Hypothèse du simulateur enseignée comme un fait',
    fix: "Déclarez dans `restsOn` les hypothèses (HS1, HS2…) dont dépend le verdict d'une réponse, nommez-les dans son retour, et ne notez pas une question dont la bonne réponse en dépend (`scored: false`).",
  },
  SCN043: {
    severity: 'warning',
    title: "Ancienne graphie d'une valeur",
    fix: "Écrivez la valeur sous sa graphie actuelle : l'ancienne est encore lue, pour un temps.",
    see: 'valeurs',
  },
} as const satisfies Record<
  string,
  { severity: Severity; title: string; fix: string; see?: ReferenceTopic }
>;

/** A diagnostic code. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** One problem found in a scenario file. Lines and columns start at 1. */
export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly hint?: string;
  /** Section of the référentiel that lists the values this diagnostic is about. */
  readonly see?: ReferenceTopic;
}

/** The référentiel section a code points at by default. */
export function defaultSee(code: DiagnosticCode): ReferenceTopic | undefined {
  const entry = DIAGNOSTIC_CODES[code];
  return 'see' in entry ? entry.see : undefined;
}

/**
 * A diagnostic with its severity taken from the code table, and the section of the référentiel
 * it links to (`see`, the code's default unless given; `null` for none).
 */
export function diagnostic(
  code: DiagnosticCode,
  at: { readonly file: string; readonly line: number; readonly col: number },
  message: string,
  hint?: string,
  see?: ReferenceTopic | null,
): Diagnostic {
  const base = {
    file: at.file,
    line: at.line,
    col: at.col,
    severity: DIAGNOSTIC_CODES[code].severity,
    code,
    message,
  };
  const topic = see === null ? undefined : (see ?? defaultSee(code));
  const withHint = hint === undefined ? base : { ...base, hint };
  return topic === undefined ? withHint : { ...withHint, see: topic };
}

/** One line: `file:line:col severity CODE message. Aide : hint (référentiel : /formateurs/referentiel/#topic)`. */
export function formatDiagnostic(d: Diagnostic): string {
  const message = d.message.replace(/[.\s]+$/, '');
  const hint = d.hint === undefined ? '' : ` Aide : ${d.hint}`;
  const href = d.see === undefined ? '' : referenceHref(d.see);
  const see = href === '' || hint.includes(href) ? '' : ` (référentiel : ${href})`;
  return `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code} ${message}.${hint}${see}`;
}

/** Diagnostics sorted by file, line, column and code; exact duplicates removed. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return [...list]
    .sort(
      (a, b) =>
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.col - b.col ||
        a.code.localeCompare(b.code),
    )
    .filter((d) => {
      const key = formatDiagnostic(d);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Whether any diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
