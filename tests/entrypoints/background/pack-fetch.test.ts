import { describe, expect, it } from 'vitest';
import { fetchPackText, MAX_PACK_BYTES } from '../../../entrypoints/background/pack-fetch';

const answer = (body: string, init: ResponseInit = {}) => async () => new Response(body, init);

describe('fetchPackText', () => {
  it('gives the text, or a reason in words for every failure', async () => {
    expect(await fetchPackText('https://brand.example/p.json', answer('{"a":1}'))).toEqual({ ok: true, text: '{"a":1}' });
    expect(await fetchPackText('http://brand.example/p.json', answer(''))).toEqual({ ok: false, reason: 'Pack addresses must start with https://.' });
    expect(await fetchPackText('https://brand.example/p.json', answer('', { status: 404, statusText: 'Not Found' }))).toEqual({
      ok: false,
      reason: 'brand.example answered 404 Not Found.',
    });
    const offline = async () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await fetchPackText('https://brand.example/p.json', offline)).toEqual({ ok: false, reason: 'brand.example could not be reached (Failed to fetch).' });
    const huge = await fetchPackText('https://brand.example/p.json', answer('x'.repeat(MAX_PACK_BYTES + 1)));
    expect(huge).toMatchObject({ ok: false, reason: expect.stringContaining('larger than') });
  });
});
