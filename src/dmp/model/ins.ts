/**
 * INS (identité nationale de santé): a 15-character matricule (13-character NIR + 2-digit key)
 * qualified by the OID of its assigning authority. The simulator only accepts the TEST OID, so no
 * real person can ever be represented (dmp-facts.md §8, §8.1).
 */

/** OID of INS-NIR values used for tests: the only OID the simulator accepts. */
export const INS_OID_TEST = '1.2.250.1.213.1.4.10';

/** OID of production INS-NIR values, listed for reference and always rejected by the simulator. */
export const INS_OID_PRODUCTION = '1.2.250.1.213.1.4.8';

/** OID of production INS-NIA values (numéro d'attente), listed for reference and rejected. */
export const INS_OID_NIA_PRODUCTION = '1.2.250.1.213.1.4.9';

/** OID of demonstration INS-NIR values, listed for reference and rejected. */
export const INS_OID_DEMONSTRATION = '1.2.250.1.213.1.4.11';

/** A parsed, valid INS of the test authority. */
export interface Ins {
  /** The full matricule: 13-character NIR followed by its 2-digit key. */
  readonly matricule: string;
  /** The 13-character NIR (may contain 2A/2B for Corsica). */
  readonly nir: string;
  /** The 2-digit key. */
  readonly key: string;
  /** The OID of the assigning authority (always the test OID here). */
  readonly oid: typeof INS_OID_TEST;
}

/** Why an INS was rejected. */
type InsErrorCode = 'INS.FORMAT' | 'INS.KEY' | 'INS.OID_PRODUCTION' | 'INS.OID_UNKNOWN';

/** Result of `parseIns`: a typed value, never an exception. */
type InsParseResult =
  | { readonly ok: true; readonly ins: Ins }
  | { readonly ok: false; readonly code: InsErrorCode; readonly message: string };

/** Sex (1 digit), year (2), month (2), department (2 digits, 2A or 2B), commune (3), order (3). */
const NIR_PATTERN = /^[1-478]\d{4}(?:\d{2}|2A|2B)\d{6}$/;

/** Whether a 13-character string has the shape of a NIR (no key). */
function isNirFormat(nir: string): boolean {
  return NIR_PATTERN.test(nir);
}

/** Numeric value of a NIR for the key computation: 2A → 19 and 2B → 18 (Corsica rule). */
function nirNumber(nir: string): number {
  const department = nir.slice(5, 7);
  const digits =
    department === '2A'
      ? `${nir.slice(0, 5)}19${nir.slice(7)}`
      : department === '2B'
        ? `${nir.slice(0, 5)}18${nir.slice(7)}`
        : nir;
  // 13 digits < 2^53: exact in a double.
  return Number(digits);
}

/** The 2-digit key of a 13-character NIR (97 − NIR mod 97), or null when the NIR is malformed. */
export function computeNirKey(nir: string): string | null {
  if (!isNirFormat(nir)) return null;
  const key = 97 - (nirNumber(nir) % 97);
  return String(key).padStart(2, '0');
}

/** Whether a 15-character matricule (NIR + key) carries the right key. */
export function isValidNirKey(matricule: string): boolean {
  if (matricule.length !== 15) return false;
  const expected = computeNirKey(matricule.slice(0, 13));
  return expected !== null && expected === matricule.slice(13);
}

/** Parse a matricule and its OID into an `Ins`; production and unknown OIDs are rejected. */
export function parseIns(matricule: string, oid: string = INS_OID_TEST): InsParseResult {
  const value = matricule.replace(/\s+/g, '').toUpperCase();
  if (oid === INS_OID_PRODUCTION || oid === INS_OID_NIA_PRODUCTION) {
    return fail(
      'INS.OID_PRODUCTION',
      `L'OID ${oid} désigne de vraies identités : le simulateur n'accepte que l'OID de test ${INS_OID_TEST}.`,
    );
  }
  if (oid !== INS_OID_TEST) {
    return fail(
      'INS.OID_UNKNOWN',
      `OID ${oid} inconnu : le simulateur n'accepte que l'OID de test ${INS_OID_TEST}.`,
    );
  }
  if (value.length !== 15 || !isNirFormat(value.slice(0, 13)) || !/^\d{2}$/.test(value.slice(13))) {
    return fail(
      'INS.FORMAT',
      'Le matricule INS doit compter 15 caractères : 13 pour le NIR puis 2 chiffres de clé.',
    );
  }
  if (!isValidNirKey(value)) {
    return fail(
      'INS.KEY',
      `Clé invalide : attendu ${computeNirKey(value.slice(0, 13)) ?? '??'}, reçu ${value.slice(13)}.`,
    );
  }
  return {
    ok: true,
    ins: { matricule: value, nir: value.slice(0, 13), key: value.slice(13), oid: INS_OID_TEST },
  };
}

function fail(code: InsErrorCode, message: string): InsParseResult {
  return { ok: false, code, message };
}

/** Build a test INS from a 13-character NIR by computing its key; null when the NIR is malformed. */
export function testInsFromNir(nir: string): Ins | null {
  const key = computeNirKey(nir.toUpperCase());
  if (key === null) return null;
  const upper = nir.toUpperCase();
  return { matricule: `${upper}${key}`, nir: upper, key, oid: INS_OID_TEST };
}

/** The patient's secure-messaging address `<matricule INS>@patient.mssante.fr` (R17). */
export function patientMailboxAddress(ins: Ins): string {
  return `${ins.matricule}@patient.mssante.fr`;
}
