/**
 * The walk as a bash script of curl commands (the /api/ page shows it; test/api/walk.test.ts runs
 * it against `npm run dmp:serve`). Login steps store the token in `TOKEN_<NAME>` with jq; the
 * other steps print the body and `HTTP <status>`.
 */
import { targetOf } from './runner';
import type { WalkStep } from './types';

/** Quote a string for bash single quotes. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The curl command of one step (`$DMP` is the API origin, e.g. http://127.0.0.1:4010). */
export function toCurl(step: WalkStep): string {
  const { request } = step;
  const parts = [`curl -sS -X ${request.method} "$DMP${targetOf(request)}"`];
  if (request.auth !== undefined) parts.push(`-H "Authorization: Bearer $TOKEN_${request.auth}"`);
  if (request.body !== undefined) {
    parts.push(
      `-H 'Content-Type: application/json'`,
      `-d ${shellQuote(JSON.stringify(request.body))}`,
    );
  }
  if (step.saveToken !== undefined) {
    return `TOKEN_${step.saveToken}=$(${parts.join(' \\\n    ')} \\\n    | jq -r .access_token)`;
  }
  parts.push(`-w '\\nHTTP %{http_code}\\n'`);
  return parts.join(' \\\n  ');
}

/** A one-line comment announcing what a step must produce. */
export function expectationComment(step: WalkStep): string {
  const code = step.expect.code === undefined ? '' : ` ${step.expect.code}`;
  return `# ${step.title} — attendu : HTTP ${step.expect.status}${code}`;
}

/** The whole walk as a bash script. */
export function walkScript(steps: readonly WalkStep[], origin = 'http://127.0.0.1:4010'): string {
  const lines = [
    '#!/usr/bin/env bash',
    "# Parcours de l'API DMP simulée (données fictives). Prérequis : curl, jq, npm run dmp:serve.",
    `DMP=\${DMP:-${origin}}`,
    '',
  ];
  for (const step of steps) lines.push(expectationComment(step), toCurl(step), '');
  return lines.join('\n');
}
