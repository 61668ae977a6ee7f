import { useMemo, useState } from 'preact/hooks';
import { policyOfOptions } from '@/utils/history-options';
import { ArchiveImporter } from './archive-importer';
import type { AccountChoice } from './dashboard-model';
import { DashboardView } from './dashboard-view';
import { HistorySettings } from './history-settings';
import { useHistory } from './use-history';
import { useSettings } from '../shared/use-settings';
import { useTheme } from '../shared/use-theme';

/** The dashboard wired to the extension: the stored history, its options, the import and the settings. */
export function DashboardApp() {
  useTheme();
  // While an import runs here, the figures wait for its end: reading the history again mid-import froze the page.
  const [importing, setImporting] = useState(false);
  const { posts, options } = useHistory({ held: importing });
  const [account, setAccount] = useState<AccountChoice | undefined>(undefined);
  // The policy and "now" change when the policy's settings or the history change, not on every render nor
  // when the options are merely read again (the stored options usually arrive after the defaults): each new
  // value works the whole history out again (the view's model is memoised on them).
  const { policy } = useMemo(() => policyOfOptions(options), [options.policy, options.share, options.window]);
  const now = useMemo(() => Date.now(), [posts]);
  const { settings } = useSettings();
  const profileNames = useMemo(() => Object.fromEntries(settings.profiles.map((p) => [p.id, p.name])), [settings.profiles]);
  return (
    <DashboardView
      posts={posts}
      policy={policy}
      now={now}
      offsetMinutes={-new Date().getTimezoneOffset()}
      account={account}
      onAccount={setAccount}
      profileNames={profileNames}
      importer={<ArchiveImporter onRunning={setImporting} />}
      settings={<HistorySettings options={options} postCount={posts?.length} />}
    />
  );
}
