/**
 * Unhandled-request policy of the browser worker: an API request nobody handled is an error (it
 * cannot happen, the fallback handlers answer 404), anything else (page assets) passes through.
 */
import type { UnhandledFrameHandle } from 'msw';
import { isApiPath } from './config';

/** `onUnhandledFrame` of the simulator pages. */
export const onUnhandledApiFrame: UnhandledFrameHandle = ({ frame, defaults }) => {
  const data = frame.data as { readonly request?: Request } | undefined;
  if (frame.protocol === 'http' && data?.request && isApiPath(new URL(data.request.url).pathname)) {
    defaults.error();
  }
};
