/**
 * What every handler shares: the in-memory DMP store, the token signer, the world generation (bumped
 * when the trainer resets the world, which invalidates every token) and the simulated latency.
 */
import type { DmpSeed, DmpStore } from '../dmp/index';
import { createTokenSigner, type TokenSigner } from './auth/tokens';

/** Latency added to every response: milliseconds, or `'real'` (MSW's realistic 100–400 ms). */
export type Latency = number | 'real';

/** Options of `createHandlers`. */
export interface ApiOptions {
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
    generation: () => generation,
    newWorld: (seed) => {
      store.reset(seed);
      generation += 1;
    },
  };
}
