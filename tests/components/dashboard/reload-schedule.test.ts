import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReloadSchedule, RELOAD_MAX_WAIT_MS, RELOAD_QUIET_MS } from '../../../components/dashboard/reload-schedule';

describe('createReloadSchedule', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads the history once the changes settle', () => {
    const reload = vi.fn();
    const schedule = createReloadSchedule(reload);
    schedule.changed();
    vi.advanceTimersByTime(RELOAD_QUIET_MS - 100);
    schedule.changed();
    vi.advanceTimersByTime(RELOAD_QUIET_MS - 1);
    expect(reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reads it at least every RELOAD_MAX_WAIT_MS under a steady stream of changes', () => {
    const reload = vi.fn();
    const schedule = createReloadSchedule(reload);
    for (let t = 0; t < RELOAD_MAX_WAIT_MS + 1000; t += 1000) {
      schedule.changed();
      vi.advanceTimersByTime(1000);
    }
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('held, notes the changes and reads them at once when let go, not before', () => {
    const reload = vi.fn();
    const schedule = createReloadSchedule(reload);
    schedule.hold(true);
    for (let i = 0; i < 30; i++) {
      schedule.changed();
      vi.advanceTimersByTime(1000);
    }
    expect(reload).not.toHaveBeenCalled();
    schedule.hold(false);
    expect(reload).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(RELOAD_MAX_WAIT_MS);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('a reload already waiting when the hold starts waits for its end', () => {
    const reload = vi.fn();
    const schedule = createReloadSchedule(reload);
    schedule.changed();
    schedule.hold(true);
    vi.advanceTimersByTime(RELOAD_MAX_WAIT_MS);
    expect(reload).not.toHaveBeenCalled();
    schedule.hold(false);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('let go with nothing changed, reads nothing', () => {
    const reload = vi.fn();
    const schedule = createReloadSchedule(reload);
    schedule.hold(true);
    schedule.hold(false);
    vi.advanceTimersByTime(RELOAD_MAX_WAIT_MS);
    expect(reload).not.toHaveBeenCalled();
  });

  it('disposed, reads nothing more', () => {
    const reload = vi.fn();
    const schedule = createReloadSchedule(reload);
    schedule.changed();
    schedule.dispose();
    vi.advanceTimersByTime(RELOAD_MAX_WAIT_MS);
    expect(reload).not.toHaveBeenCalled();
  });
});
