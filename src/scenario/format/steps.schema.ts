/**
 * Schema of a step: either an action step (`do` + `expect` + `feedback`) or a choice step
 * (`question` + `options`). Both may switch role, advance the clock on entry, give hints, and
 * branch with `goto` or stop with `end`. Without either, a step falls through to the next one.
 */
import { z } from 'zod';
import { ACTION_NAMES, actionSchema, type ActionName } from '../actions/index';
import {
  citation,
  documentRef,
  duration,
  errorCode,
  kebabId,
  patientRef,
  ruleId,
  text,
} from './fields.schema';
import { ASSUMPTION_ID_LIST, RESULTS } from './vocabulary';

const actionNames = ACTION_NAMES as [ActionName, ...ActionName[]];

/** What the DMP must answer to the action. */
const expectSchema = z
  .object({
    result: z
      .enum(RESULTS)
      .describe('Réponse attendue du DMP : allowed (autorisé) ou refused (refusé).'),
    code: errorCode.optional(),
    traced: z
      .boolean()
      .optional()
      .describe("L'action apparaît (true) ou non (false) dans l'historique du patient."),
    notified: z
      .boolean()
      .optional()
      .describe('Le patient reçoit (true) ou non (false) une notification.'),
    found: patientRef('Patient trouvé par la recherche.').optional(),
    documents: z
      .object({
        includes: z
          .array(documentRef('Document visible.'))
          .optional()
          .describe('Documents qui doivent être visibles.'),
        excludes: z
          .array(documentRef('Document caché.'))
          .optional()
          .describe('Documents qui ne doivent pas être visibles.'),
      })
      .strict()
      .optional()
      .describe(
        'Documents affichés après ps.openDmp, patient.viewDocuments ou representative.viewDocuments.',
      ),
    historyMentions: z
      .array(text('Texte attendu.'))
      .optional()
      .describe("Textes que l'historique lu par patient.viewHistory doit contenir."),
    vaccinationBook: z
      .boolean()
      .optional()
      .describe('Le document déposé apparaît (true) ou non (false) dans le carnet de vaccination.'),
    rules: z.array(ruleId).optional().describe('Règles R1–R50 que la décision du DMP doit citer.'),
  })
  .strict()
  .describe(
    "Issue attendue : le check rejoue l'action sur le cœur du DMP et signale toute contradiction.",
  );

/**
 * Something another actor does when the scenario enters a step, before the learner acts: played
 * by the simulator through the same DMP as the learner's actions (traced as theirs), shown to the
 * learner as a fact with the simulated date.
 */
const eventSchema = z
  .object({
    by: kebabId(
      "Rôle de l'acteur (déclaré dans roles:), que l'apprenant ne joue pas à cette étape. Un professionnel se connecte seul avec sa carte.",
    ),
    text: text(
      "Ce que l'apprenant lit, au passé ou au présent (« Le Dr Martin dépose le compte rendu »).",
    ),
    do: actionSchema.describe("Action jouée par le simulateur au nom de l'acteur."),
    expect: expectSchema
      .optional()
      .describe('Issue attendue (par défaut : result: allowed) ; le check signale tout écart.'),
  })
  .strict()
  .describe("Événement : une action d'un autre acteur, jouée par le simulateur.");

const branching = {
  goto: kebabId("Étape suivante (par défaut : l'étape écrite juste après).").optional(),
  end: text('Message de fin : le scénario (ou cette branche) se termine ici.').optional(),
};

const common = {
  id: kebabId("Identifiant de l'étape, unique dans le scénario."),
  scored: z
    .boolean()
    .optional()
    .describe(
      "false : étape d'observation (l'apprenant constate une conséquence), non comptée dans le score.",
    ),
  title: text("Titre court de l'étape.").optional(),
  role: kebabId(
    "Rôle joué à partir de cette étape (par défaut : celui de l'étape précédente).",
  ).optional(),
  advance: duration.optional(),
  situation: text('Mise en situation affichée avant la consigne.').optional(),
  hints: z
    .array(text('Indice.'))
    .optional()
    .describe("Indices proposés à l'apprenant, dans l'ordre."),
  events: z
    .array(eventSchema)
    .min(1)
    .optional()
    .describe(
      "Ce que d'autres acteurs font en entrant dans l'étape (après advance), dans l'ordre, sans action de l'apprenant.",
    ),
  debrief: text(
    'Note pour le formateur (débriefing) : jamais montrée aux apprenants, affichée par `npm run scenarios -- show`.',
  ).optional(),
  ...branching,
};

