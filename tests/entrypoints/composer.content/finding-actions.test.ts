// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { EditorAdapter, FixOutcome } from '../../../platforms/editors/types';
import { DraftWatcher } from '../../../entrypoints/composer.content/draft-watcher';
import { FindingActions, type ActionTarget } from '../../../entrypoints/composer.content/finding-actions';
import { shoutingFinding } from '../../support/payloads';

const finding = shoutingFinding('HUGE');

function actions(outcome: FixOutcome = 'applied', send = vi.fn(async () => ({ ok: true }))) {
  const apply = vi.fn(async () => outcome);
  const adapter: EditorAdapter = { kind: 'textarea', read: () => ({ text: 'HUGE news', rangeFor: () => null }), apply };
  const draft = new DraftWatcher(document.createElement('textarea'), adapter, new AbortController().signal, () => undefined);
  const overlay = { findings: [finding], closeCard: vi.fn(), say: vi.fn(), reveal: vi.fn(() => true) };
  const target: ActionTarget = { platform: 'linkedin', draft, overlay, send, analysedText: () => 'HUGE news', edited: vi.fn() };
  return { act: new FindingActions(target), apply, overlay, target, send };
}

describe('actions on a finding', () => {
  it('applies the fix through the editor, where the analysed text still is, and checks the new text', async () => {
    const { act, apply, overlay, target } = actions('applied');
    expect(await act.act('apply', finding)).toBe('applied');
    expect(apply).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ start: 0, end: 4, text: 'Huge', expected: 'HUGE' }));
    expect(overlay.closeCard).toHaveBeenCalled();
    expect(target.edited).toHaveBeenCalled();
  });

  it('says so when the text changed under the fix, or the editor refused it', async () => {
    const stale = actions('stale');
    expect(await stale.act.act('apply', finding)).toBe('stale');
    expect(stale.overlay.say).toHaveBeenCalledWith(expect.stringContaining('nothing was replaced'));
    expect(stale.target.edited).toHaveBeenCalled();
    const failed = actions('failed');
    expect(await failed.act.act('apply', finding)).toBe('failed');
    expect(failed.overlay.say).toHaveBeenCalledWith(expect.stringContaining('Huge'));
    expect(failed.target.edited).not.toHaveBeenCalled();
  });

  it('ignores a finding and turns a rule off through the background, and leaves the new check to the settings change', async () => {
    const { act, send, target } = actions();
    expect(await act.act('ignore', finding)).toBe('done');
    expect(await act.act('disable-rule', finding)).toBe('done');
    expect(send.mock.calls).toEqual([
      [{ type: 'ignore-finding', key: 'shouting:HUGE', platform: 'linkedin' }],
      [{ type: 'disable-rule', ruleId: 'shouting', platform: 'linkedin' }],
    ]);
    expect(target.edited).not.toHaveBeenCalled();
  });

  it('calls an ignore that did not reach the background failed', async () => {
    const { act, overlay } = actions('applied', vi.fn(async () => Promise.reject(new Error('gone'))));
    expect(await act.act('ignore', finding)).toBe('failed');
    expect(overlay.closeCard).not.toHaveBeenCalled();
  });

  it('finds the side panel\u2019s finding by key and start, and calls a vanished one stale', async () => {
    const { act, overlay } = actions();
    expect(await act.perform('select', 'shouting:HUGE', 0)).toBe('done');
    expect(overlay.reveal).toHaveBeenCalledWith(finding);
    expect(await act.perform('select', 'hype:best ever', 0)).toBe('stale');
  });
});
