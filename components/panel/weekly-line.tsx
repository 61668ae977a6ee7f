import { useMemo } from 'preact/hooks';
import { weeklySummary, type RatioPolicy } from '@/rules/history';
import { policyOfOptions } from '@/utils/history-options';
import type { StoredPost } from '@/utils/messages';
import { useHistory } from '../dashboard/use-history';
import { openDashboard } from '../shared/open-dashboard';

export interface WeeklyLineProps {
  /** `undefined` while the history loads: nothing is shown until it has. */
  posts: readonly StoredPost[] | undefined;
  policy: RatioPolicy;
  now: number;
  onOpenDashboard(): void;
}

/** The week in one line (the dashboard's weekly sentence: this week's self-promotion share against the policy), and the way to the dashboard. */
export function WeeklyLine({ posts, policy, now, onOpenDashboard }: WeeklyLineProps) {
  const summary = useMemo(() => (posts ? weeklySummary(posts, { now, policy }) : undefined), [posts, now, policy]);
  if (!summary) return null;
  return (
    <p class="weekly-line" data-testid="panel-weekly">
      <span class={summary.within === false ? 'over' : undefined}>{summary.sentence}</span>{' '}
      <button type="button" class="btn link" onClick={onOpenDashboard}>
        Open the dashboard
      </button>
    </p>
  );
}

/** The weekly line wired to the stored history and the chosen policy. */
export function PanelWeeklyLine() {
  const { posts, options } = useHistory();
  const { policy } = policyOfOptions(options);
  return <WeeklyLine posts={posts} policy={policy} now={Date.now()} onOpenDashboard={openDashboard} />;
}
