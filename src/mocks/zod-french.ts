/**
 * French messages of request validation: Zod's French locale, with the agreement of « attendu »
 * fixed for feminine nouns (« chaîne de caractères attendue ») and unknown keys answered with the
 * list of the accepted ones, so that a client learns the right name from the error itself.
 */
import { z } from 'zod';
import { fr } from 'zod/locales';

const locale = fr().localeError;

/** Zod's French names of the types that are feminine (« une chaîne », « une date »). */
const FEMININE = new Set(['chaîne de caractères', 'date', 'valeur', 'instance']);

type Issue = Parameters<NonNullable<typeof locale>>[0];

function fixAgreement(message: string): string {
  return message
    .replace(/^Entrée invalide : (.+) attendu$/, 'Valeur attendue : $1')
    .replace(
      /^Entrée invalide : (.+?) attendu, (.+) reçu$/,
      (_, expected: string, received: string) =>
        `Entrée invalide : ${expected} attendu${FEMININE.has(expected) ? 'e' : ''}, ${received} reçu${FEMININE.has(received) ? 'e' : ''}`,
    );
}

/** The keys an object schema accepts (undefined when `inst` is not an object schema). */
function acceptedKeys(inst: unknown): readonly string[] | undefined {
  const shape = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod
    ?.def?.shape;
  return shape === undefined ? undefined : Object.keys(shape);
}

function unknownKeys(issue: Extract<Issue, { code: 'unrecognized_keys' }>): string {
  const keys = issue.keys;
  const head = `${keys.length > 1 ? 'Clés non reconnues' : 'Clé non reconnue'} : ${keys.join(', ')}`;
  const accepted = acceptedKeys(issue.inst);
  if (accepted === undefined) return head;
  return accepted.length === 0
    ? `${head}. Aucun paramètre n'est accepté ici.`
    : `${head}. Acceptés : ${accepted.join(', ')}.`;
}

/** The French error map used to validate every request. */
export const frenchErrors: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'unrecognized_keys') return unknownKeys(issue);
  const message = locale(issue);
  const text = typeof message === 'string' ? message : message?.message;
  return text === undefined ? undefined : fixAgreement(text);
};
