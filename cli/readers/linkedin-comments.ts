import { decode, lines } from './source';
import { InputError, type ByteInput, type RawRecord } from './types';

/**
 * A comment starts on a line that begins with its date and link; every line up to the next such line
 * belongs to its message, whatever the quoting says.
 */
const RECORD_START = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}),(https?:\/\/(?:www\.)?linkedin\.com\/[^,]*),(.*)$/;
const HEADER = /^\uFEFF?"?Date"?,"?Link"?,"?Message"?\s*$/i;
/** A message longer than this is cut (it would be far past LinkedIn's limit for a comment). */
const MAX_MESSAGE = 64 * 1024;

/**
 * A LinkedIn export's `Comments.csv` (Date, Link, Message): the comments the user wrote under other
 * people's posts, so each is a reply. Its quoting is not CSV: quotes are escaped with a backslash in some
 * exports, and multi-line messages are sometimes not quoted at all, so records are found by the line each
 * one starts on (a date and a linkedin.com link), not by a CSV parser. Quotes around a message are dropped,
 * and `""` and `\"` inside it are quotes.
 */
export async function* readLinkedInComments(input: ByteInput): AsyncGenerator<RawRecord> {
  let current: { line: number; at: string; link: string; parts: string[]; size: number } | undefined;
  const finish = (): RawRecord | undefined => {
    if (!current) return undefined;
    const text = unquote(current.parts.join('\n').replace(/\n+$/, ''));
    const facts = { at: isoOf(current.at), reply: true, ...idOf(current.link) };
    const record: RawRecord = text.trim() ? { kind: 'post', line: current.line, text, ...facts } : { kind: 'empty', line: current.line, ...facts };
    current = undefined;
    return record;
  };
  for await (const { text, line } of lines(decode(input))) {
    if (line === 1) {
      if (!HEADER.test(text)) throw new InputError(`This Comments.csv does not start with the header "Date,Link,Message" (line 1 is "${text.slice(0, 60)}").`);
      continue;
    }
    const start = RECORD_START.exec(text);
    if (start) {
      const done = finish();
      if (done) yield done;
      current = { line, at: start[1] as string, link: start[2] as string, parts: [start[3] as string], size: (start[3] as string).length };
    } else if (current) {
      if (current.size + text.length <= MAX_MESSAGE) current.parts.push(text);
      current.size += text.length;
    } else if (text.trim()) {
      yield { kind: 'malformed', line, reason: 'a line before the first comment that starts with a date and a link' };
    }
  }
  const last = finish();
  if (last) yield last;
}

function unquote(message: string): string {
  const quoted = message.startsWith('"') && message.trimEnd().endsWith('"') && message.trimEnd().length >= 2;
  const inner = quoted ? message.trimEnd().slice(1, -1) : message;
  return quoted ? inner.replace(/""|\\"/g, '"') : inner;
}

function isoOf(date: string): string {
  return `${date.replace(' ', 'T')}.000Z`;
}

function idOf(link: string): { id?: string } {
  const urn = /urn(?:%3A|:)li(?:%3A|:)[^/?#&]+/i.exec(link)?.[0];
  return urn ? { id: urn.replace(/%3A/gi, ':') } : {};
}
