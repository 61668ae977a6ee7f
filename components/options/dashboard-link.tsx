import { openDashboard } from '../shared/open-dashboard';
import { OptionsSection } from './options-page';

/** The way from the options page to the progress dashboard, where the history's own settings live. */
export function DashboardLink() {
  return (
    <OptionsSection
      id="history"
      title="Your posting history"
      intro="How your posts add up over time and the history's settings (what is kept, for how long, the self-promotion policy, export and delete) are on the dashboard."
    >
      <button type="button" class="btn" onClick={openDashboard}>
        Open the dashboard
      </button>
    </OptionsSection>
  );
}
