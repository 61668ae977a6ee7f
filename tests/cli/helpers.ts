import { createReadStream, readFileSync } from 'node:fs';
import { PassThrough, Readable, Writable } from 'node:stream';
import { z } from 'zod';
import { main } from '../../cli/main';
import type { CliIO } from '../../cli/io';
import type { ByteInput } from '../../cli/readers/types';
import { SIGNAL_NAMES } from '../../rules/engine/types';
import { defineRule, type AnyRule, type DraftFinding, type Finding, type Signals } from '../../rules/engine/rule';
import type { Analysis, Analyzer } from '../../rules/index';
import type { PrincipleId } from '../../rules/principles';

/** A writable that keeps what is written, optionally pretending to be a terminal. */
export class Capture extends Writable {
  text = '';
  isTTY: boolean | undefined;
  constructor(tty = false) {
    super();
    if (tty) this.isTTY = true;
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

export interface RunOptions {
  stdin?: string;
  rules?: readonly AnyRule[];
  env?: Record<string, string | undefined>;
  ttyOut?: boolean;
  ttyErr?: boolean;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `rapport <argv>` in-process with in-memory streams. */
export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  const stdout = new Capture(options.ttyOut);
  const stderr = new Capture(options.ttyErr);
  const stdin = options.stdin === undefined ? emptyStdin() : Readable.from([Buffer.from(options.stdin)]);
  const io: CliIO = { stdin, stdout, stderr, env: options.env ?? {} };
  const code = await main(argv, io, options.rules ? { rules: options.rules } : {});
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function emptyStdin(): Readable {
  const stream = new PassThrough();
  stream.end();
  return stream;
}

/** A rule for tests: flags every match of `pattern` under `principle` with `severity`. */
export function patternRule(id: string, pattern: RegExp, principle: PrincipleId, severity: 'suggestion' | 'warning' | 'error'): AnyRule {
  return defineRule({
    meta: {
      id,
      principle,
      defaultSeverity: severity,
      enabledByDefault: true,
      languageIndependent: true,
      docs: { summary: `Test rule ${id}.`, rationale: 'For tests.', whenNotToUse: 'Outside tests.' },
      examples: { bad: [], good: [] },
      messages: { found: 'Found "{actual}"; try something calmer.' },
      options: z.object({}),
    },
    check({ doc }): DraftFinding[] {
      const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
      return [...doc.text.matchAll(global)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    },
  });
}

/**
 * `forbidden` is an error (exit 1), `buy` is self-promotion (add-value), `LOUD` is shouting. The `buy` rule
 * takes the id of the built-in `self-promotion` rule, whose findings make a post's kind promotion, so the
 * ratio in these tests does not move when the signals are tuned.
 */
export const TEST_RULES: readonly AnyRule[] = [
  patternRule('test-forbidden', /\bforbidden\b/i, 'channel-fit', 'error'),
  patternRule('self-promotion', /\bbuy\b/i, 'add-value', 'suggestion'),
  patternRule('test-loud', /\bLOUD\b/, 'listen-dont-shout', 'warning'),
];

export const FIXTURES = new URL('../fixtures/cli/', import.meta.url);
export const fixture = (name: string): string => new URL(name, FIXTURES).pathname;

/**
 * A fast stand-in for the engine (no NLP): "LOUD" is a warning, "buy" is self-promotion. For tests about
 * streaming many rows, where the real signals would cost a millisecond a post.
 */
export function stubAnalyzer(): Analyzer {
  const signals = Object.fromEntries(SIGNAL_NAMES.map((name) => [name, 0])) as Signals;
  return {
    analyze(text: string): Analysis {
      const findings: Finding[] = [];
      const add = (re: RegExp, ruleId: string, principle: PrincipleId, severity: Finding['severity']): void => {
        for (const m of text.matchAll(re)) {
          findings.push({ ruleId, principle, severity, message: 'found', start: m.index, end: m.index + m[0].length, actual: m[0], key: `${ruleId}:${m[0]}` });
        }
      };
      add(/\bLOUD\b/g, 'stub-loud', 'listen-dont-shout', 'warning');
      add(/\bbuy\b/gi, 'stub-buy', 'add-value', 'suggestion');
      const score = 100 - 10 * findings.length;
      const promotes = findings.some((f) => f.ruleId === 'stub-buy');
      const kind = promotes ? { kind: 'promotion' as const, because: { selfPromotion: 1 } } : { kind: 'other' as const, because: {} };
      return { findings, signals: { ...signals, selfPromotion: promotes ? 1 : 0 }, score, principles: [], kind, language: 'en', notes: [] };
    },
  };
}

/** Every item of an async iterable. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** A byte source from text, cut into chunks of `size` characters (1: every edge falls mid-token). */
export async function* chunked(text: string, size = 1): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/**
 * A source that gives `head`, then waits until `release()` before giving `tail`: a reader that yields a
 * record while `tailRead` is still false is streaming, not reading the whole input first.
 */
export function gatedSource(head: string, tail: string): { source: AsyncGenerator<Buffer>; release: () => void; readonly tailRead: boolean } {
  let release = (): void => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const state = { tailRead: false };
  async function* source(): AsyncGenerator<Buffer> {
    yield Buffer.from(head);
    await gate;
    state.tailRead = true;
    yield Buffer.from(tail);
  }
  return {
    source: source(),
    release: () => release(),
    get tailRead() {
      return state.tailRead;
    },
  };
}

/**
 * The ways a reader is handed a file: a Node stream, a web `ReadableStream` (what a browser's `File`
 * gives), the whole file as bytes, and as a string. Readers must read all four alike.
 */
export const INPUT_MODES: { name: string; open(path: string): ByteInput }[] = [
  { name: 'Node stream', open: (path) => createReadStream(path, { highWaterMark: 16 * 1024 }) },
  { name: 'web stream', open: (path) => new Blob([readFileSync(path)]).stream() as ReadableStream<Uint8Array> },
  { name: 'bytes', open: (path) => new Uint8Array(readFileSync(path)) },
  { name: 'string', open: (path) => textOf(readFileSync(path)) },
];

/** A file's text as a browser would decode it: UTF-16 when it starts with that byte-order mark. */
function textOf(bytes: Buffer): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
  return new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(bytes);
}
