import { decode } from './source';
import { jsonError, recordOf } from './text-field';
import type { ByteInput, RawRecord, ReaderOptions } from './types';

/** An element longer than this is not kept (a quote left open swallows the rest of a file). */
const MAX_ELEMENT = 8 * 1024 * 1024;

/** The characters that matter inside a string (its end, an escape, a line break for the count) and outside. */
const IN_STRING = /["\\\n]/g;
const IN_VALUE = /["{}[\],\n]/g;

export type ArrayItem = { raw: string; line: number } | { error: string; line: number };

const enum State {
  /** Before the array's opening bracket. */
  Before,
  /** Inside the array, between elements. */
  Between,
  /** Inside an element. */
  Element,
  /** After the closing bracket. */
  After,
}

/**
 * A small streaming tokenizer for a JSON array: yields the raw text of each top-level element with the line
 * it starts on, holding one element at a time, never the whole array. It tracks strings, escapes and
 * bracket depth only; each element is then given to JSON.parse on its own, so one broken element is
 * reported and the next one is read. With `afterEquals`, everything up to the first `=` is skipped
 * (`window.YTD.tweets.part0 = [ ... ]`).
 */
export async function* jsonArrayItems(chunks: AsyncIterable<string>, options: { afterEquals?: boolean } = {}): AsyncGenerator<ArrayItem> {
  let state = State.Before as State;
  let seenEquals = !options.afterEquals;
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts: string[] = [];
  let size = 0;
  let oversized = false;
  let elementLine = 1;

  const finish = (): ArrayItem => {
    const raw = parts.join('').trimEnd();
    parts = [];
    size = 0;
    if (oversized) {
      oversized = false;
      return { error: `an entry longer than ${MAX_ELEMENT / 1024 / 1024} MB (is a quote left open?)`, line: elementLine };
    }
    return { raw, line: elementLine };
  };

  for await (const chunk of chunks) {
    let elementStart = state === State.Element ? 0 : -1;
    const keep = (end: number): void => {
      if (elementStart === -1 || oversized) return;
      size += end - elementStart;
      if (size > MAX_ELEMENT) {
        oversized = true;
        parts = [];
      } else parts.push(chunk.slice(elementStart, end));
    };
    for (let i = 0; i < chunk.length; i++) {
      if (state === State.Element && !escaped) {
        // Most of an element is text that changes nothing: jump to the next character that can.
        const stop = inString ? IN_STRING : IN_VALUE;
        stop.lastIndex = i;
        if (!stop.test(chunk)) break;
        i = stop.lastIndex - 1;
      }
      const c = chunk.charCodeAt(i);
      if (c === 10) line += 1;
      switch (state) {
        case State.Before:
          if (!seenEquals) {
            if (c === 61 /* = */) seenEquals = true;
          } else if (c === 91 /* [ */) state = State.Between;
          else if (!isSpace(c)) {
            yield { error: `expected a list starting with "[" but found "${chunk[i]}"`, line };
            return;
          }
          break;
        case State.Between:
          if (c === 93 /* ] */) state = State.After;
          else if (c !== 44 /* , */ && !isSpace(c)) {
            state = State.Element;
            elementStart = i;
            elementLine = line;
            depth = 0;
            i -= 1; // read this character again as part of the element
          }
          break;
        case State.Element:
          if (inString) {
            if (escaped) escaped = false;
            else if (c === 92 /* \ */) escaped = true;
            else if (c === 34 /* " */) inString = false;
          } else if (c === 34) inString = true;
          else if (c === 123 /* { */ || c === 91 /* [ */) depth += 1;
          else if (c === 125 /* } */ || c === 93 /* ] */) {
            if (depth > 0) depth -= 1;
            else if (c === 93) {
              // The end of the array closes the last element.
              keep(i);
              elementStart = -1;
              yield finish();
              state = State.After;
            }
            // A stray `}` stays in the element, where JSON.parse reports it.
          } else if (c === 44 /* , */ && depth === 0) {
            keep(i);
            elementStart = -1;
            yield finish();
            state = State.Between;
          }
          break;
        case State.After:
          break;
      }
    }
    if (state === State.Element) keep(chunk.length);
  }
  if (state === State.Element) {
    const item = finish();
    yield { error: 'the file ends inside this entry', line: item.line };
  } else if (state === State.Between || (state === State.Before && seenEquals)) {
    yield { error: 'the file ends before the list is closed with "]"', line };
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff;
}

/** Records from a stream of array items: each element parsed on its own, then made a record by `toRecord`. */
export async function* recordsFromItems(
  items: AsyncIterable<ArrayItem>,
  toRecord: (value: unknown, line: number) => RawRecord,
): AsyncGenerator<RawRecord> {
  for await (const item of items) {
    if ('error' in item) {
      yield { kind: 'malformed', line: item.line, reason: item.error };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(item.raw);
    } catch (error) {
      yield { kind: 'malformed', line: item.line, reason: jsonError(error) };
      continue;
    }
    yield toRecord(value, item.line);
  }
}

/** A JSON array of posts: strings, or objects with the text in a field. Read element by element. */
export function readJsonArray(source: ByteInput, options: ReaderOptions = {}): AsyncGenerator<RawRecord> {
  return recordsFromItems(jsonArrayItems(decode(source)), (value, line) => recordOf(value, line, options.textField));
}
