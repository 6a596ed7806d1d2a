/**
 * A question never teaches a simulator assumption as a fact (issue 15, decision 041). An option
 * declares the assumptions its verdict rests on (`restsOn: [HS6]`); SCN042 flags a declared
 * assumption its feedback does not name, a scored question whose right answer rests on one, and a
 * feedback that presents the verdict as the simulator's choice (« choix du simulateur », « le
 * simulateur suppose ») without declaring it. « hypothèse du simulateur (HSn) » alone, as a caveat
 * beside an answer the sources give, needs no declaration.
 */
import { mentionsAssumption } from '../../dmp/index';
import type { ProblemSink } from '../diagnostics/index';
import type { Scenario } from '../format/index';
import { matchStep } from '../format/kinds';

/** Wording that makes the verdict itself the simulator's choice. */
const SIMULATOR_CHOICE =
  /choix du simulateur|le simulateur (suppose|choisit)|suppose le simulateur/i;

/** Check every option of every question for assumptions taught as facts (SCN042). */
export function checkOptionAssumptions(s: Scenario, sink: ProblemSink): void {
  s.steps.forEach((step, i) => {
    const options = matchStep(step, { action: () => [], question: (q) => q.options });
    options.forEach((o, k) => {
      const at = ['steps', i, 'options', k];
      const said = `${o.text} ${o.feedback.text}`;
      const declared = o.restsOn ?? [];
      declared.forEach((id, j) => {
        if (!mentionsAssumption(said, id))
          sink.add(
            'SCN042',
            [...at, 'restsOn', j],
            `la réponse ${k + 1} de « ${step.id} » repose sur ${id} sans le dire`,
            `écrivez dans son retour « hypothèse du simulateur (${id}) » et ce que la source laisse ouvert`,
          );
      });
      if (o.correct && declared.length > 0 && step.scored !== false)
        sink.add(
          'SCN042',
          [...at, 'correct'],
          `la question notée « ${step.id} » a pour bonne réponse une hypothèse du simulateur (${declared.join(', ')})`,
          "ajoutez `scored: false` à l'étape (question non notée), ou posez une question à laquelle la FAQ répond",
        );
      if (declared.length === 0 && SIMULATOR_CHOICE.test(o.feedback.text))
        sink.add(
          'SCN042',
          [...at, 'feedback', 'text'],
          `le retour de la réponse ${k + 1} de « ${step.id} » présente un choix du simulateur sans le déclarer`,
          'ajoutez à la réponse `restsOn: [HSn]` (l’hypothèse en cause) et nommez-la dans le retour',
        );
    });
  });
}
