import { benchPack } from './scripts/bench/house';
import { createPostGenerator } from './scripts/bench/texts';
import { createAnalyzer } from './rules/index';
const g = createPostGenerator(5);
const pack = benchPack(g.rng);
const texts = Array.from({ length: 40 }, () => g.post(3000, 'article' as any));
const time = (f: (t: string) => unknown) => { const s: number[] = []; for (const t of texts) { const a = performance.now(); f(t); s.push(performance.now() - a); } s.sort((a, b) => a - b); return s[s.length >> 1]!; };
for (let k = 0; k < 4; k++) {
  const none = time((t) => createAnalyzer().analyze(t));
  const withPack = time((t) => createAnalyzer().analyze(t, { house: pack }));
  console.log('none', none.toFixed(2), 'pack', withPack.toFixed(2), 'ratio', (withPack / none).toFixed(2));
}
