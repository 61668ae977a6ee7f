import type { Writable } from 'node:stream';
import { write } from '../io';

export interface Progress {
  /** Counts one more record; redraws at most every `interval` ms. */
  tick(posts: number): void;
  /** Writes a message on its own line, above the progress line (waiting if stderr is backed up). */
  log(message: string): Promise<void>;
  /** Clears the progress line. */
  done(): void;
}

/**
 * A one-line "Read 12,345 posts…" counter on standard error, redrawn in place. Only on a terminal: when
 * stderr is a file or a pipe, progress would be noise in a log, so nothing but messages is written.
 */
export function createProgress(stream: Writable, enabled: boolean, interval = 200, now = Date.now): Progress {
  let last = 0;
  let shown = false;
  const clear = (): void => {
    if (shown) stream.write('\r\u001b[2K');
    shown = false;
  };
  return {
    tick(posts) {
      if (!enabled) return;
      const t = now();
      if (t - last < interval) return;
      last = t;
      stream.write(`\r\u001b[2KRead ${posts.toLocaleString('en-US')} ${posts === 1 ? 'post' : 'posts'}\u2026`);
      shown = true;
    },
    async log(message) {
      clear();
      await write(stream, message.endsWith('\n') ? message : message + '\n');
    },
    done() {
      clear();
    },
  };
}
