import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../rules/index';
import { channelReport, countingNote } from '../../../rules/engine/channel';
import { toPayload } from '../../../entrypoints/background/engine-host';
import { PLATFORMS } from '../../../platforms/index';

const analyzer = createAnalyzer();
const report = (text: string, platform: string) =>
  channelReport(text, platform, toPayload(analyzer.analyze(text, { platform: platform as 'x' })).findings);

describe('channel meter numbers', () => {
  it('counts as X counts: a link is 23 whatever its length, an emoji 2', () => {
    const link = `Read this https://example.com/${'a'.repeat(80)}`;
    expect(report(link, 'x')).toMatchObject({ used: 'Read this '.length + 23, limit: 280, name: 'X' });
    expect(report('hi 🎉', 'x')?.used).toBe(5);
  });

  it('counts as Bluesky counts: a family emoji is one character', () => {
    expect(report('hi 👨‍👩‍👧', 'bluesky')).toMatchObject({ used: 4, limit: 300 });
  });

  it('counts UTF-16 where the platform does (LinkedIn: an emoji is 2)', () => {
    expect(report('hi 🎉', 'linkedin')?.used).toBe(5);
  });

  it('reports nothing for an unknown platform', () => {
    expect(channelReport('hello', 'myspace', [])).toBeUndefined();
  });

  it('has no fold where the feed shows whole posts', () => {
    expect(report('A short post.', 'x')?.fold).toBeUndefined();
  });

  it('shows a short LinkedIn post whole, with nothing hidden', () => {
    const fold = report('Short and sweet: the meetup is on Thursday at six.', 'linkedin')?.fold;
    expect(fold).toMatchObject({ folded: false, hook: 'good', preview: 'Short and sweet: the meetup is on Thursday at six.' });
  });

  it('previews what shows before "see more" and judges a ceremonial opening as a weak hook', () => {
    const text =
      'We are delighted to announce that after eighteen months of careful work across our engineering, design and customer ' +
      'success teams we have rebuilt the reporting dashboard from scratch so that it loads faster.\n\nHere is what changed and why.';
    const fold = report(text, 'linkedin')!.fold!;
    expect(fold.folded).toBe(true);
    expect(text.startsWith(fold.preview)).toBe(true);
    expect(fold.preview.length).toBeLessThanOrEqual(PLATFORMS.linkedin.fold!.characters);
    expect(fold.hook).toBe('weak');
    expect(fold.finding).toMatchObject({ key: expect.stringContaining('"see-more-fold"'), start: 0 });
    expect(fold.hookMessage).toContain('see more');
  });

  it('judges an opening that stands on its own as a good hook', () => {
    const text =
      'Our dashboard now loads in one second instead of eight.\n\nIt took eighteen months, and the hardest part was not the code. ' +
      'It was deciding which reports nobody used and deleting them. We asked customers, watched the logs and cut forty of them.\n\n' +
      'What is the report you would never let us delete?';
    const fold = report(text, 'linkedin')!.fold!;
    expect(fold).toMatchObject({ folded: true, hook: 'good' });
    expect(fold.preview.startsWith('Our dashboard now loads in one second instead of eight.')).toBe(true);
  });

  it('says how each platform counts in one plain line', () => {
    for (const platform of Object.values(PLATFORMS)) expect(countingNote(platform)).toMatch(new RegExp(`^${platform.name} counts`));
    expect(countingNote(PLATFORMS.mastodon)).toContain('every link counts as 23');
  });
});
