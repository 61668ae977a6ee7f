import { z } from 'zod';
import { defineRule, type DraftFinding, type Fix } from '../engine/rule';
import { JARGON, docJargon, matchCase } from '../detectors/corporate-speak';

export default defineRule({
  meta: {
    id: 'corporate-speak',
    principle: 'be-human',
    defaultSeverity: 'suggestion',
    enabledByDefault: true,
    docs: {
      summary: 'Finds buzzwords and officialese ("leverage", "synergy", "in order to", "reach out") and offers plain words.',
      rationale:
        'People talk to people. Jargon sounds like a brochure from an organisation nobody can answer; the plain word sounds like someone you could reply to.',
      whenNotToUse: 'Technical audiences for whom a term has a precise meaning (a "robust" statistic, a "turnkey" contract) can ignore it.',
    },
    examples: {
      bad: [
        'We leverage cutting-edge technology in order to empower our clients.',
        'Feel free to reach out to our team for innovative solutions.',
        'Going forward, we will circle back on the key learnings.',
      ],
      good: [
        'We use the newest tools so you spend less time on admin.',
        'Got a question? Get in touch, we usually answer within the hour.',
        'Next week we will share what we learned from the pilot.',
      ],
    },
    messages: {
      buzzword: '"{actual}" is a buzzword. Try "{plain}": it says the same in words people use.',
      officialese: '"{actual}" sounds like a form letter. "{plain}" is what you would say out loud.',
    },
    options: z.object({}),
  },
  check({ doc }) {
    const findings: DraftFinding[] = [];
    for (const m of docJargon(doc)) {
      const entry = JARGON[m.entry];
      if (!entry) continue;
      const actual = doc.text.slice(m.start, m.end);
      const expected = entry.plain.map((p) => matchCase(p, actual));
      const first = expected[0] ?? '';
      const fixes: Fix[] = entry.fix ? [{ label: `Change to "${first}"`, start: m.start, end: m.end, text: first }] : [];
      findings.push({
        start: m.start,
        end: m.end,
        messageId: entry.kind,
        data: { plain: first },
        expected,
        ...(fixes.length ? { fixes } : {}),
      });
    }
    return findings;
  },
});
