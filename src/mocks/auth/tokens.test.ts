import { describe, expect, test } from 'vitest';
import { base64UrlToBytes, bytesToBase64Url, base64ToText, textToBase64 } from './base64';
import { createTokenSigner } from './tokens';

const NOW = '2025-10-01T09:00:00.000Z';
const ps = { kind: 'ps', professionalId: 'pro-gp', card: 'CPS' } as const;

describe('tokens', () => {
  test('a token verifies with its signer until it expires (8 h of simulated time)', async () => {
    const signer = createTokenSigner(new Uint8Array(32).fill(1));
    const { token, expiresAt, expiresIn } = await signer.issue(ps, NOW, 0);
    expect([expiresAt, expiresIn]).toEqual(['2025-10-01T17:00:00.000Z', 28_800]);
    expect(await signer.verify(token, '2025-10-01T16:59:59.999Z', 0)).toEqual(ps);
    expect(await signer.verify(token, expiresAt, 0)).toMatchObject({ code: 'AUTH.TOKEN_EXPIRED' });
  });

  test('a verified token is refused once the world generation changes', async () => {
    const signer = createTokenSigner();
    const { token } = await signer.issue(ps, NOW, 0);
    expect(await signer.verify(token, NOW, 0)).toEqual(ps);
    expect(await signer.verify(token, NOW, 1)).toMatchObject({ code: 'AUTH.TOKEN_EXPIRED' });
  });

  test('another secret, an edited payload or garbage is invalid', async () => {
    const a = createTokenSigner(new Uint8Array(32).fill(1));
    const b = createTokenSigner(new Uint8Array(32).fill(2));
    const { token } = await a.issue(ps, NOW, 0);
    expect(await b.verify(token, NOW, 0)).toMatchObject({ code: 'AUTH.TOKEN_INVALID' });
    const [prefix, payload, signature] = token.split('.');
    const claims = JSON.parse(new TextDecoder().decode(base64UrlToBytes(payload!)!)) as {
      session: { card: string };
    };
    claims.session.card = 'CPE';
    const edited = `${prefix}.${bytesToBase64Url(new TextEncoder().encode(JSON.stringify(claims)))}.${signature}`;
    for (const bad of [
      edited,
      '',
      'x',
      'dmpsim..',
      'dmpsim.!!.??',
      `${token}.x`,
      'a'.repeat(5000),
    ]) {
      expect(await a.verify(bad, NOW, 0), bad.slice(0, 20)).toMatchObject({
        code: 'AUTH.TOKEN_INVALID',
      });
    }
  });
});

describe('base64', () => {
  test('UTF-8 text round-trips; non-UTF-8 and non-base64 give null', () => {
    expect(base64ToText(textToBase64('Vaccin ROR — rappel, 1ʳᵉ dose'))).toBe(
      'Vaccin ROR — rappel, 1ʳᵉ dose',
    );
    expect(base64ToText('/w==')).toBeNull();
    expect(base64ToText('***')).toBeNull();
  });
});
