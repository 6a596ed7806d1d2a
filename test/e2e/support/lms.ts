/**
 * A test training platform (LMS), served locally for the package tests: it builds a package with
 * `npm run package`, serves it under a sub-path (`/lms/contenu/`, as Moodle serves a package far
 * from the site's root), and hosts it in an iframe of a platform page.
 *
 * - SCORM 1.2 and 2004: the platform page creates scorm-again's API (`window.API` or
 *   `window.API_1484_11`), loaded from what it kept at the last commit (localStorage of the
 *   platform's page), as a platform resumes a suspended attempt.
 * - cmi5: the server is the LMS and a minimal LRS — it writes `LMS.LaunchData` and the `launched`
 *   statement, answers the single-use `fetch` URL with an auth token, stores statements and the
 *   State API documents, and checks the token and the xAPI version header on each request.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { unzipSync } from 'fflate';

export type Kind = 'scorm12' | 'scorm2004' | 'cmi5';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  xml: 'application/xml; charset=utf-8',
};

/** Build a package and read its files. */
export function buildPackage(kind: Kind, id: string): Map<string, Uint8Array> {
  const res = spawnSync('npx', ['tsx', 'scripts/package.ts', kind, id], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`npm run package failed: ${res.stderr}`);
  const single = `dist-packages/${kind}/${id}.zip`;
  const zip = readFileSync(
    existsSync(single) ? single : `dist-packages/${kind}/parcours-${id}.zip`,
  );
  return new Map(Object.entries(unzipSync(new Uint8Array(zip))));
}

const AUTH_USER = 'lms-de-test';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

/** What the cmi5 LMS/LRS saw. */
export interface Lrs {
  readonly statements: Record<string, unknown>[];
  readonly state: Map<string, unknown>;
  readonly registration: string;
  readonly activityId: string;
  readonly masteryScore: number;
  /** Requests refused (bad token, missing version header, fetch URL used twice). */
  readonly refused: string[];
}

