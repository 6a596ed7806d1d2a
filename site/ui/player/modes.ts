/**
 * The three ways to play a scenario (PEDAGOGY.md, after Storyline's View / Try / Test): a guided
 * first look, practice (the default), and an assessment. What each mode shows and allows is read
 * from here by the session, the screens and the page; nothing else tests the mode's name.
 */

/** A play mode. */
export type PlayMode = 'decouverte' | 'entrainement' | 'evaluation';

/** What a mode shows and allows. */
interface ModeRules {
  readonly label: string;
  readonly description: string;
  /** The step names the action expected (« Consigne : … »). */
  readonly namesAction: boolean;
  /** Forms start from the step's reference action. */
  readonly prefills: boolean;
  /** Hints: shown after a miss, given on request, or never. */
  readonly hints: 'after-miss' | 'on-request' | 'never';
  /** The learner may try a step again after a miss (else the simulator plays it and moves on). */
  readonly retries: boolean;
  /** Feedback after each step (else only at the end). */
  readonly feedbackEachStep: boolean;
}

/** The modes, in the order the page offers them. */
export const MODES: Readonly<Record<PlayMode, ModeRules>> = {
  decouverte: {
    label: 'Découverte',
    description:
      "Visite guidée : chaque étape nomme l'action attendue, les formulaires sont préremplis et les indices s'affichent après une erreur.",
    namesAction: true,
    prefills: true,
    hints: 'after-miss',
    retries: true,
    feedbackEachStep: true,
  },
  entrainement: {
    label: 'Entraînement',
    description:
      "Vous lisez la situation et agissez seul : aucun formulaire prérempli, des indices sur demande, autant d'essais que nécessaire et un retour après chaque étape.",
    namesAction: false,
    prefills: false,
    hints: 'on-request',
    retries: true,
    feedbackEachStep: true,
  },
  evaluation: {
    label: 'Évaluation',
    description:
      'Un seul essai par étape, sans indice : le simulateur poursuit à votre place après une erreur, et les retours arrivent à la fin avec le score.',
    namesAction: false,
    prefills: false,
    hints: 'never',
    retries: false,
    feedbackEachStep: false,
  },
};

/** Every mode id. */
export const MODE_IDS = Object.keys(MODES) as PlayMode[];

/** The mode a learner starts in. */
export const DEFAULT_MODE: PlayMode = 'entrainement';

/** Whether a value is a mode id. */
export const isPlayMode = (v: unknown): v is PlayMode =>
  typeof v === 'string' && (MODE_IDS as string[]).includes(v);

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/**
 * The order a learner sees the options of a question in: a permutation drawn from the learner's seed
 * and the step id (stable across reloads, different between learners), never the file's order when
 * there are two options or more, so that the right answer's place teaches nothing.
 */
export function optionOrder(seed: string, stepId: string, count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  let state = hash(`${seed}:${stepId}`) || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  for (let i = count - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  if (count > 1 && order.every((v, i) => v === i)) order.push(order.shift() as number);
  return order;
}

/** A fresh seed for a learner's run. */
export function newSeed(): string {
  return Math.random().toString(36).slice(2, 10);
}
