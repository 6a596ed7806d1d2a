/**
 * Helpers shared by the machines: transition metadata, reading an event's payload inside a guard
 * (so that every guard stays one line calling a core predicate: xstate does not type dynamic guard
 * params under `not()`/`and()`), the access request an event stands for, a clock that only moves
 * forward, the scope of a collected consent.
 */
import type { EventObject } from 'xstate';
import {
  breakGlass,
  isBefore,
  NORMAL_ACCESS,
  REGULATION_ACCESS,
  type AccessRequest,
  type ConsentRecord,
  type FaqId,
  type Instant,
  type RuleId,
} from '../src/dmp/index';

/** Transition metadata: the FAQ entry and the rules (R1–R50) a guarded transition rests on. */
export interface TransitionMeta {
  readonly faq: FaqId;
  readonly rules: readonly RuleId[];
}

/** Arguments every guard receives. */
export interface GuardArgsOf<TContext, TEvent> {
  readonly context: TContext;
  readonly event: TEvent;
}

/**
 * The event narrowed to `type`. A guard reading the payload of another event is a programming
 * error, so it throws rather than guessing a value.
 */
export function payload<E extends EventObject, T extends E['type']>(
  event: E,
  type: T,
): Extract<E, { type: T }> {
  if (event.type !== type)
    throw new Error(`Garde appelée avec « ${event.type} » au lieu de « ${type} ».`);
  return event as Extract<E, { type: T }>;
}

/** A professional's break-glass request, as the machines receive it. */
interface BreakGlassRequestEvent {
  readonly type: 'ps.requestBreakGlass';
  readonly motive: string;
  readonly patientUnableToConsent: boolean;
}

/** The access request an event stands for: break-glass, regulation, else normal access. */
export function requestOf(event: EventObject | BreakGlassRequestEvent): AccessRequest {
  if ('motive' in event && event.type === 'ps.requestBreakGlass')
    return breakGlass(event.motive, event.patientUnableToConsent);
  return event.type === 'ps.requestRegulation' ? REGULATION_ACCESS : NORMAL_ACCESS;
}

/** The later of two instants: the simulated clock only moves forward. */
export function laterOf(current: Instant, next: Instant): Instant {
  return isBefore(current, next) ? next : current;
}

/** A scope « one professional » always names the collector. */
export function collectorScope(
  scope: ConsentRecord['scope'],
  collectorId: string,
): ConsentRecord['scope'] {
  return scope.kind === 'professional'
    ? { kind: 'professional', professionalId: collectorId }
    : scope;
}
