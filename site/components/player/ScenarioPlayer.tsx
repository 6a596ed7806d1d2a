/**
 * The scenario player island. An XState machine (site/ui/player/player-machine.ts, through
 * use-machine.ts) sequences the screens; the session plays the scenario against the simulated DMP
 * over HTTP, through the MSW service worker of this page. Always shown: the « Données fictives »
 * banner, the mode, the role played, the simulated date, the progress bar and score; a polite live
 * region reads each DMP answer. After each action the resulting screen stays until « Continuer ».
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useMachine } from './use-machine';
import { ACTIONS, type StepAction } from '../../../src/scenario/actions/index';
import type { Step } from '../../../src/scenario/format/index';
import { lmsBridge } from '../../ui/lms/bridge';
import { createBrowserSession } from '../../ui/player/browser-session';
import { DEFAULT_MODE, isPlayMode, MODE_IDS, MODES, type PlayMode } from '../../ui/player/modes';
import { playerMachine } from '../../ui/player/player-machine';
import type { ProgressStorage } from '../../ui/player/progress';
import { FICTIVE_TITLE, SIMULATOR_NOTICE } from '../../ui/fictive-notice';
import { announcement, frenchDateTime, wholeNumberIn } from '../../ui/player/screens';
import type { SessionView } from '../../ui/player/session';
import type { PlayerPayload } from '../../ui/player/types';
import { FeedbackPanel, Summary } from './Feedback';
import PatientSpace from './PatientSpace';
import ProSpace from './ProSpace';
import { TextField } from './fields';
import '../../styles/player.css';
import { matchStep } from '../../../src/scenario/format/kinds';

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

/** The mode asked for in the page's address (`?mode=evaluation`), else the default. */
function modeFromUrl(): PlayMode {
  try {
    const asked = new URLSearchParams(window.location.search).get('mode');
    return isPlayMode(asked) ? asked : DEFAULT_MODE;
  } catch {
    return DEFAULT_MODE;
  }
}

