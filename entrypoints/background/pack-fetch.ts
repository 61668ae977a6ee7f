import { packUrl } from '@/utils/house-packs';

/** A pack bigger than this is refused before it is read whole (the largest pack the limits allow is smaller). */
export const MAX_PACK_BYTES = 2_000_000;
/** A pack server that does not answer in this time counts as failed; the last good copy stays. */
export const PACK_FETCH_TIMEOUT_MS = 15_000;

export type Fetched = { ok: true; text: string } | { ok: false; reason: string };


/**
 * The text at a pack's address: the only network request Rapport makes, and only to an address the user
 * typed or their administrator set. No cookies go with it, nothing is cached, and every failure is a
 * reason in words, never a throw.
 */
export async function fetchPackText(address: string, fetcher: typeof fetch = fetch): Promise<Fetched> {
  const url = packUrl(address);
  if (!url) return { ok: false, reason: 'Pack addresses must start with https://.' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PACK_FETCH_TIMEOUT_MS);
  try {
    const response = await fetcher(url.href, { credentials: 'omit', cache: 'no-store', signal: controller.signal });
    if (!response.ok) return { ok: false, reason: `${url.host} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.` };
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_PACK_BYTES) return { ok: false, reason: `The pack at ${url.host} is larger than ${MAX_PACK_BYTES / 1_000_000} MB.` };
    const text = await response.text();
    if (text.length > MAX_PACK_BYTES) return { ok: false, reason: `The pack at ${url.host} is larger than ${MAX_PACK_BYTES / 1_000_000} MB.` };
    return { ok: true, text };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, reason: `${url.host} did not answer within ${PACK_FETCH_TIMEOUT_MS / 1000} seconds.` };
    return { ok: false, reason: `${url.host} could not be reached (${error instanceof Error ? error.message : 'network error'}).` };
  } finally {
    clearTimeout(timer);
  }
}
