/**
 * Base64 helpers that run unchanged in Node and in the browser (no `Buffer`): UTF-8 text to base64
 * for document contents, base64url for tokens. Decoding never throws; it returns null.
 */

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

function bytesToBinary(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return binary;
}

/** Standard base64 of bytes. */
function bytesToBase64(bytes: Uint8Array): string {
  return btoa(bytesToBinary(bytes));
}

/** Bytes of a standard base64 string, or null when it is not base64. */
function base64ToBytes(value: string): Uint8Array<ArrayBuffer> | null {
  try {
    const binary = atob(value);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** Base64 of a text encoded as UTF-8 (FHIR `attachment.data`, `Binary.data`). */
export function textToBase64(text: string): string {
  return bytesToBase64(encoder.encode(text));
}

/** The UTF-8 text behind a base64 string, or null when it is not base64 or not UTF-8. */
export function base64ToText(value: string): string | null {
  const bytes = base64ToBytes(value);
  if (bytes === null) return null;
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Base64url (no padding) of bytes. */
export function bytesToBase64Url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of a base64url string, or null. */
export function base64UrlToBytes(value: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) return null;
  const padded = value.replace(/-/g, '+').replace(/_/g, '/');
  return base64ToBytes(padded + '='.repeat((4 - (padded.length % 4)) % 4));
}

/** UTF-8 bytes of a text (always backed by a fresh ArrayBuffer, as Web Crypto expects). */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(text);
}
