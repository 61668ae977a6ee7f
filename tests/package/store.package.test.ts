/** The store listing in store/ against the packages it describes: permissions, text limits, pictures. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHOTS, STORE_SIZE } from '../../scripts/store-screenshots';
import { pngSize } from '../support/png';
import { builtManifest, REPO_ROOT } from './output';

const store = (file: string) => readFileSync(join(REPO_ROOT, 'store', file), 'utf8');

/** The text between `<!-- name -->` and `<!-- /name -->`, on one line. */
function section(text: string, name: string): string {
  const match = new RegExp(`<!-- ${name} -->\\n([\\s\\S]*?)\\n<!-- /${name} -->`).exec(text);
  if (!match) throw new Error(`no ${name} section`);
  return match[1]!.replace(/\s+/g, ' ').trim();
}

describe('store listing', () => {
  const manifests = [builtManifest('chrome'), builtManifest('firefox')];

  it('justifies exactly the permissions the built manifests ask for', () => {
    const justified = [...store('permissions.md').matchAll(/^## (?:`([^`]+)`|Site access: )/gm)].map((m) => m[1]).filter(Boolean);
    const optional = [...store('permissions.md').matchAll(/^## Optional site access: `([^`]+)`/gm)].map((m) => m[1]);
    const asked = new Set(manifests.flatMap((m) => m.permissions));
    expect(new Set(justified)).toEqual(asked);
    expect(new Set(optional)).toEqual(new Set(manifests.flatMap((m) => m.optional_host_permissions)));
  });

  it('names every site the composer script runs on, and no other', () => {
    const text = store('permissions.md').split('## Site access')[1]!.split('\n## ')[0]!;
    const listed = new Set([...text.matchAll(/`([a-z0-9.-]+\.[a-z]+)`/g)].map((m) => m[1]));
    const hosts = new Set(manifests.flatMap((m) => m.content_scripts.flatMap((s) => s.matches)).map((p) => new URL(p.replace('/*', '/')).host));
    expect(listed).toEqual(hosts);
  });

  it('keeps the descriptions within the stores\' limits', () => {
    const listing = store('listing.md');
    expect(section(listing, 'short-description').length).toBeLessThanOrEqual(132);
    expect(section(listing, 'long-description').length).toBeLessThanOrEqual(16_000);
    expect(section(listing, 'single-purpose').length).toBeGreaterThan(40);
  });

  it('lists each screenshot the script takes, and each is in store/screenshots at 1280x800', () => {
    const listing = store('listing.md');
    for (const shot of SHOTS) {
      expect(listing).toContain(`screenshots/${shot.file}`);
      expect(listing.replace(/\s+/g, ' ')).toContain(shot.caption);
      const file = join(REPO_ROOT, 'store/screenshots', shot.file);
      expect(existsSync(file), shot.file).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual(STORE_SIZE);
    }
  });
});
