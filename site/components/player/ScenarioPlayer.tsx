/**
 * The scenario player island. An XState machine (site/ui/player/player-machine.ts, through
 * @xstate/react) sequences the screens; the session plays the scenario against the simulated DMP
 * over HTTP, through the MSW service worker of this page. Always shown: the « Données fictives »
 * banner, the role played, the progress bar and score; a polite live region reads each DMP answer.
 */
import { useMachine } from '@xstate/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { StepAction } from '../../../src/scenario/actions.schema';
import { ACTIONS } from '../../../src/scenario/vocabulary';
import { createBrowserSession } from '../../ui/player/browser-session';
import { playerMachine } from '../../ui/player/player-machine';
import type { ProgressStorage } from '../../ui/player/progress';
import { announcement, wholeNumberIn } from '../../ui/player/screens';
import type { PlayerPayload } from '../../ui/player/types';
import { FeedbackPanel, Summary } from './Feedback';
import PatientSpace from './PatientSpace';
import ProSpace from './ProSpace';
import { TextField } from './fields';
import '../../styles/player.css';

/** localStorage, or a storage that keeps nothing when the browser forbids it. */
function browserStorage(): ProgressStorage {
  try {
    const s = window.localStorage;
    s.getItem('dmp-simulateur:test');
    return s;
  } catch {
    return {
      getItem: () => null,
      setItem: () => {
        throw new Error('stockage indisponible');
      },
      removeItem: () => undefined,
    };
  }
}

function ClockControl(props: {
  step: { do?: StepAction } | null;
  busy: boolean;
  act: (a: StepAction) => void;
}) {
  const script = props.step?.do?.action === 'clock.advance' ? props.step.do : undefined;
  const [days, setDays] = useState(String(script?.days ?? 1));
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="pl-clock"
      aria-label="Horloge simulée"
      onSubmit={(e) => {
        e.preventDefault();
        const n = wholeNumberIn(days, 1, 3650, 'Jours à laisser passer');
        setError('error' in n ? n.error : null);
        if ('value' in n) props.act({ ...(script ?? {}), action: 'clock.advance', days: n.value });
      }}
    >
      <TextField
        label="Horloge simulée : jours à laisser passer"
        type="number"
        value={days}
        onChange={setDays}
        error={error}
      />
      <button type="submit" disabled={props.busy}>
        Faire avancer le temps
      </button>
    </form>
  );
}

