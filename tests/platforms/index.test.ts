import { describe, expect, it } from 'vitest';
import { getPlatform, PLATFORMS } from '../../platforms/index';
import { PLATFORM_IDS } from '../../platforms/types';

describe('platform registry', () => {
  it('has data for every platform id, filed under its own id', () => {
    expect(Object.keys(PLATFORMS).sort()).toEqual([...PLATFORM_IDS].sort());
    for (const id of PLATFORM_IDS) {
      expect(getPlatform(id).id).toBe(id);
      expect(getPlatform(id)).toBe(PLATFORMS[id]);
    }
  });

  it('gives each platform a name, a positive limit, a counting method and sane caps', () => {
    for (const id of PLATFORM_IDS) {
      const p = PLATFORMS[id];
      expect(p.name.length).toBeGreaterThan(0);
      expect(Number.isInteger(p.limit) && p.limit > 0).toBe(true);
      expect(['x-weighted', 'graphemes', 'code-points', 'utf16']).toContain(p.counting);
      expect(p.maxHashtags).toBeGreaterThanOrEqual(0);
      expect(p.maxEmoji).toBeGreaterThan(0);
      if (p.fold) {
        expect(p.fold.characters).toBeGreaterThan(0);
        expect(p.fold.characters).toBeLessThan(p.limit);
        expect(p.fold.lines).toBeGreaterThan(0);
      }
    }
  });

  it('records the limits and counting each platform uses', () => {
    const limits = Object.fromEntries(PLATFORM_IDS.map((id) => [id, [PLATFORMS[id].limit, PLATFORMS[id].counting]]));
    expect(limits).toEqual({
      x: [280, 'x-weighted'],
      linkedin: [3000, 'utf16'],
      facebook: [63206, 'utf16'],
      instagram: [2200, 'utf16'],
      threads: [500, 'code-points'],
      bluesky: [300, 'graphemes'],
      mastodon: [500, 'graphemes'],
      reddit: [40000, 'utf16'],
      youtube: [10000, 'utf16'],
    });
  });

  it('knows LinkedIn folds after about three lines and Mastodon counts links as 23', () => {
    expect(PLATFORMS.linkedin.fold).toEqual({ characters: 210, lines: 3 });
    expect(PLATFORMS.mastodon.linkLength).toBe(23);
    expect(PLATFORMS.mastodon.shortRemoteMentions).toBe(true);
    expect(PLATFORMS.threads.maxHashtags).toBe(1);
  });

  it('is plain data that survives a JSON round trip (the content script shares it)', () => {
    expect(JSON.parse(JSON.stringify(PLATFORMS))).toEqual(PLATFORMS);
  });
});
