import type { HousePackHost } from './house-packs';
import { applyManagedPolicy, readManagedPolicy } from './house-policy';

/** The alarm that fetches URL packs again. */
export const REFRESH_ALARM = 'rapport-house-pack-refresh';
/** URL packs are fetched again once a day (and whenever the user asks on the options page). */
export const REFRESH_PERIOD_MINUTES = 24 * 60;

/**
 * The background's pack chores: the administrator's policy read at start and whenever it changes, and URL
 * packs refreshed on a daily alarm (a service worker's timers die with it; an alarm survives it). The alarm
 * is created once, so a worker that restarts does not push the next refresh back a day.
 */
export async function wireHousePacks(houses: HousePackHost): Promise<void> {
  const syncPolicy = () => readManagedPolicy().then((policy) => applyManagedPolicy(houses, policy));
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void syncPolicy().catch(() => undefined);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void houses.refreshAll().catch(() => undefined);
  });
  if (!(await browser.alarms.get(REFRESH_ALARM))) {
    await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: REFRESH_PERIOD_MINUTES, periodInMinutes: REFRESH_PERIOD_MINUTES });
  }
  await syncPolicy();
}
