import { browser } from 'wxt/browser';
import type { Request } from '@/utils/messages';
import { PanelView } from './panel-view';
import { usePanelConnection } from './use-panel-connection';
import { useSettings } from '../shared/use-settings';

/** The side panel wired to the extension: the background's state, the user's settings, the actions. */
export function SidePanelApp({ tabId }: { tabId?: number }) {
  const { state, notice, act } = usePanelConnection(tabId);
  const { settings } = useSettings();
  const hostname = state?.site?.hostname;
  const siteEnabled = hostname ? !settings.disabledSites.includes(hostname) : true;
  const setSiteEnabled = (enabled: boolean) => {
    if (!hostname) return;
    const request: Request = { type: 'set-site-enabled', hostname, enabled };
    void browser.runtime.sendMessage(request).catch(() => undefined);
  };
  return <PanelView state={state} siteEnabled={siteEnabled} notice={notice} onAct={act} onSiteEnabled={setSiteEnabled} />;
}
