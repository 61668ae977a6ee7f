// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DashboardView } from '../../../components/dashboard/dashboard-view';
import { DEFAULT_POLICY } from '../../../rules/history';
import type { StoredPost } from '../../../utils/messages';
import { mount } from '../render';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const post = (daysAgo: number, kind: StoredPost['kind'], text?: string): StoredPost => ({
  at: new Date(NOW - daysAgo * 86_400_000).toISOString(),
  platform: 'x',
  reply: false,
  kind,
  id: `p${daysAgo}`,
  hash: 'h',
  ...(text ? { text } : {}),
});
const view = (posts: StoredPost[] | undefined) =>
  mount(<DashboardView posts={posts} policy={DEFAULT_POLICY} now={NOW} offsetMinutes={0} onAccount={() => undefined} importer={null} settings={null} />);

describe('dashboard view', () => {
  it('says how to get a history when there is none', () => {
    const root = view([]);
    expect(root.querySelector('[data-testid="empty"]')?.textContent).toMatch(/publish.*import/s);
    expect(root.querySelector('[data-testid="ratio"]')).toBeNull();
  });

  it('shows the ratio against the policy, the weekly line, and the posts (text only where kept)', () => {
    const root = view([post(4, 'promotion'), post(3, 'promotion', '<b>kept</b> text'), post(2, 'promotion'), post(1, 'value')]);
    expect(root.querySelector('[data-testid="ratio"]')?.textContent).toMatch(/3 of your last 4 posts promote \(75%\): over 80\/20/);
    expect(root.querySelector('[data-testid="weekly"]')?.textContent).toMatch(/4 posts in the last 7 days/);
    const items = root.querySelectorAll('.recent li');
    expect(items).toHaveLength(4);
    expect(root.querySelectorAll('.post-text')).toHaveLength(1);
    expect(root.querySelector('.post-text')?.textContent).toBe('<b>kept</b> text');
    expect(root.querySelector('.post-text b')).toBeNull();
    expect(root.textContent).toMatch(/Posts per week/);
  });

  it('names each account by its platform and profile name, a removed profile by its id', () => {
    const posts = [{ ...post(3, 'value'), profile: 'acme' }, { ...post(2, 'value'), profile: 'gone' }, { ...post(1, 'value'), platform: 'linkedin' as const }];
    const root = mount(
      <DashboardView
        posts={posts}
        policy={DEFAULT_POLICY}
        now={NOW}
        offsetMinutes={0}
        onAccount={() => undefined}
        profileNames={{ acme: 'Acme <b>Bank</b>' }}
        importer={null}
        settings={null}
      />,
    );
    const options = [...root.querySelectorAll('.account option')].map((o) => o.textContent);
    expect(options).toEqual(expect.arrayContaining(['X \u00b7 Acme <b>Bank</b> (1)', 'X \u00b7 gone (1)', 'LinkedIn (1)']));
    expect(root.querySelector('.account b')).toBeNull();
  });

  it('says it is loading before the history arrives', () => {
    expect(view(undefined).textContent).toMatch(/Loading your history/);
  });
});
