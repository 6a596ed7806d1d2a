/**
 * Hints that make sense for the domain's codes, where spelling alone misleads: a rule outside
 * R1–R50 is not a typo of R1; FAQ-PAT-07 is not FAQ-PAT-01 (the section's questions are listed with
 * their titles instead); a profession code is found by its label, never by a close number.
 */
import { FAQ_ENTRIES, FAQ_SECTIONS, PROFESSION_CODES, professionLabel } from '../../dmp/index';
import { referencePointer } from './reference-model';
import { closest } from './suggest';

const normalise = (v: string) =>
  v
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/-0*(\d+)$/, '-$1');

/** Hint for an unknown FAQ id: the same id written differently, else the section's questions. */
export function faqHint(value: string): string {
  const same = FAQ_ENTRIES.find((e) => normalise(e.id) === normalise(value));
  if (same !== undefined) return `vouliez-vous dire ${same.id} « ${same.question} » ?`;
  const prefix = /^FAQ-([A-Z]{3})/i.exec(value.trim())?.[1]?.toUpperCase();
  const section = FAQ_SECTIONS.find((s) => s.prefix === prefix);
  if (section !== undefined) {
    const entries = FAQ_ENTRIES.filter((e) => e.section === section.id);
    return `la section « ${section.title} » compte ${entries.length} questions : ${entries
      .map((e) => `${e.id} « ${e.question} »`)
      .join(' ; ')}`;
  }
  return `les identifiants sont FAQ-<section>-<numéro>, sections ${FAQ_SECTIONS.map((s) => s.prefix).join(', ')} ; liste complète dans le ${referencePointer('faq')}`;
}

/** Hint for an unknown rule: the rules are R1 to R50; a different spelling of one is recognised. */
export function ruleHint(value: string): string {
  const n = /^\s*r\s*[-_.]?\s*0*(\d+)\s*$/i.exec(value)?.[1];
  if (n !== undefined && Number(n) >= 1 && Number(n) <= 50) return `vouliez-vous dire « R${n} » ?`;
  return `les règles vont de R1 à R50 (énoncés dans le ${referencePointer('regles')})`;
}

/** Hint for an unknown profession: a code found by its label, else where the codes are listed. */
export function professionHint(value: string): string {
  const plain = (v: string) =>
    v
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const text = plain(value.trim());
  const byLabel =
    text.length < 4 ? [] : PROFESSION_CODES.filter((c) => plain(professionLabel(c)).includes(text));
  const byName = /^\d+$/.test(text)
    ? null
    : (PROFESSION_CODES.find((c) => c === closest(text, [...PROFESSION_CODES])) ?? null);
  const found = byLabel[0] ?? byName;
  const examples = PROFESSION_CODES.slice(0, 3)
    .map((c) => `${c} ${professionLabel(c).toLowerCase()}`)
    .join(', ');
  const codes = `les ${PROFESSION_CODES.length} codes (${examples}…) sont dans le ${referencePointer('professions')}`;
  if (found !== undefined && found !== null && text !== '')
    return `vouliez-vous dire « ${found} » (${professionLabel(found)}) ? ${codes}`;
  return codes;
}
