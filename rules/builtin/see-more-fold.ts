import { z } from 'zod';
import { PLATFORMS } from '../../platforms/index';
import { PLATFORM_IDS } from '../../platforms/types';
import { defineRule, type DraftFinding } from '../engine/rule';
import { foldOffset } from '../detectors/see-more-fold';

const SENTENCE_END = /[.!?\u2026]+["'\u2019\u201d)\]]*(?=\s|$)|\n/g;

/** Openings that spend the visible lines on ceremony rather than on the point. */
const CEREMONY =
  /^(?:(?:we|i)(?:\s+are|\s+am|['\u2019](?:re|m))?\s+)?(?:(?:so|very|really|super|incredibly|truly|beyond)\s+)?(?:pleased|delighted|thrilled|excited|proud|happy|honou?red|humbled|glad)\s+to\s+(?:announce|share|introduce|unveil|present|inform|let\s+you\s+know|welcome|reveal)\b/i;
const FILLER_PHRASE =
  /^(?:as\s+(?:many|some|most)\s+of\s+you\s+(?:may\s+|might\s+)?(?:already\s+)?know|in\s+today['\u2019]s\s+(?:fast[-\s]paced|digital|ever[-\s]changing|busy|modern)\s+(?:world|landscape|age)|i\s+(?:just\s+)?wanted\s+to\s+(?:share|say|let\s+you\s+know|take\s+a\s+moment)|just\s+wanted\s+to\s+(?:share|say|let\s+you\s+know)|i\s+am\s+writing\s+to|please\s+be\s+advised|it\s+is\s+with\s+(?:great\s+)?(?:pleasure|pride|excitement)|it\s+gives\s+(?:me|us)\s+(?:great\s+)?pleasure)\b/i;
/** A first line that is only a greeting or a label. */
const GREETING_LINE =
  /^(?:(?:hi|hello|hey|greetings|dear)(?:\s+(?:all|everyone|everybody|folks|friends|there|team|network|connections|linkedin|instagram|fam|family|linkedin\s+family|world))?|good\s+(?:morning|afternoon|evening)(?:\s+(?:all|everyone|everybody|folks|friends|linkedin|network))?|happy\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|new\s+year)(?:\s+(?:all|everyone|everybody|folks|friends|linkedin|network))?|(?:some|big|exciting|great|quick)\s+(?:news|update)|an?\s+(?:quick\s+)?update|announcement|update|news)$/i;

/** Emoji, symbols and punctuation around an opening line, so "👋 Hello everyone!" is a greeting too. */
const DECORATION = /^[\s\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f\p{P}\p{S}]+|[\s\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f\p{P}\p{S}]+$/gu;

function trimmedRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return [start, end];
}

const FOLD_PLATFORMS = PLATFORM_IDS.filter((id) => PLATFORMS[id].fold);

export default defineRule({
  meta: {
    id: 'see-more-fold',
    principle: 'channel-fit',
    defaultSeverity: 'suggestion',
    enabledByDefault: true,
    languageIndependent: true,
    platforms: FOLD_PLATFORMS,
    docs: {
      summary:
        'On feeds that hide a long post behind "see more" (LinkedIn, Instagram), checks that the visible opening is a complete, ' +
        'interesting line: not a sentence cut in half, a greeting or a formal announcement.',
      rationale:
        'Most readers only see the first two or three lines. Those lines decide whether anyone opens the rest, so plan them ' +
        'for the channel: the point, a question or what is in it for the reader, said before the fold.',
      whenNotToUse: 'Short posts that show in full are never checked. Turn it off for feeds you do not post long text to.',
      anyLanguage: 'what shows before "see more"',
    },
    examples: {
      bad: [
        {
          platform: 'linkedin',
          text:
            'We are delighted to announce that after eighteen months of careful work across our engineering, design and customer ' +
            'success teams we have rebuilt the reporting dashboard from scratch so that it loads faster.\n\nHere is what changed and why.',
        },
        {
          platform: 'instagram',
          text: 'Hello everyone! 👋\nThe garden is finally waking up after the long winter.\nThe tulips came first, then the first bees.\nWhat is flowering where you are?',
        },
      ],
      good: [
        {
          platform: 'linkedin',
          text:
            'Our dashboard now loads in one second instead of eight.\n\nIt took eighteen months, and the hardest part was not the code. ' +
            'It was deciding which reports nobody used and deleting them. We asked customers, watched the logs and cut forty of them.\n\n' +
            'What is the report you would never let us delete?',
        },
        { platform: 'linkedin', text: 'Hello everyone! Short and sweet: the meetup is on Thursday at six.' },
      ],
    },
    messages: {
      cutSentence:
        '{platform} shows about the first {characters} characters before \u201csee more\u201d, and that cuts this opening sentence in two. Try a shorter first line that makes sense on its own.',
      ceremony:
        '\u201c{actual}\u201d is what people see before \u201csee more\u201d on {platform}. Lead with the point, a question or what the reader gets; the ceremony can go.',
      greeting:
        'The first line people see on {platform} is \u201c{actual}\u201d. A greeting spends the lines before \u201csee more\u201d; open with the point or a question instead.',
    },
    options: z.object({}),
  },
  check({ doc, platform }) {
    const fold = platform ? PLATFORMS[platform].fold : undefined;
    if (!platform || !fold) return [];
    const text = doc.text;
    const at = foldOffset(text, fold);
    if (at === undefined) return [];
    const name = PLATFORMS[platform].name;
    const findings: DraftFinding[] = [];

    const [lineStart] = trimmedRange(text, 0, text.length);
    const newline = text.indexOf('\n', lineStart);
    const [, lineEnd] = trimmedRange(text, lineStart, newline === -1 ? text.length : newline);
    const firstLine = text.slice(lineStart, lineEnd);

    // A first line that is only a greeting or a label ("Hello everyone! 👋", "Big news:").
    const bare = firstLine.replace(DECORATION, '');
    if (bare && GREETING_LINE.test(bare)) {
      findings.push({ start: lineStart, end: lineEnd, messageId: 'greeting', data: { platform: name } });
      return findings;
    }
    // Starts with a formal announcement or filler: flag the phrase itself.
    const lead = firstLine.match(/^[\s\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f]*/u)?.[0].length ?? 0;
    const phrase = CEREMONY.exec(firstLine.slice(lead)) ?? FILLER_PHRASE.exec(firstLine.slice(lead));
    if (phrase) {
      const start = lineStart + lead;
      findings.push({ start, end: start + phrase[0].length, messageId: 'ceremony', data: { platform: name } });
      return findings;
    }

    // The fold lands inside the very first sentence: the reader sees no whole thought.
    SENTENCE_END.lastIndex = lineStart;
    const end = SENTENCE_END.exec(text);
    const sentenceEnd = end ? (end[0] === '\n' ? end.index : end.index + end[0].length) : text.length;
    if (sentenceEnd > at) {
      const [s, e] = trimmedRange(text, lineStart, sentenceEnd);
      if (e > s) findings.push({ start: s, end: e, messageId: 'cutSentence', data: { platform: name, characters: fold.characters } });
    }
    return findings;
  },
});
