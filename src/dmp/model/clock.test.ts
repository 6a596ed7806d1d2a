import { describe, expect, test } from 'vitest';
import {
  addDuration,
  advanceClock,
  ageAt,
  anniversary,
  createClock,
  parseInstant,
  setClock,
  SIMULATION_START,
  workstationTime,
} from './clock';

describe('simulated clock', () => {
  test('starts at 2025-10-01T09:00:00Z and normalises instants', () => {
    expect(createClock().now).toBe('2025-10-01T09:00:00.000Z');
    expect(createClock('2025-10-01T11:00:00+02:00').now).toBe(SIMULATION_START);
    expect(createClock('not a date').now).toBe(SIMULATION_START);
  });

  test('advances by days, months and years, clamping month ends', () => {
    const clock = createClock('2025-01-31T09:00:00Z');
    expect(advanceClock(clock, { months: 1 }).now).toBe('2025-02-28T09:00:00.000Z');
    expect(advanceClock(clock, { years: 1, days: 1 }).now).toBe('2026-02-01T09:00:00.000Z');
    expect(advanceClock(clock, { days: 14 }).now).toBe('2025-02-14T09:00:00.000Z');
    expect(addDuration('2024-02-29T00:00:00.000Z', { years: 1 })).toBe('2025-02-28T00:00:00.000Z');
  });

  test('setClock ignores invalid values', () => {
    const clock = createClock();
    expect(setClock(clock, 'nope')).toBe(clock);
    expect(setClock(clock, '2026-01-01T00:00:00Z').now).toBe('2026-01-01T00:00:00.000Z');
    expect(parseInstant('x')).toBeNull();
  });

  test('ages are completed years, consistent with anniversaries (29 February → 1 March)', () => {
    expect(ageAt('2007-10-15', '2025-10-14T23:59:59.000Z')).toBe(17);
    expect(ageAt('2007-10-15', '2025-10-15T00:00:00.000Z')).toBe(18);
    expect(anniversary('2008-02-29', 18)).toBe('2026-03-01T00:00:00.000Z');
    expect(ageAt('2008-02-29', '2026-02-28T12:00:00.000Z')).toBe(17);
    expect(ageAt('2008-02-29', anniversary('2008-02-29', 18))).toBe(18);
  });

  test('a workstation shows the real time plus its skew', () => {
    expect(workstationTime(createClock(), 10 * 60 * 1000)).toBe('2025-10-01T09:10:00.000Z');
  });
});
