/**
 * Bearer tokens of the simulated Pro Santé Connect and Mon espace santé logins: a base64url JSON
 * payload signed with HMAC-SHA-256 (Web Crypto, so the same code runs in the service worker page and
 * in Node). Dates are in simulated time: a token expires when the simulated clock passes `exp`, and
 * every token dies when the trainer resets the world (`gen`). See docs/decisions/004-*.md.
 */
import { z } from 'zod';
import { addDuration, CARD_TYPES, instantMs, type CardType, type Instant } from '../../dmp/index';
import { apiError, type ApiError } from '../api-errors';
import { TOKEN_TTL_SECONDS } from '../config';
import { base64UrlToBytes, bytesToBase64Url, utf8 } from './base64';

/** A professional's session (Pro Santé Connect). */
export interface PsSession {
  readonly kind: 'ps';
  readonly professionalId: string;
  readonly card: CardType;
}

/** A patient-side session (Mon espace santé): the holder, or a legal representative. */
export interface MesSession {
  readonly kind: 'mes';
  readonly patientId: string;
  readonly representativeId: string | null;
}

/** Any session. */
export type Session = PsSession | MesSession;

const claimsSchema = z.strictObject({
  v: z.literal(1),
  session: z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('ps'),
      professionalId: z.string(),
      card: z.enum(CARD_TYPES),
    }),
    z.strictObject({
      kind: z.literal('mes'),
      patientId: z.string(),
      representativeId: z.string().nullable(),
    }),
  ]),
  iat: z.string(),
  exp: z.string(),
  gen: z.number().int(),
});

const PREFIX = 'dmpsim';
const MAX_TOKEN_LENGTH = 2048;

/** An issued token. */
interface IssuedToken {
  readonly token: string;
  readonly expiresAt: Instant;
  readonly expiresIn: number;
}

/** Signs and verifies tokens with one secret. */
export interface TokenSigner {
  /** Issue a token for a session at simulated time `now`, in world generation `generation`. */
  issue(session: Session, now: Instant, generation: number): Promise<IssuedToken>;
  /** The session of a token, or the reason it is refused (never throws). */
  verify(token: string, now: Instant, generation: number): Promise<Session | ApiError>;
}

/** A random 256-bit secret. */
function randomSecret(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}

/** A signer with the given secret (a fresh random one by default). */
export function createTokenSigner(secret: Uint8Array = randomSecret()): TokenSigner {
  const key = crypto.subtle.importKey(
    'raw',
    secret.slice(),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
  // Signatures already checked (HMAC costs ~45 µs); expiry and generation are still checked each time.
  const verified = new Map<string, z.output<typeof claimsSchema>>();
  const invalid = apiError(
    'AUTH.TOKEN_INVALID',
    "Jeton d'accès invalide (format ou signature incorrects) : reconnectez-vous.",
  );
  return {
    async issue(session, now, generation) {
      const exp = addDuration(now, { minutes: TOKEN_TTL_SECONDS / 60 });
      const payload = bytesToBase64Url(
        utf8(JSON.stringify({ v: 1, session, iat: now, exp, gen: generation })),
      );
      const signed = `${PREFIX}.${payload}`;
      const signature = await crypto.subtle.sign('HMAC', await key, utf8(signed));
      const token = `${signed}.${bytesToBase64Url(new Uint8Array(signature))}`;
      return { token, expiresAt: exp, expiresIn: TOKEN_TTL_SECONDS };
    },
    async verify(token, now, generation) {
      const claims = verified.get(token) ?? (await checkSignature(token));
      if (claims === null) return invalid;
      if (verified.size > 1000) verified.clear();
      verified.set(token, claims);
      if (claims.gen !== generation) {
        return apiError(
          'AUTH.TOKEN_EXPIRED',
          'Le monde simulé a été réinitialisé depuis votre connexion : reconnectez-vous.',
        );
      }
      if (instantMs(now) >= instantMs(claims.exp)) {
        return apiError(
          'AUTH.TOKEN_EXPIRED',
          `Jeton expiré le ${claims.exp} (heure simulée ${now}) : reconnectez-vous.`,
        );
      }
      return claims.session;
    },
  };

  async function checkSignature(token: string): Promise<z.output<typeof claimsSchema> | null> {
    const parts = token.length > MAX_TOKEN_LENGTH ? [] : token.split('.');
    const [prefix, payload, signature] = parts;
    if (parts.length !== 3 || prefix !== PREFIX || payload === undefined) return null;
    const signatureBytes = base64UrlToBytes(signature ?? '');
    const payloadBytes = base64UrlToBytes(payload);
    if (signatureBytes === null || payloadBytes === null) return null;
    const valid = await crypto.subtle.verify(
      'HMAC',
      await key,
      signatureBytes.slice(),
      utf8(`${prefix}.${payload}`),
    );
    if (!valid) return null;
    const claims = claimsSchema.safeParse(parseJson(new TextDecoder().decode(payloadBytes)));
    return claims.success ? claims.data : null;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
