/**
 * Reading Vale's own test material: its Cucumber feature files (the alerts each fixture must produce) and
 * the `.vale.ini` beside each fixture (which rules run on which files). Only what those files use is read.
 */

/** One alert Vale prints in its line format: `file:line:col:Rule:message` (line and column from 1, column in code points). */
export interface ValeAlert {
  file: string;
  line: number;
  col: number;
  rule: string;
  message: string;
}

export interface Scenario {
  name: string;
  /** The fixture folder (or file) the scenario lints. */
  target: string;
  alerts: ValeAlert[];
}

/** Every `When I test "X"` scenario with its "the output should contain exactly" block. */
export function parseFeature(text: string): Scenario[] {
  const out: Scenario[] = [];
  const lines = text.split('\n');
  let current: Scenario | undefined;
  let inBlock = false;
  for (const line of lines) {
    const trimmed = line.trim();
    const scenario = /^Scenario:\s*(.+)$/.exec(trimmed);
    if (scenario) {
      current = { name: scenario[1] ?? '', target: '', alerts: [] };
      out.push(current);
      continue;
    }
    const test = /^When I (?:test|lint)\s+"([^"]*)"/.exec(trimmed);
    if (test && current) current.target = test[1] ?? '';
    if (trimmed === '"""') {
      inBlock = !inBlock;
      continue;
    }
    if (inBlock && current) {
      const alert = /^(.+?):(\d+):(\d+):([^:]+):(.*)$/.exec(trimmed);
      if (alert) current.alerts.push({ file: alert[1] ?? '', line: Number(alert[2]), col: Number(alert[3]), rule: alert[4] ?? '', message: alert[5] ?? '' });
    }
  }
  return out.filter((s) => s.target);
}

export interface ValeIni {
  stylesPath?: string;
  minAlertLevel?: string;
  sections: { glob: string; basedOn: string[]; rules: Map<string, boolean> }[];
}

/** The parts of a `.vale.ini` that choose rules: StylesPath, and per file glob, BasedOnStyles and `Style.Rule = YES/NO`. */
export function parseIni(text: string): ValeIni {
  const ini: ValeIni = { sections: [] };
  let section: ValeIni['sections'][number] | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const head = /^\[(.+)\]$/.exec(line);
    if (head) {
      section = { glob: head[1] ?? '*', basedOn: [], rules: new Map() };
      ini.sections.push(section);
      continue;
    }
    const pair = /^([^=]+?)\s*=\s*(.*?)\.?$/.exec(line);
    if (!pair) continue;
    const [, key = '', value = ''] = pair;
    if (!section) {
      if (key === 'StylesPath') ini.stylesPath = value;
      if (key === 'MinAlertLevel') ini.minAlertLevel = value;
    } else if (key === 'BasedOnStyles') section.basedOn.push(...value.split(',').map((s) => s.trim()).filter(Boolean));
    else if (/^[\w-]+\.[\w-]+$/.test(key) && /^(YES|NO)$/i.test(value)) section.rules.set(key, /^YES$/i.test(value));
  }
  return ini;
}

/** Vale's file globs as its fixtures write them: `*`, `*.md`, `*.{md,rst}`, a file name. */
export function globMatches(glob: string, file: string): boolean {
  const source = glob
    .replace(/[.+^$()|[\]\\]/g, '\\$&')
    .replace(/\{([^}]*)\}/g, (_, alternatives: string) => `(?:${alternatives.split(',').join('|')})`)
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(file);
}

/** Rules a file is linted with: the styles it is based on (every rule of each), then single rules on or off. */
export function rulesFor(ini: ValeIni, file: string, styleRules: (style: string) => string[]): Set<string> | undefined {
  const sections = ini.sections.filter((s) => globMatches(s.glob, file));
  if (sections.length === 0) return undefined;
  const rules = new Set<string>();
  for (const section of sections) {
    for (const style of section.basedOn) for (const rule of styleRules(style)) rules.add(rule);
    for (const [rule, on] of section.rules) {
      if (on) rules.add(rule);
      else rules.delete(rule);
    }
  }
  return rules;
}

/**
 * A fixture's text as prose, as Vale lints it: front matter, fenced and inline code, HTML comments and
 * link targets blanked out, each character by a no-break space (so lines and columns stay where they
 * were, and no run of ordinary spaces appears where there was none).
 */
export function proseOf(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, '\u00a0');
  return text
    .replace(/^---\n[\s\S]*?\n---\n/, blank)
    .replace(/^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?\n[ \t]*\1[^\n]*$/gm, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/`[^`\n]+`/g, blank)
    .replace(/\]\([^)\s]*\)/g, (link) => `]${blank(link.slice(1))}`);
}

/** Line and column (from 1, the column in code points) of a UTF-16 offset. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: [...text.slice(lineStart, offset)].length + 1 };
}
