import { z } from 'zod';
import { cacheKey, type Chunk, type LocalSpan } from '../engine/document';
import { defineRule, type DraftFinding, type Fix } from '../engine/rule';
import { quotedShareSpans } from '../signals/conversational';
import { taglineSpan } from '../signals/tagline';
import { APOSTROPHE as APOS, matchSpans } from '../engine/find';

const FEELING = String.raw`(?:(?:so|very|really|truly|extremely|incredibly|most|super)\s+)?(?:pleased|proud|delighted|thrilled|excited|happy|honou?red|glad|privileged)`;

/** "We are pleased to announce", "I'm thrilled to unveil", "It is with great pleasure that we ...". */
const ANNOUNCE = new RegExp(
  String.raw`\b(?:(?:we|i)(?:\s+are|${APOS}re|\s+am|${APOS}m)\s+${FEELING}\s+to\s+(?:announce|unveil|introduce|present|inform|report|confirm|reveal)|${FEELING}\s+to\s+announce|it\s+is\s+with\s+(?:great\s+|much\s+)?(?:pleasure|pride|excitement)\s+that)\b`,
  'gi',
);

/** Words that start a sentence without naming an organisation. */
const NOT_A_NAME = new Set(
  'the a an this that these those our my your their his her its we i you he she it they everyone everybody someone today tomorrow yesterday now here there what who why how when where and but so if our each every all some many most no one'.split(
    ' ',
  ),
);

/** A capitalised name of one to five words (also @handles and #tags), as press releases open with. */
const NAME = String.raw`(?:[@#]?\p{Lu}[\p{L}\p{N}&.'\u2019-]*)(?:\s+(?:&(?:amp;)?|and|of|for|de|la)?\s*[@#]?\p{Lu}[\p{L}\p{N}&.'\u2019-]*){0,4}`;
/** Sentence starts: the start of the chunk, after a sentence end, after a headline dash or colon. */
const START = String.raw`(?:^|(?<=[.!?\u2026]["'\u201d\u2019)]?\s+)|(?<=:\s+)|(?<=\s[-\u2013\u2014]\s+))`;
/** Headline verbs in press-release voice. Strong ones read as an announcement wherever they appear. */
const STRONG_VERBS = String.raw`announces|announce|announced|today\s+announced|has\s+announced|launches|has\s+launched|unveils|introduces|debuts|rolls\s+out|sponsors|partners\s+with|teams\s+up\s+with|is\s+${FEELING}\s+to`;
const WEAK_VERBS = String.raw`wins|receives|is\s+awarded|is\s+named|named|appoints|welcomes|celebrates|releases|reports|opens|joins|signs|acquires|completes|commits|pledges|donates|expands|extends|invests|supports`;
/** Lets each lower-case word also open with a capital, for Title Case headlines, while names stay case-sensitive. */
const titleCase = (alternatives: string) => alternatives.replace(/(?<![\\\p{L}])(\p{Ll})/gu, (c) => `[${c}${c.toUpperCase()}]`);
const HEADLINE = new RegExp(String.raw`${START}(${NAME})\s+(${titleCase(STRONG_VERBS)}|${titleCase(WEAK_VERBS)})(?![\p{L}\p{N}_])`, 'gu');
const STRONG = new RegExp(String.raw`^(?:${STRONG_VERBS})$`, 'i');
const PLURAL_SUBJECT = /\s(?:&|and)\s|&amp;/i;

export interface PressCue extends LocalSpan {
  kind: 'announce' | 'headline' | 'headline-weak';
}

