import { z } from 'zod';
import { defineRule, type DraftFinding } from '../engine/rule';
import { RIP, sensitivePromotion, TOPIC_WORDS } from '../detectors/sensitive-promotion';

export default defineRule({
  meta: {
    id: 'sensitive-promotion',
    principle: 'be-prepared',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    docs: {
      summary: 'Finds sales and promotion in the same post as a tragedy, a death, illness, politics or religion.',
      rationale:
        'Next to something painful or divisive, a discount reads as a brand cashing in. Posting about the event and the offer separately, or not at all, avoids the backlash.',
      whenNotToUse:
        'Fundraising for the cause itself (proceeds going to relief) is giving, not selling; the rule already skips donations it recognises.',
    },
    examples: {
      bad: [
        'Our thoughts are with everyone affected by the earthquake. Use code STRONG for 20% off this weekend.',
        'RIP to a music legend who died today. Shop now for his greatest hits on vinyl!',
        'Election day! Get out and vote, then grab 2-for-1 burgers with code VOTE. Free delivery on all orders.',
      ],
      good: [
        'Our thoughts are with everyone affected by the earthquake. Our shops are collecting blankets all week.',
        'Spring sale starts Friday: 20% off all bikes.',
        'All proceeds from this week go to the flood relief appeal, $5 from every order.',
      ],
    },
    messages: {
      promo: '"{actual}" promotes something in a post about {topic}. Next to that it can read as cashing in: keep the offer for another post.',
    },
    options: z.object({}),
  },
  check({ doc }) {
    const found = sensitivePromotion(doc);
    if (!found) return [];
    const findings: DraftFinding[] = [];
    for (const p of found.promos) {
      findings.push({ start: p.start, end: p.end, messageId: 'promo', data: { topic: TOPIC_WORDS[found.topic.topic] } });
    }
    return findings;
  },
});
