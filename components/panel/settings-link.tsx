import { browser } from 'wxt/browser';

/** The way from the panel to the settings page (rules, house packs, history), which links back to here. */
export function SettingsLink({ onOpen = () => void browser.runtime.openOptionsPage() }: { onOpen?: () => void }) {
  return (
    <p class="settings-link">
      <button type="button" class="btn link" onClick={onOpen}>
        Settings
      </button>
    </p>
  );
}
