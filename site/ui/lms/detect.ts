/**
 * Is the player running inside a training platform (LMS)? A few lines, loaded with the player: the
 * runtimes themselves (lms-runtime.ts) are downloaded only when one is found. SCORM: the platform's API
 * object (`API` for 1.2, `API_1484_11` for 2004) in a parent frame or the opener's frames, searched
 * as the SCORM run-time specifications describe. cmi5: the five launch parameters in the address.
 */

/** The SCORM run-time API as the player calls it (both versions; names differ, not the shapes). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
}
export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string | number;
}

export interface Cmi5Params {
  readonly endpoint: string;
  readonly fetch: string;
  readonly actor: string;
  readonly registration: string;
  readonly activityId: string;
}

/** The runtime found, if any. */
export type DetectedLms =
  | { readonly kind: 'scorm12'; readonly api: Scorm12Api }
  | { readonly kind: 'scorm2004'; readonly api: Scorm2004Api }
  | { readonly kind: 'cmi5'; readonly params: Cmi5Params };

const MAX_DEPTH = 10;

/** A property of a window, or undefined when the window belongs to another site. */
function peek(win: Window, name: string): unknown {
  try {
    return (win as unknown as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
}

/** The parent frame, or null at the top or when the browser forbids looking. */
function parentOf(win: Window): Window | null {
  try {
    return win.parent === win ? null : win.parent;
  } catch {
    return null;
  }
}

/** The window that opened this one's top, if any and readable. */
function openerOf(win: Window): Window | null {
  try {
    return (win.top ?? win).opener as Window | null;
  } catch {
    return null;
  }
}

function findIn(start: Window | null, name: string): unknown {
  let win = start;
  for (let depth = 0; win !== null && depth < MAX_DEPTH; depth += 1) {
    const api = peek(win, name);
    if (typeof api === 'object' && api !== null) return api;
    win = parentOf(win);
  }
  return undefined;
}

function findApi(win: Window, name: string): unknown {
  const own = findIn(win, name);
  if (own !== undefined) return own;
  const opener = openerOf(win);
  return opener === null ? undefined : findIn(opener, name);
}

const CMI5_PARAMS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

/** The cmi5 launch parameters of an address's query, when all five are there. */
function cmi5Params(search: string): Cmi5Params | null {
  const query = new URLSearchParams(search);
  const values = CMI5_PARAMS.map((p) => query.get(p));
  if (values.some((v) => v === null || v === '')) return null;
  const [endpoint, fetch, actor, registration, activityId] = values as string[];
  return {
    endpoint: endpoint as string,
    fetch: fetch as string,
    actor: actor as string,
    registration: registration as string,
    activityId: activityId as string,
  };
}

/** The platform runtime of this window: cmi5 parameters first, then SCORM 2004, then 1.2. */
export function detectLms(win: Window): DetectedLms | null {
  const params = cmi5Params(win.location.search);
  if (params !== null) return { kind: 'cmi5', params };
  const api2004 = findApi(win, 'API_1484_11');
  if (api2004 !== undefined) return { kind: 'scorm2004', api: api2004 as Scorm2004Api };
  const api12 = findApi(win, 'API');
  if (api12 !== undefined) return { kind: 'scorm12', api: api12 as Scorm12Api };
  return null;
}
