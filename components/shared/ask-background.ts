import { browser } from 'wxt/browser';
import type { Answers, Refusal, Request } from '@/utils/messages';

/**
 * A page's request to the background, with the answer the contract gives that request. Pages only render
 * and ask: when the background cannot be reached (it is restarting, the extension was reloaded) or
 * refuses the request, the answer is `undefined` and the page keeps what it shows.
 */
export async function askBackground<R extends Request>(request: R): Promise<Answers[R['type']] | undefined> {
  try {
    const answer = (await browser.runtime.sendMessage(request)) as Answers[R['type']] | Refusal | undefined;
    return answer && typeof answer === 'object' && 'error' in answer ? undefined : answer;
  } catch {
    return undefined;
  }
}
