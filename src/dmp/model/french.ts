/**
 * Small French grammar helpers for generated sentences: « de » elided before a vowel sound
 * (« profil d'Inès », « de Claire »), and agreement with a person's gender.
 */
import type { Gender } from './professional';

const VOWELS = 'aàâäeéèêëiîïoôöuùûüœæ';

/**
 * Whether a word starts with a vowel sound: a vowel, a mute « h » (first names: Hélène, Hugo), or
 * a « y » followed by a consonant (Yves, but not Yasmine).
 */
export function startsWithVowelSound(word: string): boolean {
  const w = word.trim().toLowerCase();
  const first = w.charAt(0);
  if (first === '') return false;
  if (VOWELS.includes(first) || first === 'h') return true;
  return first === 'y' && w.length > 1 && !VOWELS.includes(w.charAt(1));
}

/** « de » before a word, elided before a vowel sound: `de('Inès')` → « d'Inès », « de Claire ». */
export function de(word: string): string {
  return startsWithVowelSound(word) ? `d'${word.trim()}` : `de ${word.trim()}`;
}

/** A word agreed with a gender: `agreed('averti', 'F')` → « avertie » (regular « -e » feminine). */
export function agreed(word: string, gender: Gender | undefined): string {
  return gender === 'F' && !word.endsWith('e') ? `${word}e` : word;
}

/** The day of an ISO date or instant in French digits: `frenchDate('2025-10-01T09:00:00Z')` → « 01/10/2025 ». */
export function frenchDate(iso: string): string {
  return iso.slice(0, 10).split('-').reverse().join('/');
}
