import { askBackground } from '../shared/ask-background';
import { useSettings } from '../shared/use-settings';
import { PanelView } from './panel-view';
import { ProfileSwitch } from './profile-switch';
import { usePanelConnection } from './use-panel-connection';
import { SettingsLink } from './settings-link';
import { PanelWeeklyLine } from './weekly-line';
import { useTheme } from '../shared/use-theme';

/** The side panel wired to the extension: the background's state, the user's settings, the actions. */
export function SidePanelApp({ tabId }: { tabId?: number }) {
  useTheme();
  const { state, notice, act } = usePanelConnection(tabId);
  const { settings } = useSettings();
  const hostname = state?.site?.hostname;
  const platform = state?.site?.platform;
  const siteEnabled = hostname ? !settings.disabledSites.includes(hostname) : true;
  const setSiteEnabled = (enabled: boolean) => {
    if (!hostname) return;
    void askBackground({ type: 'set-site-enabled', hostname, enabled });
  };
  return (
    <PanelView
      state={state}
      siteEnabled={siteEnabled}
      notice={notice}
      onAct={act}
      onSiteEnabled={setSiteEnabled}
      header={
        platform && siteEnabled ? (
          <ProfileSwitch settings={settings} platform={platform} onChoose={(profileId) => void askBackground({ type: 'set-platform-profile', platform, profileId })} />
        ) : undefined
      }
      footer={
        <>
          <PanelWeeklyLine />
          <SettingsLink />
        </>
      }
    />
  );
}
