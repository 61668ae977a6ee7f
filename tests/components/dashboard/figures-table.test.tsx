// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { FiguresTable } from '../../../components/dashboard/figures-table';
import { mount } from '../render';

describe('FiguresTable', () => {
  it('makes its rows when first opened, and keeps them', async () => {
    const root = mount(<FiguresTable caption="Posts per week" head={['Week of', 'Posts']} rows={[['2026-03-02', 4], ['2026-03-09', 2]]} />);
    const details = root.querySelector('details')!;
    expect(root.querySelectorAll('tbody tr')).toHaveLength(0);
    expect(root.querySelector('summary')?.textContent).toBe('Posts per week as a table');
    await act(() => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    expect([...root.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual(['2026-03-024', '2026-03-092']);
    await act(() => {
      details.open = false;
      details.dispatchEvent(new Event('toggle'));
    });
    expect(root.querySelectorAll('tbody tr')).toHaveLength(2);
  });
});
