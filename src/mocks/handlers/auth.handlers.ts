/**
 * Simulated logins: Pro Santé Connect for professionals, Mon espace santé for the patient's side.
 * Both answer a signed bearer token that expires in simulated time.
 */
import type { HttpHandler } from 'msw';
import type { ApiContext } from '../context';
import { publicEndpoint } from '../endpoint';
import { loginMes, loginPs } from '../auth/login';
import { mesToken, pscToken } from '../routes/index';

/** Handlers of the two logins. */
export function authHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    publicEndpoint(ctx, pscToken, ({ input }) => loginPs(ctx, input.body)),
    publicEndpoint(ctx, mesToken, ({ input }) => loginMes(ctx, input.body)),
  ];
}
