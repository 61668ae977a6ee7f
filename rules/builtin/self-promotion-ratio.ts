import { z } from 'zod';
import { judgeDraft, policyOf } from '../history';
import { defineRule, type DraftFinding } from '../engine/rule';
import type { RecentPosts } from '../engine/types';
import { classifyKind } from '../signals/kind';

/** Nine earlier posts on one platform, a day apart, newest last: `p` promotes, `o` does not. */
function history(kinds: string): RecentPosts {
  const start = Date.UTC(2025, 2, 1, 9);
  return { posts: [...kinds].map((k, i) => ({ at: new Date(start + i * 86_400_000).toISOString(), kind: k === 'p' ? 'promotion' : 'value' })) };
}

export default defineRule({
  meta: {
    id: 'self-promotion-ratio',
    principle: 'add-value',
    defaultSeverity: 'suggestion',
    enabledByDefault: true,
    docs: {
      summary:
        'Finds a promotional draft that would push the share of promotion in your recent posts over the policy (80/20 by default: at most 2 of your last 10 posts), and says what to post instead.',
      rationale:
        'Giving before asking only shows across posts: a feed that promotes more than one post in five reads as an advert, and people stop reading it. One plug is fine; the mix is what readers judge.',
      whenNotToUse:
        'A sales account whose readers came for offers can set a larger share in its house pack; with no history yet (a new profile, nothing imported) the rule has nothing to judge and stays quiet.',
    },
    examples: {
      bad: [{ text: 'Our spring sale starts today: 20% off every course. Book your seat now at example.com/courses', platform: 'linkedin', recent: history('oopoopooo') }],
      good: [
        { text: 'Our spring sale starts today: 20% off every course. Book your seat now at example.com/courses', platform: 'linkedin', recent: history('ooooooooo') },
        { text: 'Has anyone moved a team from Jira to Linear? What surprised you?', platform: 'linkedin', recent: history('pppoooooo') },
      ],
    },
    messages: {
      over: 'This post promotes, and your mix would tip over: {sentence} Hold it for later and {advice} first.',
    },
    options: z.object({}),
  },
  check({ doc, signals, recent }) {
    // The draft's kind from its signals: other rules' findings are not known while rules run, so a draft
    // the engine calls promotion only for a hard-sell finding is not counted here.
    if (classifyKind(signals, []).kind !== 'promotion') return [];
    const judgement = judgeDraft(recent.posts, 'promotion', policyOf(recent.policy));
    if (!judgement.pushesOver) return [];
    // The ratio is about the whole post; its first line is marked, so the card sits where the post starts.
    const start = doc.text.search(/\S/);
    if (start === -1) return [];
    const lineEnd = doc.text.indexOf('\n', start);
    const end = (lineEnd === -1 ? doc.text : doc.text.slice(0, lineEnd)).trimEnd().length;
    const finding: DraftFinding = { start, end, messageId: 'over', data: { sentence: judgement.sentence, advice: judgement.next.advice } };
    return [finding];
  },
});
