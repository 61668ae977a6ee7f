import { PLATFORMS } from '@/platforms/index';
import type { PlatformInfo } from '@/platforms/types';
import type { Settings } from '@/utils/settings';
import { askBackground } from '../shared/ask-background';
import { useSettings } from '../shared/use-settings';
import { OptionsSection } from './options-page';

/** Every host a platform runs on for this user: its own, and for Mastodon the servers the user added. */
export function hostsOf(platform: PlatformInfo, settings: Settings): string[] {
  const own = [...platform.site.hosts];
  return platform.id === 'mastodon' ? [...own, ...settings.mastodonInstances] : own;
}

/**
 * Per-site switches for the nine platforms. A platform is on unless one of its hosts was switched off (the
 * side panel switches one host at a time); switching it here sets every one of its hosts.
 */
export function SiteSettings() {
  const { settings } = useSettings();
  const off = new Set(settings.disabledSites);
  const setPlatform = async (platform: PlatformInfo, enabled: boolean) => {
    for (const hostname of hostsOf(platform, settings)) await askBackground({ type: 'set-site-enabled', hostname, enabled });
  };
  return (
    <OptionsSection id="site-settings" title="Sites" intro="Where Rapport coaches you. A site switched off gets no badge, no underlines and no checks.">
      <ul class="setting-list" aria-label="Sites">
        {Object.values(PLATFORMS).map((platform) => {
          const on = !hostsOf(platform, settings).some((host) => off.has(host));
          return (
            <li key={platform.id} data-platform={platform.id}>
              <span class="name">{platform.name}</span>
              <span class="about">{platform.site.hosts[0]}</span>
              <label class="switch">
                <input type="checkbox" checked={on} onChange={() => void setPlatform(platform, !on)} aria-label={`Coach on ${platform.name}`} />
                {on ? 'On' : 'Off'}
              </label>
            </li>
          );
        })}
      </ul>
    </OptionsSection>
  );
}
