/**
 * Request parsing against a route's schemas: query string (repeated keys become arrays), path
 * parameters and JSON body. Every problem becomes a 400 OperationOutcome in French; nothing throws.
 */
import { z } from 'zod';
import type { AnyRoute, Input } from './routes/route';
import { invalidRequestResponse, refusalResponse } from './to-http';
import { apiError } from './api-errors';
import { frenchErrors } from './zod-french';

const NO_QUERY = z.strictObject({});

/** A problem of a request, for `invalidRequestResponse`. */
type Problem = { readonly expression: string; readonly message: string };

type Issue = z.core.$ZodIssue;

const atRoot = (branch: readonly Issue[], codes: readonly string[]) =>
  branch.some((i) => i.path.length === 0 && codes.includes(i.code));

/** The one branch of a union the value was meant for, if there is exactly one. */
function meantBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  const only = (list: readonly (readonly Issue[])[]) => (list.length === 1 ? list[0] : undefined);
  return (
    only(branches.filter((b) => !atRoot(b, ['invalid_type', 'invalid_value']))) ??
    only(branches.filter((b) => !atRoot(b, ['invalid_type'])))
  );
}

/**
 * The issues of a failed union, told as those of the branch the value was meant for (an object
 * for `world: { … }`, the string for `world: "default"`), so that the message names the field.
 */
function unfold(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const branch = meantBranch(issue.errors);
  if (branch === undefined) return [issue];
  return branch.flatMap((inner) => unfold({ ...inner, path: [...issue.path, ...inner.path] }));
}

function problemsOf(where: string, error: z.ZodError): Problem[] {
  return error.issues
    .flatMap(unfold)
    .slice(0, 20)
    .map((issue) => ({
      expression: [where, ...issue.path.map(String)].join('.'),
      message: issue.message,
    }));
}

/** The query string as an object; a repeated key gives an array. */
function queryObject(url: URL): Record<string, string | string[]> {
  const entries = new Map<string, string | string[]>();
  for (const [key, value] of url.searchParams) {
    const previous = entries.get(key);
    entries.set(
      key,
      previous === undefined
        ? value
        : Array.isArray(previous)
          ? [...previous, value]
          : [previous, value],
    );
  }
  return Object.fromEntries(entries);
}

function validate(schema: z.ZodType, data: unknown, where: string, problems: Problem[]): unknown {
  const result = schema.safeParse(data, { error: frenchErrors });
  if (result.success) return result.data;
  problems.push(...problemsOf(where, result.error));
  return undefined;
}

/**
 * Check a value a handler validates itself (a part of the body loaded on demand), with the French
 * messages and expressions of the route's own inputs.
 */
export function checkInput<S extends z.ZodType>(
  schema: S,
  data: unknown,
  where: string,
): { ok: true; value: z.output<S> } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(data, { error: frenchErrors });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: problemsOf(where, result.error) };
}

async function bodyOf(
  request: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const text = await request.text();
  if (text.trim() === '') {
    return {
      ok: false,
      response: invalidRequestResponse([
        { expression: 'body', message: 'Corps de requête JSON attendu.' },
      ]),
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : '';
    return {
      ok: false,
      response: refusalResponse(
        apiError('API.MALFORMED_JSON', `Le corps de la requête n'est pas du JSON valide${detail}.`),
      ),
    };
  }
}

/** Validate a request against its route: the typed inputs, or the 400 response to send. */
export async function parseInput<R extends AnyRoute>(
  route: R,
  request: Request,
  params: Record<string, unknown>,
): Promise<Input<R> | Response> {
  const problems: Problem[] = [];
  const query = validate(
    route.query ?? NO_QUERY,
    queryObject(new URL(request.url)),
    'query',
    problems,
  );
  // MSW also reports the leading `*` of the path pattern as param "0": keep named params only.
  const named = Object.fromEntries(Object.entries(params).filter(([key]) => !/^\d+$/.test(key)));
  const path = route.params ? validate(route.params, named, 'path', problems) : undefined;
  let body: unknown;
  if (route.body) {
    const raw = await bodyOf(request);
    if (!raw.ok) return raw.response;
    body = validate(route.body, raw.value, 'body', problems);
  }
  if (problems.length > 0) return invalidRequestResponse(problems);
  return { query: route.query ? query : undefined, body, params: path } as Input<R>;
}