function ClockControl(props: {
  step: Step | null;
  prefill: boolean;
  busy: boolean;
  act: (a: StepAction) => void;
}) {
  const script =
    props.step === null
      ? undefined
      : matchStep(props.step, {
          action: (s) => (s.do.action === 'clock.advance' ? s.do : undefined),
          question: () => undefined,
        });
  const [days, setDays] = useState(
    props.prefill && script?.days !== undefined ? String(script.days) : '',
  );
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="pl-clock"
      aria-label="Horloge simulée"
      onSubmit={(e) => {
        e.preventDefault();
        const n = wholeNumberIn(days, 1, 3650, 'Jours à laisser passer');
        setError('error' in n ? n.error : null);
        if ('value' in n) props.act({ action: 'clock.advance', days: n.value });
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

function ModeChooser(props: {
  mode: PlayMode;
  started: boolean;
  busy: boolean;
  onChange: (mode: PlayMode) => void;
}) {
  const [pending, setPending] = useState<PlayMode | null>(null);
  const choose = (mode: PlayMode) => {
    if (mode === props.mode) return;
    if (props.started) setPending(mode);
    else props.onChange(mode);
  };
  return (
    <fieldset className="pl-modes" data-testid="modes">
      <legend>Mode de jeu</legend>
      {MODE_IDS.map((id) => (
        <label key={id} className="pl-mode">
          <input
            type="radio"
            name="pl-mode"
            value={id}
            checked={props.mode === id}
            disabled={props.busy}
            onChange={() => choose(id)}
          />{' '}
          <strong>{MODES[id].label}</strong> — {MODES[id].description}
        </label>
      ))}
      {pending !== null && (
        <div className="pl-confirm" role="alert">
          <p>
            Passer en mode {MODES[pending].label} recommence le scénario depuis le début : votre
            progression actuelle sera effacée.
          </p>
          <div className="pl-buttons">
            <button
              type="button"
              onClick={() => {
                props.onChange(pending);
                setPending(null);
              }}
            >
              Recommencer en mode {MODES[pending].label}
            </button>
            <button type="button" className="pl-secondary" onClick={() => setPending(null)}>
              Garder le mode {MODES[props.mode].label}
            </button>
          </div>
        </div>
      )}
    </fieldset>
  );
}

function RestartButton(props: { busy: boolean; onRestart: () => void }) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <p>
        <button
          type="button"
          className="pl-restart"
          disabled={props.busy}
          onClick={() => setAsking(true)}
        >
          Recommencer depuis le début
        </button>
      </p>
    );
  return (
    <div className="pl-confirm" role="alert">
      <p>Recommencer efface votre progression dans ce scénario. Recommencer quand même ?</p>
      <div className="pl-buttons">
        <button
          type="button"
          onClick={() => {
            setAsking(false);
            props.onRestart();
          }}
        >
          Oui, recommencer
        </button>
        <button type="button" className="pl-secondary" onClick={() => setAsking(false)}>
          Non, continuer le scénario
        </button>
      </div>
    </div>
  );
}

/**
 * What other actors did as the step began (`events:`), as facts with the simulated date and the
 * DMP's answer in a few words; the learner did not act.
 */
function Happened(props: { view: SessionView }) {
  const { run } = props.view;
  const visit = run.visited.length - 1;
  const happened = run.happened.filter((h) => h.visit === visit);
  if (happened.length === 0) return null;
  return (
    <div className="pl-happened" data-testid="happened">
      <p>
        <strong>Entre-temps, sans vous :</strong>
      </p>
      <ul>
        {happened.map((h) => (
          <li key={`${h.stepId}-${h.event}`}>
            <time dateTime={h.at}>{frenchDateTime(h.at)}</time> — {h.text}{' '}
            {h.answer !== null && (
              <span className="pl-happened-answer">
                (réponse du DMP : {h.answer.verdict.allowed ? 'autorisé' : 'refusé'})
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The step the learner faces: the situation, and the action named only in Découverte. */
function StepPanel(props: {
  step: Step;
  number: number;
  view: SessionView;
  busy: boolean;
  order: number[];
  onChoose: (option: number) => void;
}) {
  const { step, view } = props;
  const rules = MODES[view.mode];
  const [shown, setShown] = useState(0);
  const hints = step.hints ?? [];
  const missed = view.log.some((e) => e.stepId === step.id && !e.feedback.passed);
  const visibleHints =
    rules.hints === 'after-miss'
      ? missed
        ? hints
        : []
      : rules.hints === 'on-request'
        ? hints.slice(0, shown)
        : [];
  return (
    <section className="pl-step" aria-labelledby="pl-step-title" data-testid="step">
      <h3 id="pl-step-title">
        Étape {props.number} —{' '}
        {step.title ??
          matchStep(step, { action: () => "À vous d'agir", question: () => 'Question' })}
      </h3>
      <Happened view={view} />
      {step.situation !== undefined && <p className="pl-situation">{step.situation}</p>}
      {matchStep(step, {
        action: (s) =>
          rules.namesAction ? (
            <p className="pl-instruction">
              <strong>Consigne :</strong> {ACTIONS[s.do.action].label}, dans l'écran qui convient
              ci-dessous.
            </p>
          ) : (
            <p className="pl-instruction">
              À vous d'agir dans les écrans ci-dessous, comme vous le feriez face au patient.
            </p>
          ),
        question: (s) => (
          <form
            className="pl-question"
            onSubmit={(e) => {
              e.preventDefault();
              const chosen = new FormData(e.currentTarget).get('option');
              if (chosen !== null) props.onChoose(Number(chosen));
            }}
            key={`${s.id}-${view.log.length}`}
          >
            <fieldset>
              <legend>{s.question}</legend>
              {props.order.map((i) => (
                <label key={i} className="pl-option">
                  <input type="radio" name="option" value={i} required /> {s.options[i]?.text}
                </label>
              ))}
            </fieldset>
            <button type="submit" disabled={props.busy}>
              Valider ma réponse
            </button>
          </form>
        ),
      })}
      {visibleHints.length > 0 && (
        <div className="pl-hints" data-testid="hints">
          <p>Indice{visibleHints.length > 1 ? 's' : ''} :</p>
          <ul>
            {visibleHints.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        </div>
      )}
      {rules.hints === 'on-request' && shown < hints.length && (
        <button type="button" className="pl-secondary" onClick={() => setShown(shown + 1)}>
          {shown === 0 ? "Besoin d'un indice ?" : 'Un autre indice'}
        </button>
      )}
    </section>
  );
}

export default function ScenarioPlayer({ payload }: { payload: PlayerPayload }) {
  const { scenario, revision } = payload;
  // In a training platform's package, progress goes to the platform (site/ui/lms/bridge.ts).
  const lms = useMemo(() => lmsBridge(window, browserStorage(), scenario.id), [scenario.id]);
  const [state, send] = useMachine(playerMachine, {
    input: {
      scenarioId: scenario.id,
      revision,
      storage: lms.storage,
      createSession: async () => {
        await lms.ready;
        return createBrowserSession(payload);
      },
      mode: modeFromUrl(),
    },
  });
  const { view, notice, error, session } = state.context;
  const reviewing = state.matches('reviewing');
  const busy = !state.matches('playing');
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const lastCount = useRef(view?.log.length ?? 0);
  const [live, setLive] = useState('');
  const judged = view === null ? true : MODES[view.mode].feedbackEachStep;

  // After each answer: announce it and move the focus to the feedback (keyboard and screen readers).
  useEffect(() => {
    const count = view?.log.length ?? 0;
    if (count > lastCount.current && view !== null) {
      const entry = view.review?.entry ?? view.log[count - 1];
      if (entry !== undefined) setLive(announcement(entry, judged));
      feedbackRef.current?.focus();
    }
    lastCount.current = count;
  }, [view, judged]);
  useEffect(() => {
    if (view !== null) lms.report(scenario, view);
  }, [lms, scenario, view]);
  useEffect(() => {
    if (state.matches('finished')) document.getElementById('pl-summary-title')?.focus();
  }, [state]);

  const titleOf = (stepId: string) => {
    const step = scenario.steps.find((s) => s.id === stepId);
    if (step === undefined) return stepId;
    return (
      step.title ??
      matchStep(step, { action: (s) => `Étape « ${s.id} »`, question: (s) => s.question })
    );
  };
  const act = (attempt: StepAction) => send({ type: 'ACT', attempt });
  const step = view?.step ?? null;
  const actionStep =
    step === null ? null : matchStep(step, { action: (s) => s, question: () => null });
  const finished = state.matches('finished');
  // While the learner reviews, and at the end, the screens stay as the DMP's last answer left them.
  const review = reviewing || finished ? (view?.review ?? null) : null;
  // While the learner reviews, the screens stay as the DMP's answer left them, in the role that acted.
  const shownRoleId = review?.roleId ?? view?.roleId ?? null;
  const role = shownRoleId == null ? undefined : scenario.roles.find((r) => r.id === shownRoleId);
  const nextRole =
    view?.roleId == null ? undefined : scenario.roles.find((r) => r.id === view.roleId);
  const spaceView: SessionView | null =
    view === null
      ? null
      : review === null
        ? view
        : { ...view, screens: review.screens, documents: review.documents };
  const stepNumber = (view?.progress.done ?? 0) + 1;
  const lastEntry = view?.log.at(-1);
  const retrying =
    !reviewing &&
    lastEntry !== undefined &&
    step !== null &&
    lastEntry.stepId === step.id &&
    judged;
  const now = review?.now ?? view?.now ?? null;
  const prefill = view !== null && MODES[view.mode].prefills;

  return (
    <div
      className="pl-player"
      data-testid="scenario-player"
      data-state={String(state.value)}
      data-step={step?.id ?? ''}
      data-mode={view?.mode ?? ''}
    >
      <div className="fictive-banner pl-banner" role="note" data-testid="player-fictive-banner">
        <strong>{FICTIVE_TITLE}</strong> {SIMULATOR_NOTICE}
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

      {view !== null && session !== null && spaceView !== null && (
        <>
          <ModeChooser
            mode={view.mode}
            started={view.log.length > 0}
            busy={state.matches('sending') || state.matches('restarting')}
            onChange={(mode) => send({ type: 'SET_MODE', mode })}
          />
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
              {judged
                ? `Score : ${view.score.points} / ${view.score.played}`
                : 'Score : affiché à la fin (mode Évaluation)'}
            </p>
            {now !== null && (
              <p className="pl-date" data-testid="simulated-date">
                Date simulée : <time dateTime={now}>{frenchDateTime(now)}</time>
              </p>
            )}
            {role?.label !== undefined && <p className="pl-role">{role.label}</p>}
          </div>

          {error !== null && state.matches('playing') && (
            <p className="pl-error" role="alert">
              {error}
            </p>
          )}

          {reviewing && review !== null && (
            <FeedbackPanel
              headingRef={feedbackRef}
              entry={review.entry}
              title={titleOf(review.entry.stepId)}
              judged={judged}
            >
              {nextRole !== undefined && nextRole.id !== review.roleId && step !== null && (
                <p className="pl-next-role" data-testid="next-role">
                  <strong>Changement de rôle.</strong> Ensuite : {nextRole.label ?? nextRole.id}
                </p>
              )}
              <button
                type="button"
                className="pl-continue"
                onClick={() => send({ type: 'CONTINUE' })}
              >
                {step === null ? 'Voir le bilan' : 'Continuer'}
              </button>
            </FeedbackPanel>
          )}
          {retrying && lastEntry !== undefined && (
            <FeedbackPanel
              headingRef={feedbackRef}
              entry={lastEntry}
              title={titleOf(lastEntry.stepId)}
              judged={judged}
            />
          )}

          {step !== null && !reviewing && (
            <StepPanel
              key={step.id}
              step={step}
              number={stepNumber}
              view={view}
              busy={busy}
              order={session.optionOrder(step)}
              onChoose={(option) => send({ type: 'CHOOSE', option })}
            />
          )}

          {finished && review !== null && (
            <h3 className="pl-final-title">Ce que montrait l'écran à la fin du scénario</h3>
          )}
          {role !== undefined && (step !== null || review !== null) && (
            <>
              {/* During a question or a review the space stays on screen, read-only. */}
              {role.kind === 'professional' ? (
                <ProSpace
                  key={`${role.id}-${view.mode}`}
                  view={spaceView}
                  world={session.world}
                  role={role}
                  prefill={prefill}
                  busy={busy || actionStep === null}
                  act={act}
                />
              ) : (
                <PatientSpace
                  key={`${role.id}-${view.mode}`}
                  view={spaceView}
                  world={session.world}
                  role={role}
                  prefill={prefill}
                  busy={busy || actionStep === null}
                  act={act}
                />
              )}
              {actionStep !== null && !reviewing && (
                <ClockControl
                  key={actionStep.id}
                  step={actionStep}
                  prefill={prefill}
                  busy={busy}
                  act={act}
                />
              )}
            </>
          )}

          {finished && (
            <Summary
              view={view}
              titleOf={titleOf}
              busy={false}
              onRestart={() => send({ type: 'RESTART' })}
            />
          )}
          {!state.matches('finished') && (
            <RestartButton busy={busy && !reviewing} onRestart={() => send({ type: 'RESTART' })} />
          )}
        </>
      )}
    </div>
  );
}
