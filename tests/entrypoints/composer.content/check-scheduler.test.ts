// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EditorAdapter } from '../../../platforms/editors/types';
import { CheckScheduler, PAUSE_MS, type CheckTarget } from '../../../entrypoints/composer.content/check-scheduler';
import { DraftWatcher } from '../../../entrypoints/composer.content/draft-watcher';
import type { AnalysisPayload, Request } from '../../../utils/messages';
import { analysisPayload } from '../../support/payloads';

const analysis: AnalysisPayload = analysisPayload();
const adapter: EditorAdapter = { kind: 'textarea', read: () => ({ text: 'draft', rangeFor: () => null }), apply: async () => 'applied' };

afterEach(() => vi.useRealTimers());

function scheduler(send: (request: Request) => Promise<unknown>, invalid = false) {
  const draft = new DraftWatcher(document.createElement('textarea'), adapter, new AbortController().signal, () => undefined);
  const onResult = vi.fn();
  const target: CheckTarget = { composerId: 'c1', platform: 'x', draft, send, isInvalid: () => invalid, onResult };
  return { checks: new CheckScheduler(target), draft, onResult };
}

const answer = (request: Request) =>
  Promise.resolve(request.type === 'analyze' ? { composerId: request.composerId, revision: request.revision, analysis } : undefined);

describe('the check scheduler', () => {
  it('sends the draft with its composer, revision and platform, and shows a current answer', async () => {
    const send = vi.fn(answer);
    const { checks, onResult } = scheduler(send);
    await checks.now();
    expect(send).toHaveBeenCalledWith({ type: 'analyze', composerId: 'c1', revision: 0, platform: 'x', text: 'draft' });
    expect(onResult).toHaveBeenCalledWith(analysis, expect.objectContaining({ text: 'draft' }));
  });

  it('drops an answer for a revision the draft has moved past', async () => {
    const { checks, draft, onResult } = scheduler(async (request) => {
      draft.invalidate(); // the user typed while the background worked
      return answer(request);
    });
    await checks.now();
    expect(onResult).not.toHaveBeenCalled();
  });

  it('drops errors, answers for another composer, and answers after the extension was reloaded', async () => {
    for (const { send, invalid } of [
      { send: async () => ({ error: 'Rapport could not read that message.' }), invalid: false },
      { send: async () => ({ composerId: 'c2', revision: 0, analysis }), invalid: false },
      { send: async () => Promise.reject(new Error('Extension context invalidated.')), invalid: false },
      { send: answer, invalid: true },
    ]) {
      const { checks, onResult } = scheduler(send, invalid);
      await checks.now();
      expect(onResult).not.toHaveBeenCalled();
    }
  });

  it('checks once typing pauses for PAUSE_MS, however many keys came before', async () => {
    vi.useFakeTimers();
    const send = vi.fn(answer);
    const { checks } = scheduler(send);
    for (let i = 0; i < 5; i++) {
      checks.afterPause();
      await vi.advanceTimersByTimeAsync(PAUSE_MS - 10);
    }
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(10);
    expect(send).toHaveBeenCalledTimes(1);
    checks.afterPause();
    checks.cancel();
    await vi.advanceTimersByTimeAsync(PAUSE_MS * 2);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sets one timer for a burst of keys, plus one to wait out the rest of the pause, not one per key', async () => {
    vi.useFakeTimers();
    const send = vi.fn(answer);
    const { checks } = scheduler(send);
    const timers = vi.spyOn(window, 'setTimeout');
    for (let i = 0; i < 20; i++) {
      checks.afterPause();
      await vi.advanceTimersByTimeAsync(20);
    }
    expect(timers.mock.calls.length).toBeLessThanOrEqual(5);
    await vi.advanceTimersByTimeAsync(PAUSE_MS - 21);
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
