import { decode, lines } from './source';
import { jsonError, recordOf } from './text-field';
import type { ByteInput, RawRecord, ReaderOptions } from './types';

/** JSON Lines: one JSON value per line (a string, or an object with the text). Blank lines are skipped. */
export async function* readJsonl(source: ByteInput, options: ReaderOptions = {}): AsyncGenerator<RawRecord> {
  for await (const { text, line } of lines(decode(source))) {
    if (!text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { kind: 'malformed', line, reason: jsonError(error) };
      continue;
    }
    yield recordOf(value, line, options.textField);
  }
}
