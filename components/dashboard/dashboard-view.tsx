import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { PLATFORMS } from '@/platforms/index';
import type { RatioPolicy } from '@/rules/history';
import type { StoredPost } from '@/utils/messages';
import { CadenceSection } from './cadence-section';
import { accountFromKey, accountKey, dashboardModel, type AccountChoice } from './dashboard-model';
import { RatioSection } from './ratio-section';
import { RecentPosts } from './recent-posts';
import { TrendsSection } from './trends-section';
import '../shared/theme.css';
import './dashboard.css';

export interface DashboardViewProps {
  /** `undefined` while the history loads. */
  posts: readonly StoredPost[] | undefined;
  policy: RatioPolicy;
  now: number;
  offsetMinutes: number;
  account?: AccountChoice;
  onAccount(choice: AccountChoice | undefined): void;
  /** Profile names by id, for the account list; a profile since removed shows its id. */
  profileNames?: Readonly<Record<string, string>>;
  /** The import panel and the settings, which hold their own state. */
  importer: ComponentChildren;
  settings: ComponentChildren;
}

/** The whole dashboard, from the stored history: every figure comes from rules/history, as `rapport audit`'s do. */
export function DashboardView({ posts, policy, now, offsetMinutes, account, onAccount, profileNames = {}, importer, settings }: DashboardViewProps) {
  const model = useMemo(() => (posts?.length ? dashboardModel(posts, { policy, now, offsetMinutes, account }) : undefined), [posts, policy, now, offsetMinutes, account]);
  return (
    <main class="dashboard">
      <header class="dash-head">
        <h1>Your posting, over time</h1>
        {model && model.accounts.length > 1 && (
          <label class="account">
            Account{' '}
            <select value={accountKey(account)} onChange={(e) => onAccount(accountFromKey((e.target as HTMLSelectElement).value, model.accounts))}>
              <option value="">All accounts</option>
              {model.accounts.map((a) => (
                <option key={accountKey(a)} value={accountKey(a)}>
                  {PLATFORMS[a.platform]?.name ?? a.platform}
                  {a.profile ? ` \u00b7 ${profileNames[a.profile] ?? a.profile}` : ''} ({a.posts})
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      {posts === undefined ? (
        <p class="muted">Loading your history{'\u2026'}</p>
      ) : model ? (
        <>
          <p class="weekly" data-testid="weekly">
            {model.weekly.sentence}
          </p>
          <div class="grid">
            <RatioSection model={model} />
            <CadenceSection model={model} />
            <TrendsSection model={model} />
            <RecentPosts posts={model.recent} offsetMinutes={offsetMinutes} />
          </div>
        </>
      ) : (
        <section class="card empty" data-testid="empty">
          <h2>No posts yet</h2>
          <p>
            Rapport fills this page from your own posts, kept only in this browser. There are two ways to get some: publish from a site Rapport
            coaches on (the post is recorded when you press the site's post button or its shortcut), or import your X archive or LinkedIn export
            below, so the figures are right from day one.
          </p>
        </section>
      )}
      {importer}
      {settings}
    </main>
  );
}
