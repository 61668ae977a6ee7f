import type { Readable, Writable } from 'node:stream';

/**
 * Everything the command touches outside its arguments. `bin.ts` passes the process's own streams; tests
 * pass in-memory ones, so the whole command runs in-process.
 */
export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Environment variables (NO_COLOR). Defaults to none. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Whether a stream is an interactive terminal (a test can set `isTTY` on a fake stream). */
export function isTTY(stream: Readable | Writable): boolean {
  return (stream as { isTTY?: boolean }).isTTY === true;
}

/** Colours only on a terminal, and never when the user set NO_COLOR (https://no-color.org). */
export function wantsColour(io: CliIO): boolean {
  return isTTY(io.stdout) && io.env?.NO_COLOR === undefined;
}

/**
 * Writes and waits when the stream's buffer is full, so a slow reader of our output (a pipe into `head` or
 * a file on a slow disk) holds the audit back instead of letting output pile up in memory.
 */
export async function write(stream: Writable, text: string): Promise<void> {
  if (stream.write(text)) return;
  if (stream.destroyed || stream.writableEnded) return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/** The whole of a stream as UTF-8 text (a draft is small; archives go through the streaming readers). */
export async function readText(stream: Readable): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of stream) {
    text += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
  }
  return text + decoder.decode();
}
