/**
 * What every handler shares: the in-memory DMP store, the token signer, the world generation (bumped
 * when the trainer resets the world, which invalidates every token) and the simulated latency.
 */
import type { DmpSeed, DmpStore } from '../dmp/index';
import { createTokenSigner, type TokenSigner } from './auth/tokens';

/** Latency added to every response: milliseconds, or `'real'` (MSW's realistic 100–400 ms). */
export type Latency = number | 'real';

/**
 * Loads the schemas of the deprecated world body of `POST /training/reset` (whole entities). Node
 * entries pass `loadDeprecatedWorld`; the browser's worker does not, so that those schemas stay out
 * of the simulator pages (nothing there sends that body).
 */
export type DeprecatedWorldLoader = () => Promise<typeof import('./schemas/world.schemas')>;

/** Options of `createHandlers`. */
export interface ApiOptions {
  /** The deprecated world body's schemas; without it, that body is refused in French. */
  readonly deprecatedWorld?: DeprecatedWorldLoader;
  /** HMAC secret of the tokens; a fresh random one by default. */
  readonly secret?: Uint8Array;
  /** Latency of every response; 0 by default (Node), `'real'` in the browser. */
  readonly latency?: Latency;
}

/** The shared state of one API instance. */
export interface ApiContext {
  readonly store: DmpStore;
  readonly tokens: TokenSigner;
  readonly latency: Latency;
  readonly deprecatedWorld: DeprecatedWorldLoader | null;
  /** The current world generation (tokens of another generation are refused). */
  generation(): number;
  /** Reset the store to its seed (or to a training world's seed) and start a new generation. */
  newWorld(seed?: DmpSeed): void;
}

/** Build the context of an API instance over a store. */
export function createApiContext(store: DmpStore, options: ApiOptions = {}): ApiContext {
  let generation = 0;
  return {
    store,
    tokens: createTokenSigner(options.secret),
    latency: options.latency ?? 0,
    deprecatedWorld: options.deprecatedWorld ?? null,
    generation: () => generation,
    newWorld: (seed) => {
      store.reset(seed);
      generation += 1;
    },
  };
}
