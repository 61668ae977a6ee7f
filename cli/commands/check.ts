import type { PlatformId } from '../../platforms/types';
import type { Analysis, Analyzer, Finding, KindResult, Signals } from '../../rules/index';
import type { Engine } from '../engine';
import { EXIT, parseChoice, parseCommandArgs, parsePlatform, UsageError } from '../args';
import { loadRulesOption, withHouse } from '../house';
import { paint } from '../format/colour';
import { formatCheck } from '../format/check-text';
import { isTTY, readText, wantsColour, write, type CliIO } from '../io';
import { PLATFORM_IDS } from '../../platforms/types';

export const CHECK_HELP = `Usage: rapport check [options] [text]

Coaches one draft: what to change, grouped by principle, with a score and a checklist.
The text comes from the argument, or from standard input when there is none or it is "-".

Options:
  -p, --platform ID   Coach for one platform: ${PLATFORM_IDS.join(', ')}
  -f, --format NAME   text (default) or json: {findings, signals, score, kind}
  -r, --rules PACK    Also apply a house-rule pack: a pack JSON file, a Vale style folder or zip
  -h, --help          Show this help

Exit status: 0 when no finding is an error, 1 when one is, 2 on bad usage.

Examples:
  rapport check "We are thrilled to announce our NEW app!!!"
  rapport check --platform x < draft.txt
  pbpaste | rapport check --format json
`;

const FORMATS = ['text', 'json'] as const;

/** What `--format json` prints: the engine's result without the parts only the text report needs. */
export interface CheckJson {
  findings: Finding[];
  signals: Signals;
  /** Null when the draft was not scored: it is empty, or not in English (the text report says which checks ran). */
  score: number | null;
  /** What the post counts as in the self-promotion ratio, with the signal values that decided it. */
  kind: KindResult;
}

/** The command's core: analyse and decide the exit status. */
export function checkText(analyzer: Analyzer, text: string, platform?: PlatformId): { analysis: Analysis; exitCode: number } {
  const analysis = analyzer.analyze(text, platform ? { platform } : {});
  const exitCode = analysis.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
  return { analysis, exitCode };
}

export async function check(argv: readonly string[], io: CliIO, loadEngine: () => Promise<Engine>): Promise<number> {
  const { values, positionals } = parseCommandArgs({
    args: [...argv],
    options: {
      platform: { type: 'string', short: 'p' },
      format: { type: 'string', short: 'f' },
      rules: { type: 'string', short: 'r' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    await write(io.stdout, CHECK_HELP);
    return EXIT.ok;
  }
  const platform = parsePlatform(values.platform);
  const format = parseChoice('--format', values.format, FORMATS, 'text');
  if (positionals.length > 1) {
    throw new UsageError('check takes one text. Put it in quotes: rapport check "Your draft here".');
  }

  const house = values.rules === undefined ? undefined : await loadRulesOption(values.rules);
  const text = await draftText(positionals[0], io);
  const { analyzer } = withHouse(await loadEngine(), house);
  const { analysis, exitCode } = checkText(analyzer, text, platform);
  if (format === 'json') {
    const json: CheckJson = { findings: analysis.findings, signals: analysis.signals, score: analysis.score, kind: analysis.kind };
    await write(io.stdout, JSON.stringify(json, null, 2) + '\n');
  } else {
    await write(io.stdout, formatCheck(text, analysis, paint(wantsColour(io))));
  }
  return exitCode;
}

async function draftText(argument: string | undefined, io: CliIO): Promise<string> {
  if (argument !== undefined && argument !== '-') return argument;
  if (isTTY(io.stdin)) await write(io.stderr, 'Type or paste the draft, then press Ctrl-D (Ctrl-Z, Enter on Windows).\n');
  // Text piped in usually ends with one newline that is not part of the draft.
  return (await readText(io.stdin)).replace(/\r?\n$/, '');
}
