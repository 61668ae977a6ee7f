import { describe, expect, it } from 'vitest';
import { generateArchive, parseWhole, readGenerated } from '../../../scripts/bench/archive';
import { createPostGenerator } from '../../../scripts/bench/texts';

describe('generateArchive', () => {
  it('writes an X archive part that the readers and JSON.parse both read whole', async () => {
    const generator = createPostGenerator(3);
    const bytes = generateArchive(25, () => generator.post(200, 'tweet'), generator.rng);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith('window.YTD.tweets.part0 = [\n  {')).toBe(true);
    expect(text).toMatch(/"created_at": "\w{3} \w{3} \d\d \d\d:\d\d:\d\d \+0000 20\d\d"/);
    expect(parseWhole(bytes)).toBe(25);
    expect(await readGenerated(bytes)).toBe(25);
  });
});
