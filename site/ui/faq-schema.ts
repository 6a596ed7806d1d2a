import { z } from 'astro/zod';
import { FAQ_IDS, FAQ_SECTIONS, FAQ_SOURCE } from '../../src/dmp/faq';
import {
  CARD_TYPES,
  G15_PROFESSIONS,
  NON_G15_PROFESSIONS,
  type G15Code,
} from '../../src/dmp/model/professional';

/** The TRE_G15 professions the FAQ names, in the order of the search filter. */
const FAQ_G15_PROFESSIONS = [
  '10',
  '21',
  '40',
  '50',
  '60',
  '70',
  '80',
  '91',
  '92',
  '26',
  '28',
  '94',
  '96',
  '95',
] as const satisfies readonly G15Code[];

/**
 * Professions a question concerns (search filter "Profession"): the core's labels, then the groups
 * the FAQ speaks of that are not one profession code.
 */
export const PROFESSIONS = [
  ...FAQ_G15_PROFESSIONS.map((code) => G15_PROFESSIONS[code]),
  NON_G15_PROFESSIONS.osteopath,
  'Interne',
  'Secrétariat',
  'Professionnel à rôle',
  'Tous les professionnels',
] as const;

const ruleId = z
  .string()
  .regex(/^R([1-9]|[1-4][0-9]|50)$/, 'Identifiant de règle attendu : R1 à R50');
const faqIds = FAQ_IDS as unknown as [string, ...string[]];
const sectionIds = FAQ_SECTIONS.map((s) => s.id) as unknown as [string, ...string[]];

/** The `faq` frontmatter block of an FAQ entry. */
export const faqEntrySchema = z
  .object({
    id: z.enum(faqIds).describe('Identifiant stable, tel que FAQ-CON-02 (voir src/dmp/faq.ts).'),
    section: z.enum(sectionIds).describe('Section de la FAQ source.'),
    shortAnswer: z
      .string()
      .min(20)
      .max(260)
      .refine((s) => !/[.!?…]\s+[A-ZÀ-Ý«]/.test(s), 'La réponse courte tient en une phrase.')
      .describe('Réponse courte, en une phrase.'),
    professions: z.array(z.enum(PROFESSIONS)).default([]).describe('Professions concernées.'),
    cards: z.array(z.enum(CARD_TYPES)).default([]).describe('Cartes concernées.'),
    topics: z.array(z.string().min(2)).min(1).describe('Thèmes (mots simples, en minuscules).'),
    keywords: z
      .array(z.string().min(2))
      .default([])
      .describe('Mots que les praticiens tapent et qui ne figurent pas dans la réponse.'),
    rules: z
      .array(ruleId)
      .default([])
      .describe('Règles R1–R50 de dmp-facts.md liées à cette question.'),
    source: z.literal(FAQ_SOURCE.id).default(FAQ_SOURCE.id).describe('Source : FAQ du webinaire.'),
  })
  .strict();

/** Extension of Starlight's docs schema: an optional `faq` block. */
export const faqFrontmatter = z.object({ faq: faqEntrySchema.optional() });

/** Parsed `faq` block. */
export type FaqFrontmatter = z.infer<typeof faqEntrySchema>;
