import { browser } from 'wxt/browser';

/** Opens the progress dashboard in a new tab (the side panel and the options page link to it). */
export function openDashboard(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}
