import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createAnalyzer, loadHousePack, readValeStyle, type CompiledHousePack, type SkippedRule } from '../../rules/index';
import { lineCol, parseFeature, parseIni, proseOf, rulesFor, type Scenario, type ValeAlert } from './fixtures';

/**
 * How much of Vale's own expectations Rapport meets when it reads a published style as a pack: for each
 * package in shared/realworld/vale, how many of its rules load, and how many of the alerts its feature
 * files expect on its fixtures Rapport finds (the same rule on the same line; `exact` also the same column).
 * Fixtures are Markdown, linted as prose: code and comments are blanked, the rest is read as a post would be.
 */
export const PACKAGES = ['Joblint', 'write-good', 'proselint', 'alex', 'Google', 'Microsoft'] as const;

export interface StyleReport {
  name: string;
  /** Rule files in the style(s), rules loaded, and the rest with reasons. */
  rules: number;
  loaded: number;
  skipped: SkippedRule[];
  /** Alerts Vale expects, and those of rules that only check markup (left out of `expected`). */
  expected: number;
  markupOnly: number;
  /** Alerts of rules that did not load for another reason (their type, an expression RE2 refuses). */
  notLoaded: number;
  found: number;
  exact: number;
  missed: string[];
  /** Rapport findings Vale did not report (on the same files, with the same rules on). */
  extras: string[];
}

interface LoadedStyle {
  pack: CompiledHousePack;
  skipped: SkippedRule[];
  total: number;
  names: string[];
}

const styleCache = new Map<string, LoadedStyle | undefined>();

/**
 * Vale's built-in Vale.Repetition rule, as Vale defines it in its source, so its feature file checks the
 * pack's repetition type too. (Vale.Spelling, the other built-in the fixtures use, has no pack type.)
 */
const VALE_BUILTINS = { name: 'Vale', id: 'vale-builtin', rules: [{ id: 'Vale.Repetition', type: 'repetition', message: "'{word}' is repeated!", severity: 'error', tokens: ['[^\\s]+'], alpha: true, ignorecase: false }] };

