/**
 * The simulated DMP as a real local HTTP server: node:http turns each IncomingMessage into a Fetch
 * `Request` and answers with `getResponse(handlers, request)`, the very handlers the browser worker
 * and the tests use (docs/decisions/004-*.md). Unhandled → 404, too large → 413, malformed → 400,
 * always as a French OperationOutcome; an unexpected exception is still answered, never a crash.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { createDmpStore, DEFAULT_SEED, type DmpStore } from '../dmp/index';
import {
  apiError,
  createApiContext,
  handlersFor,
  loadDeprecatedWorld,
  MAX_BODY_BYTES,
  refusalResponse,
  type ApiOptions,
} from '../mocks/index';
import { indexHandlers } from './handler-index';

/** Options of the server. */
interface DmpServerOptions extends ApiOptions {
  /** Interface to listen on (default 127.0.0.1). */
  readonly host?: string;
  /** Port (0 = ephemeral). */
  readonly port?: number;
  /** The DMP to serve (default: a fresh seeded store). */
  readonly store?: DmpStore;
  /** Largest accepted body in bytes. */
  readonly maxBodyBytes?: number;
}

/** A running server. */
export interface RunningDmpServer {
  readonly url: string;
  readonly port: number;
  readonly store: DmpStore;
  readonly server: Server;
  /** Stop listening and close every connection. */
  close(): Promise<void>;
}

const BODYLESS = new Set(['GET', 'HEAD']);
const tooLarge = (max: number) =>
  refusalResponse(apiError('API.PAYLOAD_TOO_LARGE', `Corps de requête limité à ${max} octets.`));
const malformed = (what: string) =>
  refusalResponse(apiError('API.INVALID_REQUEST', `Requête HTTP mal formée : ${what}.`));

/**
 * The body of a request, or null when it exceeds `max` bytes. An oversized body is still drained
 * (up to 8 × `max`, then the connection is cut) so that the client can read the 413.
 */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > max * 8) return Promise.resolve(null);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) chunks.push(chunk);
      else if (size > max * 8) req.destroy();
    });
    req.on('end', () => resolve(size > max ? null : Buffer.concat(chunks)));
    req.on('close', () => resolve(null));
    req.on('error', () => resolve(null));
  });
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}

/** The Fetch request of an IncomingMessage, or the 4xx response to send instead. */
async function toRequest(
  req: IncomingMessage,
  origin: string,
  max: number,
): Promise<Request | Response> {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', origin);
    if (url.origin !== origin) return malformed('URL absolue refusée');
    decodeURIComponent(url.pathname);
  } catch {
    return malformed('URL invalide');
  }
  const method = (req.method ?? 'GET').toUpperCase();
  // Read (and drain) every body, even one sent with GET, so that the client can read the answer.
  const body = await readBody(req, max);
  if (body === null) return tooLarge(max);
  try {
    return new Request(url, {
      method,
      headers: headersOf(req),
      ...(body.length > 0 && !BODYLESS.has(method) ? { body: new Uint8Array(body) } : {}),
    });
  } catch {
    return malformed(`méthode ${method} non prise en charge`);
  }
}

async function send(res: ServerResponse, response: Response, head: boolean): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  // Every answer of the API is JSON text. Ending with a string lets Node send headers and body in
  // one write (a Buffer costs a writev), and `text()` is about twice as fast as `arrayBuffer()`.
  const body = head
    ? ''
    : /json|text/.test(response.headers.get('content-type') ?? '')
      ? await response.text()
      : Buffer.from(await response.arrayBuffer());
  res.setHeader('Content-Length', typeof body === 'string' ? Buffer.byteLength(body) : body.length);
  res.end(head ? undefined : body);
}

function answer(candidates: ReturnType<typeof indexHandlers>, originOf: () => string, max: number) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let response: Response;
    try {
      const request = await toRequest(req, originOf(), max);
      response =
        request instanceof Response
          ? request
          : ((await getResponse(
              candidates(request.method, new URL(request.url).pathname),
              request,
            )) ??
            refusalResponse(
              apiError(
                'API.NOT_FOUND',
                `Aucune route ${request.method} ${new URL(request.url).pathname} : voir la documentation /api/.`,
              ),
            ));
      if (response.status === 413) res.setHeader('Connection', 'close');
    } catch {
      response = refusalResponse(apiError('API.INTERNAL', 'Erreur inattendue du simulateur.'));
    }
    await send(res, response, req.method === 'HEAD').catch(() => res.destroy());
  };
}

/** Start the simulated DMP on `host:port`. */
export function startDmpServer(options: DmpServerOptions = {}): Promise<RunningDmpServer> {
  const host = options.host ?? '127.0.0.1';
  const store = options.store ?? createDmpStore(DEFAULT_SEED);
  const handlers = handlersFor(
    createApiContext(store, { deprecatedWorld: loadDeprecatedWorld, ...options }),
  ) as RequestHandler[];
  const max = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const sockets = new Set<Socket>();
  let origin = '';
  const respond = answer(indexHandlers(handlers), () => origin, max);
  const server = createServer((req, res) => void respond(req, res));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      origin = `http://${host}:${port}`;
      resolve({
        url: origin,
        port,
        store,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            for (const socket of sockets) socket.destroy();
          }),
      });
    });
  });
}