/** Announcement phrases and press-release headlines in one chunk (chunk-local). */
export function pressCues(chunk: Chunk): PressCue[] {
  const text = chunk.text;
  const headline = (m: RegExpExecArray): Pick<PressCue, 'kind'> | undefined => {
    const name = m[1] ?? '';
    const verb = (m[2] ?? '').replace(/\s+/g, ' ');
    const first = name.split(/\s+/)[0]?.replace(/^[@#]/, '').toLowerCase() ?? '';
    if (NOT_A_NAME.has(first)) return undefined;
    const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    const pluralVerb = /^(?:announce)$/i.test(verb);
    // A single capitalised common noun at a sentence start ("Students launch") is no brand: take one-word
    // subjects only with a third-person singular verb, and plural verbs only after "X and Y".
    if (pluralVerb && !PLURAL_SUBJECT.test(name)) return undefined;
    if (words.length === 1 && !/^(?:\S+s|\S+ed|is|has|today)\b/i.test(verb)) return undefined;
    return { kind: STRONG.test(verb) ? 'headline' : 'headline-weak' };
  };
  return [...matchSpans(ANNOUNCE, text, () => ({ kind: 'announce' as const })), ...matchSpans(HEADLINE, text, headline)].sort((a, b) => a.start - b.start);
}

const DEFAULT_NAMES: string[] = [];

export default defineRule({
  meta: {
    id: 'press-release-tone',
    principle: 'conversation-not-campaign',
    defaultSeverity: 'suggestion',
    enabledByDefault: true,
    docs: {
      summary:
        'Finds broadcast phrasing: "we are pleased to announce", "X announces", "X is proud to", a brand speaking of itself by name, and posts that are only a slogan.',
      rationale:
        'A feed is a conversation, and announcement phrasing talks at people instead of with them (Sharing Is Caring: conversations, not campaigns). Telling the news the way you would tell a friend, and leaving room for a reply, is what gets answered.',
      whenNotToUse:
        'Investor-relations or newsroom accounts whose posts must match the wording of an official release.',
    },
    examples: {
      bad: [
        'We are pleased to announce the opening of our new Leeds studio.',
        'Northwind Bikes announces a partnership with the city cycle scheme.',
        'Brightwater is proud to sponsor the junior swim league this summer.',
        'Brightwater. Clean water, everywhere.',
      ],
      good: [
        'Our Leeds studio opens on Monday! Pop in for a coffee, and tell us what you would like to see on the walls.',
        'Thanks for all the photos from the swim league, you made our week!',
        'Proud to work with you on this, see you at the finish line!',
      ],
    },
    messages: {
      announce:
        '"{actual}" is how a press release opens. Try telling the news the way you would tell a person, and leave room for a reply.',
      headline:
        '"{actual}" reads like a news headline about the brand. If it is your news, say it in your own voice ("we ...") and ask people what they think.',
      self:
        'The post talks about {name} by name, as if someone else were speaking. Try "we" and "our", the way a person would.',
      tagline:
        'The post is only a slogan, which gives people nothing to reply to. Add a sentence in your own voice, or a question.',
    },
    options: z.object({
      /** Names the account posts as; the post calling itself by one of them reads as third person. */
      brandNames: z.array(z.string().min(1)).default(DEFAULT_NAMES),
    }),
  },
  check({ doc, signals, options }) {
    const findings: DraftFinding[] = [];
    const quoted = doc.spans('conversational:quoted', quotedShareSpans);
    const inQuote = (at: number) => quoted.some((q) => at >= q.start && at < q.end);
    // A post that already talks with people (thanks, replies, questions) is forgiven the weaker headline verbs.
    const chatty = signals.conversational >= 0.5;

    for (const cue of doc.spans('press-release-tone:cues', pressCues)) {
      if (inQuote(cue.start)) continue;
      if (cue.kind === 'headline-weak' && chatty) continue;
      if (cue.kind === 'announce') {
        const fix = dropAnnouncement(doc.text, cue);
        findings.push({ start: cue.start, end: cue.end, messageId: 'announce', ...(fix ? { fixes: [fix] } : {}) });
      } else {
        findings.push({ start: cue.start, end: cue.end, messageId: 'headline' });
      }
    }

    if (options.brandNames.length > 0) {
      const flagged = new Set(findings.map((f) => f.start));
      const key = cacheKey('press-release-tone:brand', ...options.brandNames);
      for (const span of doc.spans(key, (c) => brandSelfReferences(c.text, options.brandNames))) {
        if (inQuote(span.start) || findings.some((f) => span.start >= f.start && span.start < f.end) || flagged.has(span.start)) continue;
        findings.push({ start: span.start, end: span.end, messageId: 'self', data: { name: doc.text.slice(span.start, span.end) } });
        break; // once is enough to make the point
      }
    }

    if (findings.length === 0 && !chatty && doc.text.length <= 160) {
      const tagline = taglineSpan(doc.text);
      if (tagline) findings.push({ ...tagline, messageId: 'tagline' });
    }
    return findings;
  },
});

/** "We are pleased to announce that our shop opens" -> "Our shop opens": the news without the preamble. */
function dropAnnouncement(text: string, span: LocalSpan): Fix | undefined {
  const rest = /^(?:\s+that\b)?\s*/i.exec(text.slice(span.end));
  const end = span.end + (rest?.[0].length ?? 0);
  const next = text.slice(end, end + 1);
  if (!/\p{L}/u.test(next)) return undefined;
  // Only emoji, spaces or a sentence end before the phrase: the sentence starts with it.
  const sentenceStart = /(?:^|[.!?\n])[^\p{L}\p{N}]*$/u.test(text.slice(0, span.start));
  const replacement = sentenceStart ? next.toUpperCase() : next;
  return { label: 'Just say the news', start: span.start, end: end + 1, text: replacement };
}

/** The brand's own name used as the subject of a sentence ("Acme is", "Acme has", "Acme's"). */
function brandSelfReferences(text: string, names: readonly string[]): LocalSpan[] {
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}_@#])(?:${escaped})(?=(?:${APOS}s)?\s+(?:is|are|was|were|has|have|had|will|would|can|could|wants|believes|thinks|knows|offers|provides|helps|brings|makes|continues|remains|\p{Ll}+s)\b)`, 'giu');
  return matchSpans(re, text);
}
