/**
 * Diagnostics of the path checker: stable codes PAR000… with their severity, a French title and
 * how to fix them, printed in the scenarios' one-line format
 * `parcours/apres-le-webinaire.yaml:12:7 error PAR010 message. Aide : …`.
 */

/** Severity: errors fail `npm run scenarios -- check` (and the build); warnings do not. */
type ParcoursSeverity = 'error' | 'warning';

/** Every diagnostic code of a path file, with its severity, title and fix (French). */
export const PARCOURS_CODES = {
  PAR000: {
    severity: 'error',
    title: 'Fichier illisible',
    fix: 'Vérifiez le chemin du fichier et ses droits de lecture.',
  },
  PAR001: {
    severity: 'error',
    title: 'YAML invalide',
    fix: "Corrigez la syntaxe à l'endroit indiqué (indentation, deux-points, guillemets).",
  },
  PAR002: { severity: 'error', title: 'Clé en double', fix: "Supprimez l'une des deux clés." },
  PAR003: {
    severity: 'warning',
    title: 'Commentaire de schéma manquant en première ligne',
    fix: 'Ajoutez en première ligne : # yaml-language-server: $schema=parcours.schema.json',
  },
  PAR004: {
    severity: 'error',
    title: 'Clé inconnue',
    fix: 'Corrigez la faute de frappe (la suggestion aide) ou supprimez la clé.',
  },
  PAR005: { severity: 'error', title: 'Champ obligatoire manquant', fix: 'Ajoutez le champ.' },
  PAR006: {
    severity: 'error',
    title: 'Valeur invalide',
    fix: 'Donnez une valeur du type et du format attendus (texte, liste, public connu…).',
  },
  PAR007: {
    severity: 'error',
    title: 'Seuil de réussite invalide',
    fix: 'Écrivez `passMark` en pourcentage entier, de 1 à 100 (ex. 70).',
  },
  PAR009: {
    severity: 'error',
    title: "L'identifiant ne correspond pas au nom du fichier",
    fix: "Renommez le fichier ou changez `id` pour qu'ils soient identiques.",
  },
  PAR010: {
    severity: 'error',
    title: 'Scénario inconnu',
    fix: "Citez l'identifiant d'un scénario existant (nom de son fichier sous scenarios/).",
  },
  PAR011: {
    severity: 'error',
    title: 'Scénario en double dans le parcours',
    fix: 'Gardez chaque scénario une seule fois.',
  },
  PAR012: {
    severity: 'error',
    title: 'Parcours vide',
    fix: 'Listez au moins un scénario sous `scenarios`.',
  },
  PAR013: {
    severity: 'error',
    title: 'Aucun scénario obligatoire',
    fix: "Rendez au moins un scénario obligatoire (retirez `optional: true`) : sans lui, l'attestation ne prouverait rien.",
  },
} as const satisfies Record<string, { severity: ParcoursSeverity; title: string; fix: string }>;

/** A path diagnostic code. */
export type ParcoursCode = keyof typeof PARCOURS_CODES;

/** One problem found in a path file. Lines and columns start at 1. */
export interface ParcoursDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly severity: ParcoursSeverity;
  readonly code: ParcoursCode;
  readonly message: string;
  readonly hint?: string;
}

/** A diagnostic with its severity taken from the code table. */
export function parcoursDiagnostic(
  code: ParcoursCode,
  at: { readonly file: string; readonly line: number; readonly col: number },
  message: string,
  hint?: string,
): ParcoursDiagnostic {
  const base = { ...at, severity: PARCOURS_CODES[code].severity, code, message };
  return hint === undefined ? base : { ...base, hint };
}

/** One line: `file:line:col severity CODE message. Aide : hint`. */
export function formatParcoursDiagnostic(d: ParcoursDiagnostic): string {
  const message = d.message.replace(/[.\s]+$/, '');
  const hint = d.hint === undefined ? '' : ` Aide : ${d.hint}`;
  return `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code} ${message}.${hint}`;
}
