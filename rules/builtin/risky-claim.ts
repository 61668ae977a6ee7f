import { z } from 'zod';
import { defineRule, type DraftFinding, type Fix } from '../engine/rule';
import { A, docClaims } from '../detectors/risky-claim';

export default defineRule({
  meta: {
    id: 'risky-claim',
    principle: 'be-prepared',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    docs: {
      summary:
        'Finds absolute and legal-risk claims: "guaranteed results", "100% safe", "risk-free", "cures", "no side effects", and "clinically proven" with no source.',
      rationale:
        'A promise that cannot hold for every reader is the post that comes back as a complaint, a refund claim or a letter from a regulator. A qualified claim with its evidence is safer and more believable.',
      whenNotToUse:
        'Regulated wording your legal team has approved (a real money-back guarantee, a licensed medical claim) can stay: ignore the finding for that phrase.',
    },
    examples: {
      bad: [
        'Our supplement cures anxiety and has no side effects.',
        'Guaranteed results in 30 days or your money back, 100% safe for the whole family.',
        'Clinically proven to reduce wrinkles.',
      ],
      good: [
        'In our trial with 120 people, most saw smoother skin after eight weeks. Full study: https://example.com/trial',
        'Nothing is 100% safe, so here is what we tested and what we found.',
        'We offer a 30-day money-back guarantee if the fit is not right.',
      ],
    },
    messages: {
      absolute: '"{actual}" promises more than anyone can guarantee for every reader. Qualify it ("in our tests", "for most people") or show the evidence.',
      health: '"{actual}" is a health claim. Unless it is approved and you can cite the evidence, say what people reported instead.',
      proof: '"{actual}" needs its source. Link the study or trial, or describe what was tested.',
      money: '"{actual}" promises financial returns, which regulators treat strictly. State the risks or describe past results as past.',
    },
    options: z.object({}),
  },
  check({ doc }) {
    const findings: DraftFinding[] = [];
    for (const m of docClaims(doc)) {
      const fixes: Fix[] = m.softer ? [{ label: `Change to "${m.softer}"`, start: m.start, end: m.end, text: m.softer }] : [];
      findings.push({
        start: m.start,
        end: m.end,
        messageId: m.kind,
        expected: m.softer ? [m.softer, 'cite the evidence'] : ['qualify the claim', 'cite the evidence'],
        ...(fixes.length ? { fixes } : {}),
      });
    }
    return findings;
  },
});
