import { formatCheck } from '../../cli/format/check-text';
import { paint } from '../../cli/format/colour';
import { createAnalyzer } from '../../rules/index';
import type { Contender } from './runner';
import type { PostGenerator } from './texts';

/**
 * A text made of headline-shaped lines (title case, no end mark, one per line), as a digest, a list of
 * links or a newsletter's contents page is. The engine tags the words of such lines, which made it 1.8-2.7x
 * compromise's parse on them when prose was 0.3-0.4x (issue 13).
 */
export function headlineText(generator: PostGenerator, chars: number): string {
  const lines: string[] = [];
  let length = 0;
  while (length < chars) {
    const line = generator.sentence().replace(/[.?!:]$/, '').replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n').slice(0, chars);
}

/** One line of prose, no line break in `chars` characters: the shape that made the text report quadratic. */
export function oneLongLine(generator: PostGenerator, chars: number): string {
  let text = '';
  while (text.length < chars) text += generator.sentence().replace(/[.?!:]$/, ',') + ' ';
  return text.slice(0, chars);
}

/**
 * `rapport check` on a text: the human report against the JSON one, both after the same analysis, so the
 * ratio is the report's own cost (the JSON report is linear).
 */
export function reportContenders(): Contender<string>[] {
  const colours = paint(false);
  return [
    { name: 'text report', run: (text) => formatCheck(text, createAnalyzer().analyze(text), colours) },
    {
      name: 'JSON report',
      run: (text) => {
        const { findings, signals, score } = createAnalyzer().analyze(text);
        return JSON.stringify({ findings, signals, score }, null, 2);
      },
    },
  ];
}
