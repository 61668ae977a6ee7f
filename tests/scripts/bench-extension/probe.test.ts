// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_PROBE } from '../../../scripts/bench-extension/probe';

const settleOptions = { timeoutMs: 400, idleMs: 20, tailMs: 0 };

beforeAll(() => {
  window.__replica = {
    platform: 'x',
    editor: 'textarea',
    editorSelector: 'textarea',
    lineSeparator: '\n',
    getModelText: () => 'hello',
  };
  // Installed as the harness does: plain script text evaluated in the page's global scope.
  (0, eval)(PAGE_PROBE);
  (0, eval)(PAGE_PROBE); // a second install (a re-run init script) changes nothing
});

function badge(): HTMLElement {
  let el = document.querySelector<HTMLElement>('rapport-badge');
  if (!el) {
    el = document.createElement('rapport-badge');
    el.dataset.state = 'idle';
    document.documentElement.append(el);
  }
  return el;
}

const tick = () => new Promise((done) => setTimeout(done, 5));

describe('the page probe', () => {
  it('notes keystrokes and waits for the badge to be ready for the text now in the editor', async () => {
    const el = badge();
    await tick();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'o' }));
    const probe = window.__rbx!;
    expect(probe.keys).toBe(1);
    const settled = probe.settle({ expectReady: true, ...settleOptions });
    el.dataset.textLength = '4'; // a check of older text: not the one waited for
    el.dataset.state = 'ready';
    await tick();
    el.dataset.state = 'checking';
    el.dataset.textLength = '5';
    el.dataset.state = 'ready';
    const result = await settled;
    expect(result.len).toBe(5);
    expect(result.readyAt).not.toBeNull();
    expect(result.readyAt!).toBeGreaterThanOrEqual(result.lastKey);
    expect(probe.ready.map((r) => r.len)).toEqual([4, 5]);
  });

  it('gives up after the timeout when the badge never shows this text', async () => {
    badge().dataset.textLength = '3';
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'x' }));
    const result = await window.__rbx!.settle({ expectReady: true, ...settleOptions, timeoutMs: 50 });
    expect(result.readyAt).toBeNull();
  });

  it('without the extension, only idles for the same pause', async () => {
    const started = performance.now();
    const result = await window.__rbx!.settle({ expectReady: false, ...settleOptions });
    expect(result.readyAt).toBeNull();
    expect(performance.now() - started).toBeGreaterThanOrEqual(15);
  });
});
