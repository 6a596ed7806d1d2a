/**
 * The player's XState machine: boot (start the simulated DMP, resume saved progress), wait for the
 * learner, send an action or an answer, save, finish, restart. Business answers come from the
 * session (engine + DMP); this machine only sequences the screens and keeps the saved progress in
 * step with the session. Side effects are actors and actions given through `setup`, so tests run it
 * over the core port with an in-memory storage.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { StepAction } from '../../../src/scenario/actions/index';
import { clearProgress, loadProgress, saveProgress, type ProgressStorage } from './progress';
import { DEFAULT_MODE, type PlayMode } from './modes';
import { attemptFromView } from '../progression/attempt';
import { addAttempt, loadRecord, saveRecord } from '../progression/record';
import type { PlaySession, SessionView } from './session';

/** What the player needs from its page. */
interface PlayerInput {
  readonly scenarioId: string;
  readonly revision: string;
  readonly storage: ProgressStorage;
  /** Start the simulated DMP and create a session over it (the browser: MSW worker + HTTP port). */
  readonly createSession: () => Promise<PlaySession>;
  /** The mode to start in when no progress is saved (default: Entraînement). */
  readonly mode?: PlayMode;
}

/** A notice shown above the player (resume, recovery, storage trouble). */
interface Notice {
  readonly tone: 'info' | 'warning';
  readonly text: string;
}

interface PlayerContext extends PlayerInput {
  readonly session: PlaySession | null;
  readonly view: SessionView | null;
  readonly notice: Notice | null;
  /** Why the last request could not be carried out (the DMP did not answer), in French. */
  readonly error: string | null;
}

type PlayerEvent =
  | { readonly type: 'ACT'; readonly attempt: StepAction }
  | { readonly type: 'CHOOSE'; readonly option: number }
  | { readonly type: 'RESTART' }
  | { readonly type: 'CONTINUE' }
  | { readonly type: 'SET_MODE'; readonly mode: PlayMode }
  | { readonly type: 'RETRY' }
  | { readonly type: 'DISMISS' };

interface Booted {
  readonly session: PlaySession;
  readonly view: SessionView;
  readonly notice: Notice | null;
}

/**
 * Why something failed, in French. The simulator's own errors are written in French; those of the
 * browser (a fetch that fails, a service worker that cannot register) are in English, so they get
 * a French sentence instead of their message.
 */
export function frenchReason(error: unknown): string {
  if (error instanceof Error && error.name === 'Error' && error.message !== '')
    return error.message;
  return "le navigateur n'a pas pu joindre le DMP simulé (service worker indisponible ou bloqué ; rechargez la page)";
}

const errorText = (error: unknown) =>
  `Le DMP simulé n'a pas pu répondre : ${frenchReason(error)}. Réessayez.`;

/** Boot: create the session, then resume the saved inputs or start afresh. */
async function boot(input: PlayerInput): Promise<Booted> {
  const session = await input.createSession();
  const saved = loadProgress(input.storage, input.scenarioId, input.revision);
  if (saved.kind === 'resume' && saved.progress.inputs.length > 0) {
    const { mode, seed } = saved.progress;
    const replayed = await session.replay(saved.progress.inputs, { mode, seed });
    if (replayed !== null) {
      const view = session.view();
      const where =
        view.step === null ? 'à la fin du scénario' : `à l'étape ${view.progress.done + 1}`;
      return {
        session,
        view,
        notice: { tone: 'info', text: `Reprise là où vous en étiez, ${where}.` },
      };
    }
    clearProgress(input.storage, input.scenarioId);
    return {
      session,
      view: session.view(),
      notice: {
        tone: 'warning',
        text: 'Votre progression enregistrée ne correspond plus à ce scénario. Le scénario reprend au début.',
      },
    };
  }
  const view = await session.start({ mode: input.mode ?? DEFAULT_MODE });
  return {
    session,
    view,
    notice: saved.kind === 'recovered' ? { tone: 'warning', text: saved.message } : null,
  };
}

