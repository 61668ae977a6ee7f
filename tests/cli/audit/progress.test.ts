import { describe, expect, it } from 'vitest';
import { createProgress } from '../../../cli/audit/progress';
import { Capture } from '../helpers';

describe('createProgress', () => {
  it('redraws a count at most every interval and clears it before messages and at the end', async () => {
    const err = new Capture(true);
    let now = 1000;
    const progress = createProgress(err, true, 200, () => now);
    progress.tick(1);
    progress.tick(2); // too soon: not drawn
    now += 250;
    progress.tick(12345);
    await progress.log('file.csv:3: skipped');
    progress.done();
    expect(err.text).toContain('Read 1 post\u2026');
    expect(err.text).not.toContain('Read 2 posts');
    expect(err.text).toContain('Read 12,345 posts\u2026');
    expect(err.text).toMatch(/\r\u001b\[2Kfile\.csv:3: skipped\n$/);
  });

  it('writes only messages when disabled (stderr is not a terminal)', async () => {
    const err = new Capture(false);
    const progress = createProgress(err, false);
    progress.tick(1);
    await progress.log('note');
    progress.done();
    expect(err.text).toBe('note\n');
  });
});
