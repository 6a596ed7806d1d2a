/**
 * Runs walk steps with any `fetch` (msw/node, the browser worker, the real server): builds the
 * request, sends it, keeps the tokens of login steps, and reads the decision code of the response.
 */
import type { WalkRequest, WalkStep } from './types';

/** Tokens saved by login steps, by name. */
export type WalkTokens = Map<string, string>;

/** What a step sent and received (for display and assertions). */
export interface StepRun {
  readonly step: WalkStep;
  readonly method: string;
  /** Path and query string, as sent. */
  readonly target: string;
  readonly requestBody: unknown;
  readonly status: number;
  readonly body: unknown;
  /** Decision code found in the response (OperationOutcome, outcome entry or `decision`). */
  readonly code: string | undefined;
  readonly response: Response;
}

/** Path and encoded query string of a request. */
export function targetOf(request: WalkRequest): string {
  const query = new URLSearchParams(request.query ?? {}).toString();
  return query === '' ? request.path : `${request.path}?${query}`;
}

/** The decision code carried by a response body, if any. */
export function decisionCodeOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const b = body as {
    resourceType?: string;
    issue?: { details?: { coding?: { code?: string }[] } }[];
    entry?: { resource?: unknown; search?: { mode?: string } }[];
    decision?: { code?: string };
  };
  if (b.resourceType === 'OperationOutcome') return b.issue?.[0]?.details?.coding?.[0]?.code;
  if (b.resourceType === 'Bundle') {
    const outcome = b.entry?.find((e) => e.search?.mode === 'outcome');
    return outcome ? decisionCodeOf(outcome.resource) : undefined;
  }
  return b.decision?.code;
}

/** Run one step against `base` (an origin, or '' in the browser) and record saved tokens. */
export async function runStep(
  step: WalkStep,
  options: { readonly base: string; readonly tokens: WalkTokens; readonly fetch?: typeof fetch },
): Promise<StepRun> {
  const { request } = step;
  const headers: Record<string, string> = {};
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  const token = request.auth === undefined ? undefined : options.tokens.get(request.auth);
  if (token !== undefined) headers['Authorization'] = `Bearer ${token}`;
  const target = targetOf(request);
  const response = await (options.fetch ?? fetch)(`${options.base}${target}`, {
    method: request.method,
    headers,
    ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
  });
  const text = await response.clone().text();
  let body: unknown = text;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    // Not JSON: keep the text (never happens with the simulated API).
  }
  const accessToken = (body as { access_token?: unknown } | null)?.access_token;
  if (step.saveToken !== undefined && typeof accessToken === 'string') {
    options.tokens.set(step.saveToken, accessToken);
  }
  return {
    step,
    method: request.method,
    target,
    requestBody: request.body,
    status: response.status,
    body,
    code: decisionCodeOf(body),
    response,
  };
}
