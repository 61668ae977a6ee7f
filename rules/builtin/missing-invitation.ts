import { z } from 'zod';
import type { Chunk, LocalSpan } from '../engine/document';
import { defineRule, type Fix } from '../engine/rule';
import { callToActionCues, type RequestSpan } from '../signals/call-to-action';
import { docConversationCues, isReply, quotedShareSpans } from '../signals/conversational';

/** "Check out our new app": the request grows to cover what it points at. */
const OUR_NEW = /^\s+(?:out\s+)?(?:our|my|the)\s+(?:(?:brand[\s-]new|new|latest|newest)\s+)(?:[\p{L}\p{N}-]+)/iu;

const SUGGESTION = 'What do you think?';

/**
 * Verbs that send the reader somewhere else: to read, watch, visit, sign up or buy. Other imperatives in a
 * post are mostly its advice ("try a longer proof", "drop your tyre pressure"), which is the value itself
 * and sends no one away.
 */
const SENDS_AWAY = /^(?:read|watch|view|see|check|visit|click|tap|download|install|sign|register|join|subscribe|follow|listen|tune|catch|book|reserve|order|shop|buy|grab|get|head|go|browse|explore|discover|learn|find|apply|enter|vote|donate|pledge|support|rsvp|attend|come|stop|pop)(?![\p{L}\p{N}_])/iu;

export default defineRule({
  meta: {
    id: 'missing-invitation',
    principle: 'content-as-means',
    defaultSeverity: 'suggestion',
    enabledByDefault: true,
    docs: {
      summary:
        'Finds posts that share a link or ask people to check something out without inviting any reply, and posts that are only a label and a link.',
      rationale:
        'Content is something to talk about (Sharing Is Caring): a link is only the start, and what counts is what people say and do next. A question or a request for their experience turns a drop-off into a conversation.',
      whenNotToUse:
        'Feeds that only relay links on purpose (status pages, release notes, job boards), where replies are not wanted.',
    },
    examples: {
      bad: [
        'Check out our new spring menu: https://example.com/menu',
        'The full guide to repotting houseplants is up on the blog. Read more here: https://example.com/repotting',
        'New post: https://example.com/blog/repotting',
      ],
      good: [
        'Our spring menu is out: https://example.com/menu Which dish should we make a staple?',
        'Wrote up everything we learned repotting 40 houseplants. What is the plant you have never managed to keep alive?',
        '@sam_reads here you go: https://example.com/guide',
        'Lovely morning at the allotment, the beans are finally up.',
      ],
    },
    messages: {
      link: 'The post shares "{actual}" but does not invite a reply. Try adding a question, or ask people about their own experience.',
      bare: 'The post is a label and a link, which tells no one why it matters to them. Add a sentence on what the reader gets from it, and ask what they think.',
      request:
        '"{actual}" sends people away without asking them anything. Add a question or ask what they think, so the post can start a conversation.',
    },
    options: z.object({
      /** Replies up to this many words stay quiet: answering someone with a link is already a conversation. */
      shortReplyWords: z.number().int().min(0).default(30),
      /** A link with at most this many other words around it is a bare drop: a label, not a reason to click. */
      bareLabelWords: z.number().int().min(0).default(5),
    }),
  },
  check({ doc, signals, options }) {
    const talk = docConversationCues(doc);
    // Any question, any explicit invitation, or a post that is already talking with people: nothing to add.
    if (talk.questions > 0 || talk.invite > 0 || signals.conversational >= 0.6) return [];
    if (isReply(doc) && talk.words <= options.shortReplyWords) return [];

    const quoted = doc.spans('conversational:quoted', quotedShareSpans);
    const own = (s: LocalSpan) => !quoted.some((q) => s.start >= q.start && s.start < q.end);
    // Set phrases ("read more", "sign up") name the request better than a bare verb, so they go first.
    const links = doc.spans('missing-invitation:links', (c) => c.memo('callToAction:cues', callToActionCues).linkSpans).filter(own);
    // "Here's how we ..." only points somewhere when there is a link to point at; without one it introduces
    // the post's own content, which is the value the reader came for.
    const pointsAway = (s: LocalSpan) => links.length > 0 || !/^here/i.test(doc.text.slice(s.start, s.end));
    const requests = [
      ...doc.spans('missing-invitation:phrases', (c) => phraseSpans(c, 'phrase')),
      ...doc.spans('missing-invitation:imperatives', (c) => phraseSpans(c, 'imperative')).filter((s) => SENDS_AWAY.test(doc.text.slice(s.start, s.end))),
    ]
      .filter(own)
      .filter(pointsAway);
    const fix = askFix(doc.text);

    // A label and a link and nothing else ("New post: https://..."): the whole post is the problem, so the
    // card covers it all (and joins the plug found on its label as one card).
    if (links.length > 0 && labelWords(doc.text) <= options.bareLabelWords) {
      const start = doc.text.search(/\S/);
      return [{ start, end: doc.text.trimEnd().length, messageId: 'bare', fixes: [fix] }];
    }
    const request = requests[0];
    if (request) {
      const grown = OUR_NEW.exec(doc.text.slice(request.end));
      const end = grown && /^check/i.test(doc.text.slice(request.start, request.end)) ? request.end + grown[0].length : request.end;
      return [{ start: request.start, end, messageId: 'request', fixes: [fix] }];
    }
    const link = links[0];
    if (link) return [{ start: link.start, end: link.end, messageId: 'link', fixes: [fix] }];
    return [];
  },
});

function phraseSpans(chunk: Chunk, kind: RequestSpan['kind']): LocalSpan[] {
  return chunk
    .memo('callToAction:cues', callToActionCues)
    .spans.filter((s) => s.kind === kind)
    .map(({ start, end }) => ({ start, end }));
}

/** Words of the post other than its links, tags and mentions. */
function labelWords(text: string): number {
  return (text.replace(/(?:https?:\/\/|www\.)\S+|[#@][\p{L}\p{N}_]+/gu, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu) ?? []).length;
}

/** Appends a plain open question after the last word of the post. */
function askFix(text: string): Fix {
  const end = text.trimEnd().length;
  const lastWord = text.slice(0, end).split(/\s+/).at(-1) ?? '';
  // After a word, close its sentence first; after a link, a tag or closing punctuation, a space will do.
  const bare = /[\p{L}\p{N}]$/u.test(lastWord) && !/^(?:https?:\/\/|www\.|[#@])/i.test(lastWord);
  return { label: `Ask "${SUGGESTION}"`, start: end, end, text: `${bare ? '.' : ''} ${SUGGESTION}` };
}
