/**
 * The positioning quiz's result: where the learner stands in each FAQ section, and the scenarios
 * to play first, derived from the data (decision 031): a scenario is recommended when it teaches the
 * FAQ entries of the questions missed, or other entries of the sections to review; the more it
 * covers, the higher. The result is kept in the browser so that « Ma progression » can recommend
 * what comes next.
 */
import { z } from 'zod';
import { FAQ_ENTRIES, FAQ_SECTIONS, type FaqSectionId } from '../../../src/dmp/faq';
import type { ProgressStorage } from '../player/progress';

/** The quiz as the scoring needs it (site/data/positioning.ts). */
interface QuizQuestion {
  readonly id: string;
  readonly section: FaqSectionId;
  readonly faq: string;
  readonly options: readonly { readonly correct?: true }[];
}

/** What the recommendation reads of a scenario (the catalogue's summary). */
export interface ScenarioFacts {
  readonly id: string;
  readonly title: string;
  readonly faq: readonly string[];
  readonly citedFaq: readonly string[];
  readonly duration: number;
}

/** Where the learner stands in one section. */
interface SectionStanding {
  readonly section: FaqSectionId;
  readonly title: string;
  readonly correct: number;
  readonly total: number;
  /** Every question of the section answered right. */
  readonly mastered: boolean;
}

/** The quiz's result. */
interface PositioningResult {
  readonly sections: readonly SectionStanding[];
  /** FAQ entries of the questions missed or left unanswered. */
  readonly missedFaq: readonly string[];
}

/** Scenarios recommended at most. */
export const MAX_RECOMMENDED = 3;

/** Score the answers (question id → index of the option chosen; missing = unanswered). */
export function scorePositioning(
  questions: readonly QuizQuestion[],
  answers: Readonly<Record<string, number | undefined>>,
): PositioningResult {
  const right = (q: QuizQuestion) => {
    const chosen = answers[q.id];
    return chosen !== undefined && q.options[chosen]?.correct === true;
  };
  const sections = FAQ_SECTIONS.filter((s) => questions.some((q) => q.section === s.id)).map(
    (s) => {
      const asked = questions.filter((q) => q.section === s.id);
      const correct = asked.filter(right).length;
      return {
        section: s.id,
        title: s.title,
        correct,
        total: asked.length,
        mastered: correct === asked.length,
      };
    },
  );
  return { sections, missedFaq: questions.filter((q) => !right(q)).map((q) => q.faq) };
}

const sectionOf = (faqId: string): string | undefined =>
  FAQ_ENTRIES.find((e) => e.id === faqId)?.section;

/**
 * The scenarios to play first: those teaching (in their `faq:` list) the most entries of the
 * questions missed, then the most other entries of the sections to review, then citing the most of
 * them in their feedback; then the shortest, then by title. A scenario touching no section to
 * review is never recommended.
 */
export function recommendScenarios(
  result: PositioningResult,
  scenarios: readonly ScenarioFacts[],
  limit = MAX_RECOMMENDED,
): ScenarioFacts[] {
  const weak = new Set(result.sections.filter((s) => !s.mastered).map((s) => s.section as string));
  const missed = new Set(result.missedFaq);
  const inWeak = (id: string) => weak.has(sectionOf(id) ?? '');
  const keys = (s: ScenarioFacts): number[] => [
    s.faq.filter((id) => missed.has(id)).length,
    s.faq.filter((id) => !missed.has(id) && inWeak(id)).length,
    s.citedFaq.filter((id) => !s.faq.includes(id) && inWeak(id)).length,
  ];
  const byKeys = (a: number[], b: number[]) =>
    a.reduce((d, v, i) => (d !== 0 ? d : (b[i] ?? 0) - v), 0);
  return scenarios
    .map((s) => ({ s, keys: keys(s) }))
    .filter((x) => x.keys.some((k) => k > 0))
    .sort(
      (a, b) =>
        byKeys(a.keys, b.keys) ||
        a.s.duration - b.s.duration ||
        a.s.title.localeCompare(b.s.title, 'fr'),
    )
    .slice(0, limit)
    .map((x) => x.s);
}

/** Sections to review that no scenario teaches: the learner is sent to the FAQ section instead. */
export function sectionsToRead(
  result: PositioningResult,
  scenarios: readonly ScenarioFacts[],
): SectionStanding[] {
  return result.sections.filter(
    (s) => !s.mastered && !scenarios.some((sc) => sc.faq.some((id) => sectionOf(id) === s.section)),
  );
}

/** Key of the last positioning result in localStorage. */
const POSITIONING_KEY = 'dmp-simulateur:positionnement';

const savedSchema = z
  .object({
    version: z.literal(1),
    takenAt: z.iso.datetime(),
    recommended: z.array(z.string().min(1).max(200)).max(20),
  })
  .strict();

/** The last positioning kept in the browser. */
type SavedPositioning = z.output<typeof savedSchema>;

/** Keep the scenarios recommended by the last positioning (false when the storage refused). */
export function savePositioning(
  storage: ProgressStorage,
  recommended: readonly string[],
  now: Date = new Date(),
): boolean {
  const value: SavedPositioning = {
    version: 1,
    takenAt: now.toISOString(),
    recommended: [...recommended],
  };
  try {
    storage.setItem(POSITIONING_KEY, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** The last positioning, or null (unreadable data is removed; never throws). */
export function loadPositioning(storage: ProgressStorage): SavedPositioning | null {
  try {
    const raw = storage.getItem(POSITIONING_KEY);
    if (raw === null) return null;
    const parsed = savedSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // Unreadable: removed below.
  }
  try {
    storage.removeItem(POSITIONING_KEY);
  } catch {
    // Storage unavailable.
  }
  return null;
}
