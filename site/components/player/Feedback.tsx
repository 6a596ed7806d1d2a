/** Feedback after a step (with « Pourquoi ? » from the DMP's decision) and the end-of-scenario summary. */
import type { ComponentChildren, Ref } from 'preact';
import { attemptSummary } from '../../ui/player/screens';
import type { FaqCitation } from '../../../src/scenario/engine/index';
import { MODES } from '../../ui/player/modes';
import { inPackage, siteHref } from '../../ui/lms/links';
import { assumptionHref, assumptionsNamedIn } from '../../ui/assumption-link';
import { assumptionById } from '../../../src/dmp/assumptions';
import type { LogEntry, SessionView } from '../../ui/player/session';

function FaqLinks({ faq }: { faq: readonly FaqCitation[] }) {
  if (faq.length === 0) return null;
  return (
    <ul className="pl-faq">
      {faq.map((f) => (
        <li key={f.id}>
          {/* A new tab: the scenario stays where the learner left it. */}
          <a href={siteHref(f.path)} target="_blank" rel="noopener">
            {f.question}
            <span className="sr-only"> (s'ouvre dans un nouvel onglet)</span>
          </a>{' '}
          <span className="pl-faq-id">({f.id})</span>
        </li>
      ))}
    </ul>
  );
}

/** The heading of a feedback: whether the step's goal was reached, or a neutral word. */
function verdictOf(entry: LogEntry, judged: boolean): { label: string; tone: string } {
  if (!judged) return { label: 'Réponse enregistrée', tone: 'pl-neutral' };
  if (!entry.scored) return { label: 'Constat', tone: 'pl-neutral' };
  return entry.feedback.passed
    ? { label: '✓ Objectif atteint', tone: 'pl-pass' }
    : { label: '✗ Objectif non atteint', tone: 'pl-fail' };
}

/** What the DMP answered, in one sentence. */
function DmpSays({ entry }: { entry: LogEntry }) {
  const why = entry.feedback.why;
  if (why === null) return null;
  return (
    <>
      <p>
        <strong>Réponse du DMP :</strong> {why.allowed ? 'accepté' : 'refusé'} — {why.explanation}
      </p>
      {why.notices.length > 0 && (
        <ul className="pl-notices" data-testid="dmp-notices">
          {why.notices.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What the learner did (their answer or their action) and what the DMP answered. */
function WhatHappened({ entry }: { entry: LogEntry }) {
  return (
    <>
      {entry.option !== null && <p>Votre réponse : « {entry.option} »</p>}
      {entry.action !== null && (
        <p>
          <strong>Vous avez :</strong> {attemptSummary(entry.action)}.
        </p>
      )}
      {entry.notSent !== null && (
        <p data-testid="not-sent">
          <strong>Rien n'a été envoyé au DMP :</strong> {entry.notSent}
        </p>
      )}
      <DmpSays entry={entry} />
    </>
  );
}

/** « Pourquoi ? »: the decision explained with its rules and FAQ, codes kept for the details. */
export function Why({ entry }: { entry: LogEntry }) {
  const why = entry.feedback.why;
  if (why === null || (why.rules.length === 0 && why.faq.length === 0)) return null;
  return (
    <details className="pl-why" data-testid="pourquoi">
      <summary>Pourquoi ?</summary>
      <p>
        <strong>{why.title}.</strong> {why.explanation}
      </p>
      {why.rules.length > 0 && (
        <ul>
          {why.rules.map((r) => (
            <li key={r.id}>
              {r.statement} <span className="pl-faq-id">({r.id})</span>
            </li>
          ))}
        </ul>
      )}
      <FaqLinks faq={why.faq} />
      {assumptionsNamedIn(why.explanation, ...why.notices).map((id) => (
        <p key={id} className="pl-assumption" data-assumption={id}>
          Hypothèse du simulateur{' '}
          <a href={siteHref(assumptionHref(id))} target="_blank" rel="noopener">
            {id}
            <span className="sr-only"> (s'ouvre dans un nouvel onglet)</span>
          </a>{' '}
          : {assumptionById(id).summary}
        </p>
      ))}
    </details>
  );
}

/** Codes and differences with the step's goal: for the curious, never in the main text. */
function Technical({ entry }: { entry: LogEntry }) {
  const why = entry.feedback.why;
  if (why === null && entry.mismatches.length === 0) return null;
  return (
    <details className="pl-technical" data-testid="details-techniques">
      <summary>Détails techniques</summary>
      {why !== null && (
        <p>
          Code de la décision : <code>{why.code}</code>
        </p>
      )}
      {entry.mismatches.length > 0 && (
        <>
          <p>Écart avec l'objectif de l'étape :</p>
          <ul>
            {entry.mismatches.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

export function FeedbackPanel({
  entry,
  title,
  judged = true,
  headingRef,
  children,
}: {
  entry: LogEntry;
  title: string;
  judged?: boolean;
  /** The heading that takes the focus when the feedback appears. */
  headingRef: Ref<HTMLHeadingElement>;
  children?: ComponentChildren;
}) {
  const { feedback } = entry;
  const verdict = verdictOf(entry, judged);
  return (
    <section
      className={`pl-feedback ${verdict.tone}`}
      aria-labelledby="pl-feedback-title"
      data-testid="feedback"
    >
      <h3 id="pl-feedback-title" tabIndex={-1} ref={headingRef}>
        {verdict.label} — {title}
      </h3>
      <WhatHappened entry={entry} />
      {judged && <p>{feedback.text}</p>}
      {judged && entry.rewound && (
        <p className="pl-rewound" data-testid="rewound">
          Le simulateur a remis le dossier dans l'état où il était avant cette action, pour que vous
          puissiez choisir une autre façon de faire.
        </p>
      )}
      {judged && feedback.faq.length > 0 && (
        <>
          <p className="pl-faq-title">Pour en savoir plus dans la FAQ :</p>
          <FaqLinks faq={feedback.faq} />
        </>
      )}
      {judged && <Why entry={entry} />}
      {judged && <Technical entry={entry} />}
      {children}
    </section>
  );
}

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
    if (e.auto) continue;
    if (!firstTries.has(e.stepId)) firstTries.set(e.stepId, e);
    tries.set(e.stepId, (tries.get(e.stepId) ?? 0) + 1);
  }
  const debrief = !MODES[view.mode].feedbackEachStep;
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
        {view.score.points > 1 ? 's' : ''} du premier coup (mode {MODES[view.mode].label}).
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
              <td>{!e.scored ? 'Constat (non noté)' : e.feedback.passed ? 'Réussi' : 'Manqué'}</td>
              <td>{tries.get(e.stepId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {debrief && (
        <div className="pl-debrief" data-testid="debrief">
          <h4>Retour sur chaque étape</h4>
          {[...firstTries.values()].map((e) => (
            <FeedbackPanelStatic key={e.stepId} entry={e} title={props.titleOf(e.stepId)} />
          ))}
        </div>
      )}
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
        {inPackage() ? (
          <a href={siteHref('/simulateur/')} target="_blank" rel="noopener">
            Choisir un autre scénario
            <span className="sr-only"> (s'ouvre dans un nouvel onglet)</span>
          </a>
        ) : (
          <a href="/simulateur/">Choisir un autre scénario</a>
        )}
      </div>
    </section>
  );
}

/** One step's feedback in the end-of-scenario debrief (Évaluation mode). */
function FeedbackPanelStatic({ entry, title }: { entry: LogEntry; title: string }) {
  const verdict = verdictOf(entry, true);
  return (
    <section className={`pl-feedback ${verdict.tone}`} aria-label={`${verdict.label} — ${title}`}>
      <h5>
        {verdict.label} — {title}
      </h5>
      <WhatHappened entry={entry} />
      <p>{entry.feedback.text}</p>
      <FaqLinks faq={entry.feedback.faq} />
      <Why entry={entry} />
    </section>
  );
}
