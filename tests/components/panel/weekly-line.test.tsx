// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { WeeklyLine } from '../../../components/panel/weekly-line';
import { DEFAULT_POLICY } from '../../../rules/history';
import type { StoredPost } from '../../../utils/messages';
import { byText, click, mount } from '../render';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const post = (daysAgo: number, kind: StoredPost['kind']): StoredPost => ({
  at: new Date(NOW - daysAgo * 86_400_000).toISOString(),
  platform: 'x',
  reply: false,
  kind,
  id: `p${daysAgo}`,
  hash: `h${daysAgo}`,
});
const line = (posts: StoredPost[] | undefined, onOpenDashboard = () => undefined) =>
  mount(<WeeklyLine posts={posts} policy={DEFAULT_POLICY} now={NOW} onOpenDashboard={onOpenDashboard} />);

describe('panel weekly line', () => {
  it("gives this week's self-promotion share against the policy, marked when over", () => {
    const root = line([post(10, 'value'), post(3, 'promotion'), post(2, 'value'), post(1, 'value'), post(0.5, 'conversation')]);
    const text = root.querySelector('[data-testid="panel-weekly"]')?.textContent;
    expect(text).toMatch(/4 posts in the last 7 days \(1 the week before\); 1 promotes \(25%, over 80\/20\)/);
    expect(root.querySelector('.over')).not.toBeNull();
    const within = line([post(3, 'promotion'), post(2, 'value'), post(1, 'value'), post(1.5, 'value'), post(0.5, 'value')]);
    expect(within.textContent).toMatch(/1 promotes \(20%, within 80\/20\)/);
    expect(within.querySelector('.over')).toBeNull();
  });

  it('says when there were no posts, and shows nothing while the history loads', () => {
    expect(line([]).textContent).toMatch(/No posts in the last 7 days/);
    expect(line(undefined).textContent).toBe('');
  });

  it('opens the dashboard from its link', () => {
    const open = vi.fn();
    click(byText(line([], open), 'button', 'Open the dashboard'));
    expect(open).toHaveBeenCalledTimes(1);
  });
});
