import { useState } from 'preact/hooks';
import { policyOfOptions } from '@/utils/history-options';
import { ArchiveImporter } from './archive-importer';
import type { AccountChoice } from './dashboard-model';
import { DashboardView } from './dashboard-view';
import { HistorySettings } from './history-settings';
import { useHistory } from './use-history';
import { useTheme } from '../shared/use-theme';

/** The dashboard wired to the extension: the stored history, its options, the import and the settings. */
export function DashboardApp() {
  useTheme();
  const { posts, options } = useHistory();
  const [account, setAccount] = useState<AccountChoice | undefined>(undefined);
  const { policy } = policyOfOptions(options);
  return (
    <DashboardView
      posts={posts}
      policy={policy}
      now={Date.now()}
      offsetMinutes={-new Date().getTimezoneOffset()}
      account={account}
      onAccount={setAccount}
      importer={<ArchiveImporter />}
      settings={<HistorySettings options={options} postCount={posts?.length} />}
    />
  );
}
