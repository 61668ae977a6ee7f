// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DashboardLink } from '../../../components/options/dashboard-link';
import { byText, click, mount } from '../render';

describe('options: the link to the dashboard', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens dashboard.html of the extension in a new tab', () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const root = mount(<DashboardLink />);
    expect(root.querySelector('h2')?.textContent).toBe('Your posting history');
    click(byText(root, 'button', 'Open the dashboard'));
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/dashboard.html') });
    expect(create.mock.calls[0]![0].url).toMatch(/dashboard\.html$/);
  });
});
