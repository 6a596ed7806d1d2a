/** Feedback after a step (with « Pourquoi ? » from the DMP's decision) and the end-of-scenario summary. */
import { forwardRef } from 'react';
import type { FaqCitation } from '../../../src/scenario/feedback';
import type { LogEntry, SessionView } from '../../ui/player/session';

function FaqLinks({ faq }: { faq: readonly FaqCitation[] }) {
  if (faq.length === 0) return null;
  return (
    <ul className="pl-faq">
      {faq.map((f) => (
        <li key={f.id}>
          <a href={f.path}>{f.question}</a> <span className="pl-faq-id">({f.id})</span>
        </li>
      ))}
    </ul>
  );
}

export const FeedbackPanel = forwardRef<HTMLHeadingElement, { entry: LogEntry; title: string }>(
  function FeedbackPanel({ entry, title }, ref) {
    const { feedback } = entry;
    return (
      <section
        className={`pl-feedback ${feedback.passed ? 'pl-pass' : 'pl-fail'}`}
        aria-labelledby="pl-feedback-title"
        data-testid="feedback"
      >
        <h3 id="pl-feedback-title" tabIndex={-1} ref={ref}>
          {feedback.passed ? '✓ Réussi' : '✗ Pas encore'} — {title}
        </h3>
        {entry.option !== null && <p>Votre réponse : « {entry.option} »</p>}
        <p>{feedback.text}</p>
        {entry.mismatches.length > 0 && (
          <div>
            <p>Écart avec ce qui était attendu :</p>
            <ul>
              {entry.mismatches.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        )}
        {feedback.hints.length > 0 && (
          <div className="pl-hints">
            <p>Indice{feedback.hints.length > 1 ? 's' : ''} :</p>
            <ul>
              {feedback.hints.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ul>
          </div>
        )}
        {feedback.faq.length > 0 && (
          <p className="pl-faq-title">Pour en savoir plus dans la FAQ :</p>
        )}
        <FaqLinks faq={feedback.faq} />
        {feedback.why !== null && (
          <details className="pl-why" data-testid="pourquoi">
            <summary>Pourquoi ?</summary>
            <p>
              <strong>
                Décision du DMP : {feedback.why.allowed ? 'accepté' : 'refusé'} —{' '}
                {feedback.why.title}
              </strong>{' '}
              <code>{feedback.why.code}</code>
            </p>
            <p>{feedback.why.explanation}</p>
            {feedback.why.rules.length > 0 && (
              <ul>
                {feedback.why.rules.map((r) => (
                  <li key={r.id}>
                    <strong>{r.id}</strong> : {r.statement}
                  </li>
                ))}
              </ul>
            )}
            <FaqLinks faq={feedback.why.faq} />
          </details>
        )}
      </section>
    );
  },
);

export function Summary(props: {
  view: SessionView;
  titleOf: (stepId: string) => string;
  onRestart: () => void;
  busy: boolean;
}) {
  const { view } = props;
  const ending = view.run.ending;
  const firstTries = new Map<string, LogEntry>();
  const tries = new Map<string, number>();
  for (const e of view.log) {
    if (!firstTries.has(e.stepId)) firstTries.set(e.stepId, e);
    tries.set(e.stepId, (tries.get(e.stepId) ?? 0) + 1);
  }
  const faq = new Map<string, FaqCitation>();
  for (const e of view.log) for (const f of e.feedback.faq) faq.set(f.id, f);
  return (
    <section className="pl-summary" aria-labelledby="pl-summary-title" data-testid="summary">
      <h3 id="pl-summary-title" tabIndex={-1}>
        Scénario terminé
      </h3>
      {ending?.kind === 'end' && <p>{ending.text}</p>}
      <p className="pl-score" data-testid="score">
        Score : {view.score.points} / {view.score.played} étape{view.score.played > 1 ? 's' : ''}{' '}
        réussie
        {view.score.points > 1 ? 's' : ''} du premier coup.
      </p>
      <table>
        <caption>Votre parcours</caption>
        <thead>
          <tr>
            <th scope="col">Étape</th>
            <th scope="col">Premier essai</th>
            <th scope="col">Essais</th>
          </tr>
        </thead>
        <tbody>
          {[...firstTries.values()].map((e) => (
            <tr key={e.stepId}>
              <td>{props.titleOf(e.stepId)}</td>
              <td>{e.feedback.passed ? 'Réussi' : 'Manqué'}</td>
              <td>{tries.get(e.stepId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {faq.size > 0 && (
        <>
          <h4>Questions de la FAQ à relire</h4>
          <FaqLinks faq={[...faq.values()]} />
        </>
      )}
      <div className="pl-buttons">
        <button type="button" onClick={props.onRestart} disabled={props.busy}>
          Recommencer le scénario
        </button>
        <a href="/simulateur/">Choisir un autre scénario</a>
      </div>
    </section>
  );
}
