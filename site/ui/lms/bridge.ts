/**
 * Between the player and a training platform. Only in a package built by `npm run package` (its
 * pages carry `<meta name="dmp-package">`) and only when a runtime is found: the runtime code is
 * then downloaded (dynamic import), initialized, and becomes where progress is kept — the
 * platform's suspend data replaces localStorage, which may hold another learner's progress on a
 * shared computer. Anywhere else the bridge is transparent: the fallback storage, no request, no
 * message. A platform that refuses the runtime leaves the player on localStorage, with a warning in
 * the console only (docs/decisions/033-lms-export.md).
 */
import type { Scenario } from '../../../src/scenario/format/index';
import { progressKey, type ProgressStorage } from '../player/progress';
import type { SessionView } from '../player/session';
import { attemptSummary } from '../player/screens';
import { detectLms } from './detect';
import type { LmsConnection } from './lms-runtime';

interface LmsBridge {
  /** Where the player keeps its progress. */
  readonly storage: ProgressStorage;
  /** Settles once the platform is connected (or when there is none). Never rejects. */
  readonly ready: Promise<void>;
  /** Tell the platform about the session's state (after boot and after each action). */
  report(scenario: Scenario, view: Pick<SessionView, 'log' | 'score' | 'step'>): void;
}

/** The package format of this page, or null on the site. */
function packageKind(doc: Document): string | null {
  return doc.querySelector('meta[name="dmp-package"]')?.getAttribute('content') ?? null;
}

export function lmsBridge(win: Window, fallback: ProgressStorage, scenarioId: string): LmsBridge {
  const detected = packageKind(win.document) === null ? null : detectLms(win);
  if (detected === null) return { storage: fallback, ready: Promise.resolve(), report: () => {} };
  let connection: LmsConnection | null = null;
  /** The last value saved in this page (the platform's copy is read once, at connection). */
  let latest: string | null | undefined;
  const ready = import('./lms-runtime')
    .then(({ connectLms }) => connectLms(detected, win, attemptSummary))
    .then((c) => {
      connection = c;
    })
    .catch((error: unknown) => {
      console.warn(
        'Plateforme de formation injoignable : progression gardée dans le navigateur.',
        error,
      );
    });
  // Only the scenario's progress goes to the platform. Anything else the player keeps (the
  // learner's record of finished runs, « Ma progression ») stays in memory for the page: the
  // platform keeps the results, and localStorage may be another learner's.
  const own = progressKey(scenarioId);
  const memory = new Map<string, string>();
  const storage: ProgressStorage = {
    getItem: (key) =>
      connection === null
        ? fallback.getItem(key)
        : key !== own
          ? (memory.get(key) ?? null)
          : latest === undefined
            ? connection.suspendData
            : latest,
    setItem: (key, value) => {
      if (connection === null) return fallback.setItem(key, value);
      if (key !== own) return void memory.set(key, value);
      latest = value;
      connection.save(value);
    },
    removeItem: (key) => {
      if (connection === null) return fallback.removeItem(key);
      if (key !== own) return void memory.delete(key);
      latest = null;
      connection.save('');
    },
  };
  return {
    storage,
    ready,
    report: (scenario, view) => connection?.report(scenario, view),
  };
}
