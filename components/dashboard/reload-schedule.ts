/** How long the history must stay unchanged before the page reads it again, and the longest it waits. */
export const RELOAD_QUIET_MS = 1500;
export const RELOAD_MAX_WAIT_MS = 10_000;

export interface ReloadSchedule {
  /** The stored history changed. */
  changed(): void;
  /**
   * Held, changes are only noted: an import running in this page stores a batch about once a second, and
   * reading 30,000 posts again and working out every figure took one task of 640 ms, which froze the page in
   * the middle of the import. Let go, a change noted meanwhile is read at once.
   */
  hold(held: boolean): void;
  dispose(): void;
}

/**
 * When the dashboard reads the history again after it changed: once the changes settle (RELOAD_QUIET_MS of
 * quiet), or RELOAD_MAX_WAIT_MS after the first of a steady stream of them, not after every change, each of
 * which would carry the whole history again.
 */
export function createReloadSchedule(reload: () => void): ReloadSchedule {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChange: number | undefined;
  let held = false;
  let missed = false;
  const settled = () => {
    timer = undefined;
    firstChange = undefined;
    reload();
  };
  return {
    changed() {
      if (held) {
        missed = true;
        return;
      }
      firstChange ??= Date.now();
      clearTimeout(timer);
      timer = setTimeout(settled, Math.max(0, Math.min(RELOAD_QUIET_MS, firstChange + RELOAD_MAX_WAIT_MS - Date.now())));
    },
    hold(next) {
      if (next === held) return;
      held = next;
      if (held) {
        missed ||= timer !== undefined;
        clearTimeout(timer);
        timer = undefined;
        firstChange = undefined;
      } else if (missed) {
        missed = false;
        reload();
      }
    },
    dispose() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
