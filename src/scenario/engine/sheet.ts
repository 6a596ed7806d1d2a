/**
 * The trainer's sheet of a scenario (`npm run scenarios -- show`), in French: what the learners do
 * not see (the summary, the tags, each step's expected outcome, the events played by other actors
 * and the `debrief:` notes) next to what they see, step by step in file order.
 */
import { roleIdOf } from './flow';
import type { Scenario, Expectation } from '../format/index';
import { matchStep, AUDIENCES, THEMES } from '../format/kinds';
import { ACTIONS } from '../actions/index';

function expected(e: Expectation): string {
  const result = e.result === 'allowed' ? 'autorisé' : 'refusé';
  return e.code === undefined ? result : `${result} (${e.code})`;
}

/** Lines of the trainer's sheet of a scenario. */
export function formatScenarioSheet(scenario: Scenario): string[] {
  const roleLabel = (id: string) => {
    const role = scenario.roles.find((r) => r.id === id);
    return role?.label === undefined ? id : `${id} (${role.label})`;
  };
  const lines = [
    `${scenario.title} [${scenario.id}]`,
    `Thème : ${THEMES[scenario.theme]} ; public : ${scenario.audience.map((a) => AUDIENCES[a]).join(', ')} ; ${scenario.duration} min`,
    ...(scenario.tags === undefined ? [] : [`Étiquettes : ${scenario.tags.join(', ')}`]),
    ...(scenario.summary === undefined ? [] : [`Déroulé : ${scenario.summary}`]),
    `FAQ : ${scenario.faq.join(', ')}`,
    'Objectifs :',
    ...scenario.objectives.map((o) => `  - ${o}`),
    'Étapes (ordre du fichier) :',
  ];
  scenario.steps.forEach((step, i) => {
    lines.push(
      `${i + 1}. ${step.id}${step.title === undefined ? '' : ` — ${step.title}`} [rôle : ${roleLabel(roleIdOf(scenario, i))}]`,
    );
    for (const event of step.events ?? [])
      lines.push(
        `   Événement (${roleLabel(event.by)}) : ${event.text} — ${event.do.action}, attendu ${expected(event.expect ?? { result: 'allowed' })}`,
      );
    if (step.situation !== undefined) lines.push(`   Situation : ${step.situation}`);
    lines.push(
      ...matchStep(step, {
        action: (s) => [
          `   Action : ${s.do.action} (${ACTIONS[s.do.action].label}), attendu ${expected(s.expect)}`,
        ],
        question: (s) => [
          `   Question : ${s.question}`,
          ...s.options.map((o) => `     ${o.correct ? '✓' : '✗'} ${o.text}`),
        ],
      }),
    );
    if (step.debrief !== undefined) lines.push(`   Débriefing : ${step.debrief}`);
  });
  return lines;
}

/**
 * The scenario as the learner's browser receives it: without the trainer's `debrief:` notes (the
 * player never shows them, and they are not sent either).
 */
export function forLearners(scenario: Scenario): Scenario {
  return {
    ...scenario,
    steps: scenario.steps.map((step) => {
      if (step.debrief === undefined) return step;
      const copy = { ...step };
      delete copy.debrief;
      return copy;
    }),
  };
}
