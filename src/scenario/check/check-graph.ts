/**
 * Graph checks (ink's "apparent loose end", TutorialKit's structure assertions): every step is
 * reachable from the start, and every branch ends with `end:` rather than running off the last step.
 * Also warns about FAQ questions the scenario announces but never cites in a feedback.
 */
import { isFaqId } from '../../dmp/index';
import { actionParameters } from '../actions/index';
import { startStep, stepIndex, targetOf, targetsOf } from '../engine/index';
import type { ProblemSink } from '../diagnostics/index';
import type { ActionStep, Scenario } from '../format/index';
import { matchStep } from '../format/kinds';

/** Reachability and dead ends. */
export function checkGraph(s: Scenario, sink: ProblemSink): void {
  const index = stepIndex(s);
  const start = index.get(startStep(s));
  if (start === undefined) return; // unknown start: SCN012 already
  const seen = new Set<number>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift() as number;
    for (const target of targetsOf(s, at)) {
      const next = target.kind === 'step' ? index.get(target.id) : undefined;
      if (next !== undefined && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  s.steps.forEach((step, i) => {
    if (!seen.has(i)) {
      sink.add(
        'SCN013',
        ['steps', i, 'id'],
        `l'étape « ${step.id} » n'est accessible depuis aucune autre`,
        'ajoutez un `goto` vers elle depuis une étape ou une réponse, ou supprimez-la',
      );
      return;
    }
    const ends = matchStep(step, {
      question: (q) =>
        q.options.map((o, k) => ({ t: targetOf(s, i, o), path: ['steps', i, 'options', k] })),
      action: (a) => [
        { t: targetOf(s, i), path: ['steps', i, 'id'] },
        ...(a.branches ?? []).map((b, k) => ({
          t: targetOf(s, i, b),
          path: ['steps', i, 'branches', k],
        })),
      ],
    });
    for (const { t, path } of ends) {
      if (t.kind === 'dead-end')
        sink.add(
          'SCN014',
          path,
          `après « ${step.id} », le scénario s'arrête sans end`,
          'ajoutez `end: "…"` (message de fin) ou un `goto`',
        );
    }
  });
}

/** Action steps: `with` names parameters of the action of `do`. */
export function checkGoals(s: Scenario, sink: ProblemSink): void {
  s.steps.forEach((step, i) =>
    matchStep(step, { action: (a) => checkGoal(a, i, sink), question: () => undefined }),
  );
}

function checkGoal(step: ActionStep, i: number, sink: ProblemSink): void {
  const shape = actionParameters(step.do.action);
  (step.with ?? []).forEach((path, k) => {
    const head = path.split('.')[0] ?? path;
    if (!shape.includes(head))
      sink.add(
        'SCN040',
        ['steps', i, 'with', k],
        `« ${path} » n'est pas un paramètre de l'action ${step.do.action}`,
        shape.length === 0
          ? `cette action n'a aucun paramètre : retirez \`with\``
          : `paramètres possibles : ${shape.join(', ')}`,
      );
  });
}

/** FAQ questions listed in `faq:` that no feedback cites. */
export function checkFaqCoverage(s: Scenario, sink: ProblemSink): void {
  const cited = new Set<string>();
  const add = (faq: string | readonly string[]) =>
    (typeof faq === 'string' ? [faq] : faq).forEach((id) => cited.add(id));
  for (const step of s.steps) {
    matchStep(step, {
      action: (a) => {
        add(a.feedback.success.faq);
        add(a.feedback.failure.faq);
      },
      question: (q) => q.options.forEach((o) => add(o.feedback.faq)),
    });
  }
  s.faq.forEach((id, i) => {
    // An unknown id already has its error (SCN015): no knock-on warning.
    if (!cited.has(id) && isFaqId(id))
      sink.add('SCN033', ['faq', i], `la question ${id} est annoncée mais aucun retour ne la cite`);
  });
}
