import type { PlatformInfo } from '../../platforms/types';

/**
 * Where the feed folds a post behind "see more": after `fold.lines` visual lines or `fold.characters`
 * characters, whichever comes first. A line break starts a new visual line, and a long line wraps at
 * about characters / lines. Returns the UTF-16 offset of the first hidden character, or `undefined`
 * when the whole post shows.
 */
export function foldOffset(text: string, fold: NonNullable<PlatformInfo['fold']>): number | undefined {
  const perLine = Math.max(1, Math.round(fold.characters / fold.lines));
  let lines = 0;
  let chars = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const length = lineEnd - lineStart;
    const visual = Math.max(1, Math.ceil(length / perLine));
    if (lines + visual > fold.lines || chars + length > fold.characters) {
      const room = Math.min((fold.lines - lines) * perLine, fold.characters - chars);
      let at = lineStart + Math.max(0, Math.min(room, length));
      if (at >= text.length) return undefined;
      const code = text.charCodeAt(at);
      if (code >= 0xdc00 && code <= 0xdfff) at--;
      // Nothing but blank space after the fold: nothing is hidden.
      return /\S/.test(text.slice(at, at + 2000)) ? at : undefined;
    }
    lines += visual;
    chars += length + 1;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** The end of the first sentence (or line) after `from`: just past its closing mark. */
