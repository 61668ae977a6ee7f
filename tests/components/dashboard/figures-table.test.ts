import { describe, expect, it } from 'vitest';
import { lastPerWeek } from '../../../components/dashboard/figures-table';

const at = (iso: string) => Date.parse(iso) / 1000;

describe('lastPerWeek', () => {
  it('keeps the last value of each week, Monday to Sunday in UTC, and leaves out weeks with none', () => {
    const times = [at('2026-05-04T09:00:00Z'), at('2026-05-06T09:00:00Z'), at('2026-05-10T23:00:00Z'), at('2026-05-12T09:00:00Z'), at('2026-05-19T09:00:00Z')];
    expect(lastPerWeek(times, [null, 0.1, 0.3, null, 0.2])).toEqual([
      { week: '2026-05-04', value: 0.3 },
      { week: '2026-05-18', value: 0.2 },
    ]);
  });
});
