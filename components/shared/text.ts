/** Shortens page text for display without cutting a surrogate pair; the full text stays in a title. */
export function clip(text: string, max = 160): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}\u2026`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A principle's sources ("A; B (C)") as quoted essay titles: “A” and “B (C)”. */
export function essays(source: string): string {
  const titles = source
    .split(';')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => `\u201c${t}\u201d`);
  if (titles.length <= 1) return titles.join('');
  return `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}`;
}
