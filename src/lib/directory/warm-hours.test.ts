import { describe, expect, it } from 'vitest';
import type { DirectoryService, Schedule } from './model';
import { isOpenAt } from './schedule';
import type { IdleDeadlineLike } from '$lib/idle';
import { warmHours } from './warm-hours';

const weekdays = (opens: string, closes: string): Schedule[] => [
  { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: opens, closes_at: closes, timezone_name: 'Europe/London' } as Schedule
];
const service = (i: number, withPlaceHours = false): DirectoryService =>
  ({
    id: `s${i}`,
    schedules: weekdays('09:00', '17:00'),
    locations: withPlaceHours ? [{ schedules: weekdays('10:00', '12:00') }] : []
  }) as unknown as DirectoryService;

/** An idle queue run by hand: each slice gets `budget` calls of timeRemaining() > 1. */
function manualIdle(budget: number) {
  const queue: Array<(d: IdleDeadlineLike) => void> = [];
  return {
    idle: (work: (d: IdleDeadlineLike) => void) => void queue.push(work),
    slices: 0,
    runAll() {
      while (queue.length) {
        this.slices++;
        let left = budget;
        queue.shift()!({ timeRemaining: () => (left-- > 0 ? 10 : 0) });
      }
    }
  };
}

describe('warmHours', () => {
  it('prepares every service and every place with its own hours, across several idle slices', () => {
    const services = Array.from({ length: 50 }, (_, i) => service(i, i % 5 === 0));
    const seen: Array<readonly Schedule[]> = [];
    const idle = manualIdle(7);
    warmHours(services, idle.idle, (s) => seen.push(s));
    expect(seen).toHaveLength(0); // nothing runs until the browser is idle
    idle.runAll();
    expect(seen).toHaveLength(50 + 10);
    expect(new Set(seen).size).toBe(60);
    expect(idle.slices).toBeGreaterThan(1);
  });

  it('still gets through when the browser reports no idle time at all', () => {
    const services = Array.from({ length: 5 }, (_, i) => service(i));
    const idle = manualIdle(0);
    let count = 0;
    warmHours(services, idle.idle, () => count++);
    idle.runAll();
    expect(count).toBe(5);
  });

  it('leaves the answers unchanged (real parsing)', () => {
    const services = [service(1), service(2, true)];
    const monday10 = new Date('2026-11-23T10:30:00Z');
    const before = services.map((s) => isOpenAt(s.schedules, monday10));
    const idle = manualIdle(100);
    warmHours(services, idle.idle);
    idle.runAll();
    expect(services.map((s) => isOpenAt(s.schedules, monday10))).toEqual(before);
    expect(before).toEqual([true, true]);
  });

  it('does nothing without an idle scheduler (Node, Safari)', () => {
    expect(() => warmHours([service(1)], undefined)).not.toThrow();
  });
});
