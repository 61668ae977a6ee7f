import { benchPack } from '/work/main/scripts/bench/house';
import { createPostGenerator } from '/work/main/scripts/bench/texts';
import { createAnalyzer } from '/work/main/rules/index';
const g = createPostGenerator(5);
const pack = benchPack(g.rng);
const texts = Array.from({ length: 40 }, () => g.post(3000, 'article' as any));
const short = Array.from({ length: 40 }, () => g.post(280, 'tweet' as any));
for (let k = 0; k < 6; k++) for (const t of [...texts, ...short]) createAnalyzer().analyze(t, { house: pack });