/**
 * A branch on the DMP's answer: when the learner's action does not reach the step's goal but gets
 * this answer, the world keeps the action and the scenario continues at `goto` (or ends).
 */
const answerBranchSchema = z
  .object({
    when: z
      .object({
        action: z
          .enum(actionNames)
          .optional()
          .describe("Action de l'apprenant (par défaut : toute action)."),
        result: z
          .enum(RESULTS)
          .describe('Réponse du DMP : allowed (autorisé) ou refused (refusé).'),
        code: errorCode.optional(),
      })
      .strict()
      .describe('Réponse du DMP qui déclenche cette suite.'),
    feedback: citation.describe('Retour affiché quand cette suite est prise.'),
    ...branching,
  })
  .strict()
  .describe("Suite prévue pour une autre réponse du DMP que l'objectif de l'étape.");

/** A step where the learner acts in the simulated screens. */
const actionStepSchema = z
  .object({
    ...common,
    do: actionSchema,
    expect: expectSchema,
    with: z
      .array(z.string().min(1))
      .optional()
      .describe(
        "Paramètres de `do` que l'apprenant doit reproduire pour atteindre l'objectif (ex. card, visibility.maskedFromProfessionals, motive). Les autres sont libres.",
      ),
    branches: z
      .array(answerBranchSchema)
      .optional()
      .describe("Suites selon la réponse du DMP quand l'objectif n'est pas atteint."),
    feedback: z
      .object({
        success: citation.describe(
          "Retour quand l'apprenant fait l'action attendue et obtient l'issue attendue.",
        ),
        failure: citation.describe('Retour dans les autres cas.'),
      })
      .strict()
      .describe("Retours de réussite et d'échec, chacun citant la FAQ."),
  })
  .strict()
  .describe('Étape action.');

/** One answer of a choice step. */
const optionSchema = z
  .object({
    text: text('Réponse proposée.'),
    correct: z.boolean().describe('Bonne réponse (true) ou non (false).'),
    restsOn: z
      .array(z.enum(ASSUMPTION_ID_LIST))
      .min(1)
      .optional()
      .describe(
        'Hypothèses du simulateur (HS1, HS2…) dont dépend le verdict de cette réponse, là où la FAQ et la fiche de faits se taisent. Le retour doit nommer chacune (« hypothèse du simulateur (HS6) ») et une question notée ne peut pas en faire sa bonne réponse (SCN042).',
      ),
    feedback: citation,
    ...branching,
  })
  .strict()
  .describe('Réponse possible, avec son retour et sa suite.');

/** A step where the learner answers a question. */
const choiceStepSchema = z
  .object({
    ...common,
    question: text('Question posée.'),
    options: z.array(optionSchema).min(2).describe('Réponses proposées (au moins deux).'),
  })
  .strict()
  .describe('Étape question à choix.');

/**
 * A step, tagged with its kind once parsed (`kind: 'action' | 'question'`, put first): code
 * switches on `step.kind` instead of testing which keys a step has. The tag is added on output
 * only: a scenario file never writes it, and the JSON Schema (`io: 'input'`) does not show it.
 */
export const stepSchema = z
  .union([
    actionStepSchema.transform((step) => ({ kind: 'action' as const, ...step })),
    choiceStepSchema.transform((step) => ({ kind: 'question' as const, ...step })),
  ])
  .describe('Étape : une action (do/expect/feedback) ou une question (question/options).');

/** Parsed event. */
export type StepEvent = z.output<typeof eventSchema>;
/** Parsed expectation. */
export type Expectation = z.output<typeof expectSchema>;
/** Parsed action step. */
export type ActionStep = Extract<Step, { kind: 'action' }>;
/** Parsed choice step. */
export type ChoiceStep = Extract<Step, { kind: 'question' }>;
/** Parsed branch on the DMP's answer. */
export type AnswerBranch = z.output<typeof answerBranchSchema>;
/** Parsed option. */
export type ChoiceOption = z.output<typeof optionSchema>;
/** Parsed step. */
export type Step = z.output<typeof stepSchema>;
