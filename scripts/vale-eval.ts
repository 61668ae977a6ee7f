/**
 * `npm run eval:vale`: how Rapport reads the published Vale styles in ../shared/realworld/vale (rules loaded,
 * and the alerts their own feature files expect that Rapport finds). See scripts/vale/eval.ts.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatTable } from './lib/table';
import { evaluateEngineChecks, evaluatePackage, PACKAGES, type StyleReport } from './vale/eval';

const root = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../../shared/realworld/vale'));
if (!existsSync(root)) {
  process.stderr.write(`eval:vale: ${root} not found (pass the folder with the Vale packages)\n`);
  process.exit(2);
}
const reports: StyleReport[] = [...PACKAGES.map((pkg) => evaluatePackage(root, pkg)), ...evaluateEngineChecks(root)];
const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)}%` : '-');
process.stdout.write(
  formatTable(
    ['style', 'rules', 'loaded', 'alerts', 'found', 'same column', 'markup-only alerts', 'alerts of rules not loaded', 'extra findings'],
    reports.map((r) => [r.name, String(r.rules), String(r.loaded), String(r.expected), `${r.found} (${pct(r.found, r.expected)})`, String(r.exact), String(r.markupOnly), String(r.notLoaded), String(r.extras.length)]),
  ) + '\n',
);
for (const r of reports) {
  for (const s of r.skipped) process.stdout.write(`${r.name}: not loaded ${s.name}: ${s.reason}\n`);
  for (const m of r.missed) process.stdout.write(`${r.name}: missed ${m}\n`);
  for (const e of r.extras) process.stdout.write(`${r.name}: extra ${e}\n`);
}
