/**
 * Simulated time: a clock value object, calendar arithmetic in UTC, ages, and the workstation skew
 * that makes deposits fail (R18, FAQ-DEP-11). Everything is a pure function of its arguments.
 */

/** An instant, as a normalised ISO-8601 UTC string (`2025-10-01T09:00:00.000Z`). */
export type Instant = string;

/** A calendar date, `YYYY-MM-DD` (birth dates, dates of care). */
export type IsoDate = string;

/** The simulated clock: only the current instant. */
export interface SimClock {
  readonly now: Instant;
}

/** A duration in calendar units; months and years clamp to the end of shorter months. */
export interface Duration {
  readonly years?: number;
  readonly months?: number;
  readonly days?: number;
  readonly hours?: number;
  readonly minutes?: number;
}

/** The instant every seeded simulation starts at. */
export const SIMULATION_START: Instant = '2025-10-01T09:00:00.000Z';

/**
 * Tolerated gap between the workstation clock and the DMP clock before a deposit is refused.
 * The DMP does not publish its tolerance (dmp-facts.md §10.2, §13); R18 only says a skewed
 * workstation fails and a synchronised one succeeds. Default: 5 minutes, the usual tolerance of
 * signed-token checks (VIHF IssueInstant); every predicate takes it as a parameter.
 */
export const CLOCK_SKEW_TOLERANCE_MS = 5 * 60 * 1000;

/** Parse any ISO-8601 string into a normalised instant, or null when it is not a date. */
export function parseInstant(value: string): Instant | null {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Milliseconds since the epoch of an instant. */
export function instantMs(instant: Instant): number {
  return Date.parse(instant);
}

/** A new clock at `at` (defaults to the simulation start); an unparsable value keeps the start. */
export function createClock(at: string = SIMULATION_START): SimClock {
  return { now: parseInstant(at) ?? SIMULATION_START };
}

/** The clock set to another instant; an unparsable value leaves it unchanged. */
export function setClock(clock: SimClock, at: string): SimClock {
  const now = parseInstant(at);
  return now === null ? clock : { now };
}

/** The clock moved forward (or backward, with negative values) by a duration. */
export function advanceClock(clock: SimClock, by: Duration): SimClock {
  return { now: addDuration(clock.now, by) };
}

/** An instant plus a calendar duration (UTC; Jan 31 + 1 month = Feb 28/29). */
export function addDuration(instant: Instant, by: Duration): Instant {
  const date = new Date(instantMs(instant));
  const totalMonths = (by.years ?? 0) * 12 + (by.months ?? 0);
  if (totalMonths !== 0) {
    const day = date.getUTCDate();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + totalMonths);
    const lastDay = new Date(
      Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0),
    ).getUTCDate();
    date.setUTCDate(Math.min(day, lastDay));
  }
  const extraMs = ((by.days ?? 0) * 24 * 60 + (by.hours ?? 0) * 60 + (by.minutes ?? 0)) * 60 * 1000;
  return new Date(date.getTime() + extraMs).toISOString();
}

/** Whether instant `a` is strictly before instant `b`. */
export function isBefore(a: Instant, b: Instant): boolean {
  return instantMs(a) < instantMs(b);
}

/** Age in completed years on a given instant (UTC calendar). */
export function ageAt(birthDate: IsoDate, at: Instant): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const now = new Date(instantMs(at));
  const years = now.getUTCFullYear() - (by ?? 0);
  const month = now.getUTCMonth() + 1;
  const beforeBirthday = month < (bm ?? 1) || (month === (bm ?? 1) && now.getUTCDate() < (bd ?? 1));
  return beforeBirthday ? years - 1 : years;
}

/** The instant a person born on `birthDate` turns `years` (midnight UTC; 29 Feb → 1 Mar), consistent with `ageAt`. */
export function anniversary(birthDate: IsoDate, years: number): Instant {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  return new Date(Date.UTC((by ?? 0) + years, (bm ?? 1) - 1, bd ?? 1)).toISOString();
}

/** The time shown by a workstation whose clock is off by `skewMs` (positive = ahead). */
export function workstationTime(clock: SimClock, skewMs: number): Instant {
  return new Date(instantMs(clock.now) + skewMs).toISOString();
}