/** The player machine. */
export const playerMachine = setup({
  types: {
    context: {} as PlayerContext,
    events: {} as PlayerEvent,
    input: {} as PlayerInput,
  },
  actors: {
    boot: fromPromise<Booted, PlayerInput>(({ input }) => boot(input)),
    /** The learner's action or answer, sent to the session (and through it to the DMP). */
    send: fromPromise<
      SessionView,
      { session: PlaySession; event: Extract<PlayerEvent, { type: 'ACT' | 'CHOOSE' }> }
    >(({ input }) =>
      input.event.type === 'ACT'
        ? input.session.act(input.event.attempt)
        : input.session.choose(input.event.option),
    ),
    restart: fromPromise<SessionView, { session: PlaySession; mode?: PlayMode }>(({ input }) =>
      input.session.start(input.mode === undefined ? {} : { mode: input.mode }),
    ),
  },
  actions: {
    save: assign(({ context }) => {
      const view = context.view;
      if (view === null) return {};
      const ok = saveProgress(context.storage, context.scenarioId, context.revision, view);
      // A finished run goes to the learner's record (« Ma progression », decision 030).
      if (view.step === null && view.inputs.length > 0) {
        const attempt = attemptFromView(context.scenarioId, context.revision, view);
        saveRecord(context.storage, addAttempt(loadRecord(context.storage).record, attempt));
      }
      return ok
        ? {}
        : {
            notice: {
              tone: 'warning' as const,
              text: "Votre navigateur refuse l'enregistrement local : la progression ne sera pas conservée après un rechargement.",
            },
          };
    }),
    forget: ({ context }) => clearProgress(context.storage, context.scenarioId),
    /** A new action: the last error goes, and so does an informative notice (« Reprise… »). */
    clearNotices: assign(({ context }) => ({
      error: null,
      notice: context.notice?.tone === 'info' ? null : context.notice,
    })),
  },
  guards: {
    ended: ({ context }) => context.view !== null && context.view.step === null,
    reviewing: ({ context }) => context.view?.review != null,
    hasSession: ({ context }) => context.session !== null,
  },
}).createMachine({
  id: 'player',
  context: ({ input }) => ({ ...input, session: null, view: null, notice: null, error: null }),
  initial: 'booting',
  states: {
    booting: {
      invoke: {
        src: 'boot',
        input: ({ context }) => context,
        onDone: {
          target: 'ready',
          actions: assign(({ event }) => ({
            session: event.output.session,
            view: event.output.view,
            notice: event.output.notice,
            error: null,
          })),
        },
        onError: {
          target: 'failed',
          actions: assign(({ event }) => ({
            error: `Le simulateur n'a pas pu démarrer : ${frenchReason(event.error)}.`,
          })),
        },
      },
    },
    ready: {
      always: [{ guard: 'ended', target: 'finished' }, { target: 'playing' }],
    },
    playing: {
      on: {
        ACT: { target: 'sending', actions: 'clearNotices' },
        CHOOSE: { target: 'sending', actions: 'clearNotices' },
        RESTART: 'restarting',
        SET_MODE: 'restarting',
        DISMISS: { actions: assign({ notice: null }) },
      },
    },
    /** The result of the last action stays on screen until the learner continues. */
    reviewing: {
      on: {
        CONTINUE: 'ready',
        RESTART: 'restarting',
        SET_MODE: 'restarting',
        DISMISS: { actions: assign({ notice: null }) },
      },
    },
    sending: {
      invoke: {
        src: 'send',
        input: ({ context, event }) => ({
          session: context.session as PlaySession,
          event: event as Extract<PlayerEvent, { type: 'ACT' | 'CHOOSE' }>,
        }),
        onDone: {
          target: 'answered',
          actions: [assign({ view: ({ event }) => event.output }), 'save'],
        },
        onError: {
          target: 'playing',
          actions: assign({ error: ({ event }) => errorText(event.error) }),
        },
      },
    },
    /** The DMP answered: the result stays on screen, except after a free look (decision 052). */
    answered: {
      always: [{ guard: 'reviewing', target: 'reviewing' }, { target: 'ready' }],
    },
    restarting: {
      entry: 'forget',
      invoke: {
        src: 'restart',
        input: ({ context, event }) => ({
          session: context.session as PlaySession,
          ...(event.type === 'SET_MODE' ? { mode: event.mode } : {}),
        }),
        onDone: {
          target: 'ready',
          actions: assign({ view: ({ event }) => event.output, notice: null, error: null }),
        },
        onError: {
          target: 'failed',
          actions: assign({ error: ({ event }) => errorText(event.error) }),
        },
      },
    },
    finished: {
      on: {
        RESTART: 'restarting',
        SET_MODE: 'restarting',
        DISMISS: { actions: assign({ notice: null }) },
      },
    },
    failed: {
      on: {
        RETRY: [{ guard: 'hasSession', target: 'restarting' }, { target: 'booting' }],
      },
    },
  },
});
