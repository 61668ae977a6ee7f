// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { PlatformSelect } from '../../../components/shared/platform-select';
import { mount } from '../render';

describe('PlatformSelect', () => {
  it('lists the nine platforms by name and reports the one chosen', () => {
    const onChange = vi.fn();
    const select = mount(<PlatformSelect value="x" onChange={onChange} />).querySelector('select')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['X', 'LinkedIn', 'Facebook', 'Instagram', 'Threads', 'Bluesky', 'Mastodon', 'Reddit', 'YouTube']);
    act(() => {
      select.value = 'mastodon';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith('mastodon');
  });
});
