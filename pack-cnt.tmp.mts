import { benchPack } from '/work/main/scripts/bench/house';
import { createPostGenerator } from '/work/main/scripts/bench/texts';
import { createAnalyzer } from '/work/main/rules/index';
const g = createPostGenerator(5);
const pack = benchPack(g.rng);
for (const [len, kind] of [[3000, 'article'], [280, 'tweet']] as const) {
  const texts = Array.from({ length: 20 }, () => g.post(len, kind as any));
  let house = 0, all = 0;
  const byRule = new Map<string, number>();
  for (const t of texts) { const a = createAnalyzer().analyze(t, { house: pack }); all += a.findings.length; for (const f of a.findings) if (f.ruleId.startsWith('house/')) { house++; const k = f.ruleId.split('/')[2]!.replace(/-\d+$/, ''); byRule.set(k, (byRule.get(k) ?? 0) + 1); } }
  console.log(len, 'findings/text', (all / 20).toFixed(1), 'house', (house / 20).toFixed(1), [...byRule].slice(0, 12));
}