function platformPage(kind: Kind, launchUrl: string, mastery: number): string {
  if (kind === 'cmi5')
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>LMS de test (cmi5)</title></head>
<body><h1>LMS de test</h1><iframe title="Contenu" src="${launchUrl}" style="width:100%;height:2400px"></iframe></body></html>`;
  const ctor = kind === 'scorm12' ? 'Scorm12API' : 'Scorm2004API';
  const global = kind === 'scorm12' ? 'API' : 'API_1484_11';
  const entry = kind === 'scorm12' ? 'core.entry' : 'entry';
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>LMS de test (${kind})</title>
<script src="vendor/${kind}.min.js"></script>
<script>
  const KEY = 'lms-de-test:${kind}';
  const MASTERY = ${mastery};
  const api = new ${ctor}({ lmsCommitUrl: false, autocommit: false, logLevel: 5 });
  const kept = localStorage.getItem(KEY);
  if (kept !== null) {
    const cmi = JSON.parse(kept).cmi;
    // The platform resumes a suspended attempt: what it kept, entry « resume ».
    const exit = ${kind === 'scorm12' ? 'cmi.core.exit' : 'cmi.exit'};
    ${kind === 'scorm12' ? 'delete cmi.core.exit; delete cmi.core.session_time; cmi.core.entry = exit === "suspend" ? "resume" : "";' : 'delete cmi.exit; delete cmi.session_time; cmi.entry = exit === "suspend" ? "resume" : "";'}
    api.loadFromJSON(cmi);
  } else {
    // First launch: the pass mark of the manifest, as a platform imports it.
    api.loadFromJSON(${kind === 'scorm12' ? '{ student_data: { mastery_score: String(Math.round(MASTERY * 100)) } }' : '{ scaled_passing_score: String(MASTERY) }'});
  }
  window.lmsCommits = 0;
  const keep = () => {
    window.lmsCommits += 1;
    localStorage.setItem(KEY, JSON.stringify(api.renderCMIToJSONObject()));
  };
  api.on(${kind === 'scorm12' ? "'LMSCommit'" : "'Commit'"}, keep);
  api.on(${kind === 'scorm12' ? "'LMSFinish'" : "'Terminate'"}, keep);
  window.${global} = api;
  window.lmsEntry = ${JSON.stringify(entry)};
</script></head>
<body><h1>LMS de test</h1><iframe title="Contenu" src="${launchUrl}" style="width:100%;height:2400px"></iframe></body></html>`;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Serve a package in a test platform; `url` is the platform page. */
export async function startLms(
  kind: Kind,
  files: Map<string, Uint8Array>,
): Promise<{ url: string; lrs: Lrs; close: () => Promise<void> }> {
  const manifest = new TextDecoder().decode(
    files.get(kind === 'cmi5' ? 'cmi5.xml' : 'imsmanifest.xml'),
  );
  const auId = /<au id="([^"]+)"/.exec(manifest)?.[1] ?? '';
  const mastery =
    kind === 'cmi5'
      ? Number(/masteryScore="([^"]+)"/.exec(manifest)?.[1] ?? 'NaN')
      : kind === 'scorm12'
        ? Number(/<adlcp:masteryscore>([^<]+)</.exec(manifest)?.[1] ?? 'NaN') / 100
        : Number(/<imsss:minNormalizedMeasure>([^<]+)</.exec(manifest)?.[1] ?? 'NaN');
  const auUrl = /<url>([^<]+)<\/url>/.exec(manifest)?.[1] ?? 'index.html';
  const launchHref =
    kind === 'cmi5' ? auUrl : (/adlcp:scorm[tT]ype="sco" href="([^"]+)"/.exec(manifest)?.[1] ?? '');
  const lrs: Lrs = {
    statements: [],
    state: new Map(),
    registration: randomUUID(),
    activityId: auId,
    masteryScore: mastery,
    refused: [],
  };
  const actor = {
    objectType: 'Agent',
    account: { homePage: 'urn:lms-de-test', name: 'apprenant-1' },
  };
  const tokens = new Map<string, boolean>(); // fetch id → used
  let authToken = '';
  const stateKey = (q: URLSearchParams) =>
    `${q.get('activityId')}|${q.get('registration')}|${q.get('stateId')}`;
  let origin = '';

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://lms.test');
      const path = url.pathname;
      const send = (status: number, data: string | Uint8Array, type = 'application/json') => {
        res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
        res.end(data);
      };
      if (path === `/lms/${kind}.html`) {
        let launch = `contenu/${launchHref}`;
        if (kind === 'cmi5') {
          // A new session of the same registration at each launch: LaunchData, then « launched ».
          const fetchId = randomUUID();
          tokens.set(fetchId, false);
          const sessionId = randomUUID();
          // The previous session ended without terminated: the LMS records it as abandoned.
          const previous = lrs.statements.at(-1) as
            { context?: { extensions?: Record<string, unknown> } } | undefined;
          const previousId = previous?.context?.extensions?.[SESSION];
          if (
            previousId !== undefined &&
            !lrs.statements.some(
              (s) =>
                (s as { context?: { extensions?: Record<string, unknown> } }).context?.extensions?.[
                  SESSION
                ] === previousId && (s as { verb: { id: string } }).verb.id.endsWith('/terminated'),
            )
          )
            lrs.statements.push({
              id: randomUUID(),
              actor,
              verb: {
                id: 'https://w3id.org/xapi/adl/verbs/abandoned',
                display: { 'en-US': 'abandoned' },
              },
              object: { objectType: 'Activity', id: auId },
              result: { duration: 'PT0S' },
              context: {
                registration: lrs.registration,
                contextActivities: {
                  grouping: [{ objectType: 'Activity', id: auId }],
                  category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }],
                },
                extensions: { [SESSION]: previousId },
              },
              timestamp: new Date().toISOString(),
            });
          const contextTemplate = {
            contextActivities: { grouping: [{ objectType: 'Activity', id: auId }] },
            extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': sessionId },
          };
          lrs.state.set(`${auId}|${lrs.registration}|LMS.LaunchData`, {
            contextTemplate,
            launchMode: 'Normal',
            moveOn: 'CompletedAndPassed',
            masteryScore: mastery,
          });
          lrs.statements.push({
            id: randomUUID(),
            actor,
            verb: {
              id: 'http://adlnet.gov/expapi/verbs/launched',
              display: { 'en-US': 'launched' },
            },
            object: { objectType: 'Activity', id: auId },
            context: {
              ...contextTemplate,
              registration: lrs.registration,
              contextActivities: {
                ...contextTemplate.contextActivities,
                category: [{ id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }],
              },
              extensions: {
                ...contextTemplate.extensions,
                'https://w3id.org/xapi/cmi5/context/extensions/launchmode': 'Normal',
                'https://w3id.org/xapi/cmi5/context/extensions/moveon': 'CompletedAndPassed',
              },
            },
            timestamp: new Date().toISOString(),
          });
          const q = new URLSearchParams({
            endpoint: `${origin}/lms/xapi/`,
            fetch: `${origin}/lms/fetch/${fetchId}`,
            actor: JSON.stringify(actor),
            registration: lrs.registration,
            activityId: auId,
          });
          launch = `contenu/${auUrl}?${q.toString()}`;
        }
        return send(200, platformPage(kind, launch, mastery), TYPES['html']);
      }
      if (path.startsWith('/lms/vendor/')) {
        const name = path.slice('/lms/vendor/'.length);
        return send(
          200,
          readFileSync(`node_modules/scorm-again/dist/${name.replace(/[^a-z0-9.]/g, '')}`),
          TYPES['js'],
        );
      }
      if (path.startsWith('/lms/contenu/')) {
        const file = files.get(decodeURIComponent(path.slice('/lms/contenu/'.length)));
        if (file === undefined) return send(404, 'absent', 'text/plain');
        return send(200, file, TYPES[path.split('.').at(-1) ?? ''] ?? 'application/octet-stream');
      }
      if (path.startsWith('/lms/fetch/') && req.method === 'POST') {
        const id = path.slice('/lms/fetch/'.length);
        if (tokens.get(id) !== false) {
          lrs.refused.push(`fetch ${id} reused or unknown`);
          return send(400, JSON.stringify({ 'error-code': '1', 'error-text': 'already used' }));
        }
        tokens.set(id, true);
        authToken = Buffer.from(`${AUTH_USER}:${randomUUID()}`).toString('base64');
        return send(200, JSON.stringify({ 'auth-token': authToken }));
      }
      if (path.startsWith('/lms/xapi/')) {
        const resource = path.slice('/lms/xapi/'.length);
        if (req.headers['authorization'] !== `Basic ${authToken}`)
          lrs.refused.push(`${req.method} ${resource}: bad auth`);
        if (req.headers['x-experience-api-version'] === undefined)
          lrs.refused.push(`${req.method} ${resource}: no X-Experience-API-Version`);
        const headers = { 'X-Experience-API-Version': '1.0.3' };
        if (resource === 'statements' && (req.method === 'POST' || req.method === 'PUT')) {
          const data = JSON.parse(await body(req)) as unknown;
          const list = (Array.isArray(data) ? data : [data]) as Record<string, unknown>[];
          for (const s of list) {
            s['id'] ??= randomUUID();
            lrs.statements.push(s);
          }
          res.writeHead(200, { ...headers, 'Content-Type': 'application/json' });
          return res.end(JSON.stringify(list.map((s) => s['id'])));
        }
        if (resource === 'activities/state') {
          const key = stateKey(url.searchParams);
          if (req.method === 'GET') {
            if (!lrs.state.has(key)) return send(404, '');
            res.writeHead(200, { ...headers, 'Content-Type': 'application/json' });
            return res.end(JSON.stringify(lrs.state.get(key)));
          }
          if (req.method === 'PUT' || req.method === 'POST') {
            const text = await body(req);
            lrs.state.set(key, text === '' ? '' : (JSON.parse(text) as unknown));
            res.writeHead(204, headers);
            return res.end();
          }
        }
        if (resource === 'agents/profile') return send(404, '');
        return send(400, JSON.stringify({ error: `unsupported ${resource}` }));
      }
      send(404, 'absent', 'text/plain');
    })().catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/lms/${kind}.html`,
    lrs,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
