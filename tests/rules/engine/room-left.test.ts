import { describe, expect, it } from 'vitest';
import { analyze } from '../../../rules/index';
import { roomLeftNote } from '../../../rules/engine/room-left';

describe('roomLeftNote', () => {
  it('says nothing without a platform, or far from the limit', () => {
    expect(roomLeftNote('x'.repeat(270), undefined)).toBeUndefined();
    expect(roomLeftNote('x'.repeat(251), 'x')).toBeUndefined();
  });

  it('says how much room is left in the last tenth of the limit, and nothing once over it', () => {
    expect(roomLeftNote('x'.repeat(252), 'x')).toBe('28 characters left of X\u2019s 280, counted as X counts them.');
    expect(roomLeftNote('x'.repeat(279), 'x')).toMatch(/^1 character left/);
    expect(roomLeftNote('x'.repeat(280), 'x')).toMatch(/uses all 280 characters/);
    expect(roomLeftNote('x'.repeat(281), 'x')).toBeUndefined();
  });

  it('counts as the platform counts: a link is 23 on X however long it is', () => {
    const link = `https://example.com/${'a'.repeat(200)}`;
    const text = `${'w'.repeat(230)} ${link}`; // 230 + 1 + 23 = 254 as X counts, 431 raw
    expect(roomLeftNote(text, 'x')).toMatch(/^26 characters left/);
  });

  it('reaches the analysis notes, which the CLI, the panel and the in-page list all show', () => {
    const text = `${'We rebuilt our order board with magnets and a whiteboard. '.repeat(4)}Orders now reach the pass faster.`;
    expect(analyze(text, { platform: 'x' }).notes.join(' ')).toMatch(/characters left of X/);
    expect(analyze(text, { platform: 'linkedin' }).notes.join(' ')).not.toMatch(/characters left/);
  });
});