function loadStyle(dir: string): LoadedStyle | undefined {
  if (basename(dir) === 'Vale') {
    const result = loadHousePack(VALE_BUILTINS);
    return result.ok ? { pack: result.pack, skipped: [{ name: 'Vale.Spelling', reason: 'type "spelling" is not supported' }], total: 2, names: ['Vale.Repetition', 'Vale.Spelling'] } : undefined;
  }
  if (styleCache.has(dir)) return styleCache.get(dir);
  let loaded: LoadedStyle | undefined;
  if (existsSync(dir) && statSync(dir).isDirectory()) {
    const name = basename(dir);
    const files = readdirSync(dir)
      .filter((f) => /\.ya?ml$/i.test(f))
      .map((f) => ({ path: `${name}/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
    const style = readValeStyle(files, name);
    const result = loadHousePack(style.pack);
    if (result.ok) loaded = { pack: result.pack, skipped: style.skipped, total: style.total, names: files.map((f) => `${name}.${f.path.split('/')[1]?.replace(/\.ya?ml$/i, '')}`) };
  }
  styleCache.set(dir, loaded);
  return loaded;
}

function configOf(dir: string): string | undefined {
  for (const name of ['.vale.ini', '_vale.ini', 'vale.ini', '_vale']) {
    const path = join(dir, name);
    if (existsSync(path) && statSync(path).isFile()) return readFileSync(path, 'utf8');
  }
  return undefined;
}

const RULE_OF = (ruleId: string) => ruleId.split('/').slice(2).join('/');
const LEVELS = ['suggestion', 'warning', 'error'];

/**
 * An alert's rule and a finding's: the same, or a rule the style later split in parts (alex's feature file
 * still expects alex.Profanity, split since into ProfanityLikely, ProfanityMaybe and ProfanityUnlikely).
 */
function sameRule(expected: string, actual: string): boolean {
  return actual === expected || (actual.startsWith(expected) && /^[A-Z]/.test(actual.slice(expected.length)));
}

/** Evaluates scenarios whose fixtures sit under `fixtures/`, styles under `stylesRoot` (or the ini's StylesPath). */
export function evaluate(name: string, scenarios: readonly Scenario[], fixturesDir: string): StyleReport {
  const report: StyleReport = { name, rules: 0, loaded: 0, skipped: [], expected: 0, markupOnly: 0, notLoaded: 0, found: 0, exact: 0, missed: [], extras: [] };
  const styles = new Map<string, LoadedStyle>();
  for (const scenario of scenarios) {
    const dir = resolve(fixturesDir, scenario.target);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    const config = configOf(dir);
    if (!config) continue;
    const ini = parseIni(config);
    const stylesPath = resolve(dir, ini.stylesPath ?? '.');
    const style = (styleName: string) => {
      const loaded = loadStyle(join(stylesPath, styleName));
      if (loaded) styles.set(styleName, loaded);
      return loaded;
    };
    const files = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile() && !f.startsWith('.') && !f.startsWith('_'));
    for (const file of files) {
      const enabled = rulesFor(ini, file, (s) => style(s)?.names ?? []);
      if (!enabled) continue;
      const alerts = scenario.alerts.filter((a) => a.file === file);
      const text = proseOf(readFileSync(join(dir, file), 'utf8'));
      const findings: { rule: string; line: number; col: number }[] = [];
      const minLevel = LEVELS.indexOf(ini.minAlertLevel ?? 'suggestion');
      for (const styleName of new Set([...enabled].map((r) => r.split('.')[0] ?? ''))) {
        const loaded = style(styleName);
        if (!loaded) continue;
        const off = loaded.pack.rules.map((r) => r.meta.id).filter((id) => !enabled.has(RULE_OF(id)));
        for (const f of createAnalyzer([]).analyze(text, { house: loaded.pack, disabledRules: off }).findings) {
          if (LEVELS.indexOf(f.severity) >= minLevel) findings.push({ rule: RULE_OF(f.ruleId), ...lineCol(text, f.start) });
        }
      }
      for (const alert of alerts) {
        const kind = classify(alert, styles);
        if (kind !== 'style') {
          if (kind === 'markup') report.markupOnly++;
          else report.notLoaded++;
          continue;
        }
        report.expected++;
        if (findings.some((f) => sameRule(alert.rule, f.rule) && f.line === alert.line)) {
          report.found++;
          if (findings.some((f) => sameRule(alert.rule, f.rule) && f.line === alert.line && f.col === alert.col)) report.exact++;
        } else report.missed.push(`${scenario.target}/${file}:${alert.line}:${alert.col} ${alert.rule}`);
      }
      for (const f of findings) if (!alerts.some((a) => sameRule(a.rule, f.rule) && a.line === f.line)) report.extras.push(`${scenario.target}/${file}:${f.line}:${f.col} ${f.rule}`);
    }
  }
  for (const loaded of styles.values()) {
    report.rules += loaded.total;
    report.loaded += loaded.pack.rules.length;
    report.skipped.push(...loaded.skipped);
  }
  return report;
}

/** Whose alert it is: a rule of a loaded style, a markup-only rule, or one that did not load. */
function classify(alert: ValeAlert, styles: ReadonlyMap<string, LoadedStyle>): 'style' | 'markup' | 'other' {
  const styleName = alert.rule.split('.')[0] ?? '';
  const loaded = styles.get(styleName);
  if (!loaded) return 'other';
  const skip = loaded.skipped.find((s) => s.name === alert.rule);
  if (!skip) return loaded.names.some((name) => sameRule(alert.rule, name)) ? 'style' : 'other';
  return /markup-only/.test(skip.reason) ? 'markup' : 'other';
}

/** A published style package: `<root>/<pkg>/features/rules.feature`, fixtures and the style beside them. */
export function evaluatePackage(root: string, pkg: string): StyleReport {
  const feature = readFileSync(join(root, pkg, 'features', 'rules.feature'), 'utf8');
  return evaluate(pkg, parseFeature(feature), join(root, pkg, 'fixtures'));
}

/** Vale's own checks.feature: one report per check type (Existence, Substitution, ...). */
export function evaluateEngineChecks(root: string): StyleReport[] {
  const base = join(root, 'vale-engine', 'testdata');
  const scenarios = parseFeature(readFileSync(join(base, 'features', 'checks.feature'), 'utf8'));
  return scenarios.map((scenario) => evaluate(`vale-engine: ${scenario.name}`, [scenario], join(base, 'fixtures')));
}