export default function ScenarioPlayer({ payload }: { payload: PlayerPayload }) {
  const { scenario, revision } = payload;
  const storage = useMemo(browserStorage, []);
  const [state, send] = useMachine(playerMachine, {
    input: {
      scenarioId: scenario.id,
      revision,
      storage,
      createSession: () => createBrowserSession(payload),
    },
  });
  const { view, notice, error, session } = state.context;
  const busy = !state.matches('playing');
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const lastCount = useRef(view?.log.length ?? 0);
  const [live, setLive] = useState('');

  // After each answer: announce it and move the focus to the feedback (keyboard and screen readers).
  useEffect(() => {
    const count = view?.log.length ?? 0;
    if (count > lastCount.current && view !== null) {
      const entry = view.log[count - 1];
      if (entry !== undefined) setLive(announcement(entry));
      if (state.matches('finished')) document.getElementById('pl-summary-title')?.focus();
      else feedbackRef.current?.focus();
    }
    lastCount.current = count;
  }, [view, state]);

  const titleOf = (stepId: string) => {
    const step = scenario.steps.find((s) => s.id === stepId);
    if (step === undefined) return stepId;
    return step.title ?? ('do' in step ? ACTIONS[step.do.action].label : step.question);
  };
  const step = view?.step ?? null;
  const role = view?.roleId == null ? undefined : scenario.roles.find((r) => r.id === view.roleId);
  const lastEntry = view?.log.at(-1);
  const act = (attempt: StepAction) => send({ type: 'ACT', attempt });
  const stepNumber = (view?.progress.done ?? 0) + 1;

  return (
    <div
      className="pl-player"
      data-testid="scenario-player"
      data-state={String(state.value)}
      data-step={step?.id ?? ''}
    >
      <div className="fictive-banner pl-banner" role="note" data-testid="player-fictive-banner">
        <strong>Données fictives — simulation.</strong> Patients, professionnels et documents sont
        inventés ; rien ne part vers le vrai DMP.
      </div>
      <div
        className="sr-only"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        data-testid="player-live"
      >
        {live}
      </div>

      {state.matches('booting') && <p className="pl-loading">Démarrage du DMP simulé…</p>}
      {state.matches('failed') && (
        <div className="pl-error" role="alert">
          <p>{error}</p>
          <button type="button" onClick={() => send({ type: 'RETRY' })}>
            Réessayer
          </button>
        </div>
      )}

      {notice !== null && (
        <div
          className={`pl-notice pl-${notice.tone}`}
          role={notice.tone === 'warning' ? 'alert' : 'status'}
          data-testid="player-notice"
        >
          <p>{notice.text}</p>
          <button type="button" onClick={() => send({ type: 'DISMISS' })}>
            Fermer ce message
          </button>
        </div>
      )}

      {view !== null && session !== null && (
        <>
          <div className="pl-status">
            <label htmlFor="pl-progress">
              Progression : {view.progress.done} étape{view.progress.done > 1 ? 's' : ''} sur{' '}
              {view.progress.total}
            </label>
            <progress
              id="pl-progress"
              max={Math.max(view.progress.total, 1)}
              value={view.progress.done}
            />
            <p className="pl-score-line">
              Score : {view.score.points} / {view.score.played}
            </p>
            {role?.label !== undefined && <p className="pl-role">{role.label}</p>}
          </div>

          {error !== null && state.matches('playing') && (
            <p className="pl-error" role="alert">
              {error}
            </p>
          )}

          {lastEntry !== undefined && !state.matches('finished') && (
            <FeedbackPanel ref={feedbackRef} entry={lastEntry} title={titleOf(lastEntry.stepId)} />
          )}

          {step !== null && (
            <section className="pl-step" aria-labelledby="pl-step-title" data-testid="step">
              <h3 id="pl-step-title">
                Étape {stepNumber} — {step.title ?? ('do' in step ? "À vous d'agir" : 'Question')}
              </h3>
              {step.situation !== undefined && <p className="pl-situation">{step.situation}</p>}
              {'do' in step ? (
                <p className="pl-instruction">
                  <strong>Consigne :</strong> {ACTIONS[step.do.action].label}, dans l'écran qui
                  convient ci-dessous.
                </p>
              ) : (
                <form
                  className="pl-question"
                  onSubmit={(e) => {
                    e.preventDefault();
                    const chosen = new FormData(e.currentTarget).get('option');
                    if (chosen !== null) send({ type: 'CHOOSE', option: Number(chosen) });
                  }}
                  key={`${step.id}-${view.log.length}`}
                >
                  <fieldset>
                    <legend>{step.question}</legend>
                    {step.options.map((o, i) => (
                      <label key={i} className="pl-option">
                        <input type="radio" name="option" value={i} required /> {o.text}
                      </label>
                    ))}
                  </fieldset>
                  <button type="submit" disabled={busy}>
                    Valider ma réponse
                  </button>
                </form>
              )}
            </section>
          )}

          {step !== null && role !== undefined && (
            <>
              {/* During a question the space stays on screen (the DMP's last answers), read-only. */}
              {role.kind === 'professional' ? (
                <ProSpace
                  view={view}
                  world={session.world}
                  role={role}
                  busy={busy || !('do' in step)}
                  act={act}
                />
              ) : (
                <PatientSpace
                  view={view}
                  world={session.world}
                  role={role}
                  busy={busy || !('do' in step)}
                  act={act}
                />
              )}
              {'do' in step && <ClockControl key={step.id} step={step} busy={busy} act={act} />}
            </>
          )}

          {state.matches('finished') && (
            <Summary
              view={view}
              titleOf={titleOf}
              busy={busy && !state.matches('finished')}
              onRestart={() => send({ type: 'RESTART' })}
            />
          )}
          {!state.matches('finished') && (
            <p>
              <button
                type="button"
                className="pl-restart"
                disabled={busy}
                onClick={() => send({ type: 'RESTART' })}
              >
                Recommencer depuis le début
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
