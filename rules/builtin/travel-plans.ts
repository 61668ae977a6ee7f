import { z } from 'zod';
import type { Chunk, Doc, LocalSpan } from '../engine/document';
import { defineRule } from '../engine/rule';
import { flagEach } from '../engine/flag';
import { matchSpans } from '../engine/find';
import { privateLifeCues } from '../detectors/private-life';

/**
 * Travel plans in public: when someone leaves and when they are back ("away from 3 to 17 August", "flying
 * out tomorrow, back on the 20th"), or a home said to be empty while they are gone. Holiday news without a
 * window ("away for two weeks, see you in June") and a return with no departure ("back on Monday with a new
 * episode") stay quiet. With a street address in the post, private-life already says it; this rule leaves
 * those words to it.
 */

const A = String.raw`['\u2019]`;
const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DATE = String.raw`(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?${MONTH})?|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?|${DAY}|tomorrow|tonight|next\s+(?:week|${DAY}))`;

/** Leaving home: said in the first person, or as a diary note ("flying out tomorrow"). */
const AWAY = new RegExp(
  String.raw`\b(?:(?:we${A}ll\s+be|we\s+will\s+be|we${A}re|we\s+are|i${A}ll\s+be|i\s+will\s+be|i${A}m|i\s+am)\s+(?:away|abroad|on\s+(?:holiday|vacation)|out\s+of\s+(?:town|the\s+country))|(?:flying|flew|fly|heading|jetting|setting)\s+(?:out|off|away)|off\s+(?:on\s+(?:holiday|vacation)|abroad))\b`,
  'gi',
);
/** When they are back: a range of dates, an end, a return ("from 3 to 17 August", "until Sunday", "back on the 20th"). */
const END = new RegExp(
  String.raw`\bfrom\s+${DATE}\s*(?:to|until|till|-|\u2013)\s*${DATE}|\b(?:until|till)\s+${DATE}|\bback\s+(?:home\s+)?(?:on|by)\s+${DATE}`,
  'gi',
);
/** When they leave, and for how long: together they make a window too ("from Saturday for two weeks"). */
const START = new RegExp(String.raw`\bfrom\s+${DATE}|\b(?:tomorrow|tonight)\b|\bon\s+${DAY}`, 'gi');
const DURATION = new RegExp(String.raw`\bfor\s+(?:a|one|two|three|four|\d+|a\s+couple\s+of|a\s+few)\s+(?:days|weeks|months|nights|week|month)\b`, 'gi');
/** The home said to be empty outright. */
const EMPTY = new RegExp(String.raw`\b(?:house|home|flat|place|apartment)\s+(?:is\s+|will\s+be\s+|sits\s+)?empty\b|\bnobody(?:${A}s|\s+will\s+be)\s+(?:at\s+)?home\b`, 'gi');

export interface TravelCue extends LocalSpan {
  /** The post says outright that the home is empty. */
  empty: boolean;
}

/** One span from the leaving to the last date or empty home of the chunk, when it gives a window. */
export function travelCues(chunk: Chunk): TravelCue[] {
  const text = chunk.text;
  if (!/\d|day|tomorrow|tonight|week|empty|home/i.test(text)) return [];
  const away = matchSpans(AWAY, text);
  const outside = (w: LocalSpan) => !away.some((a) => w.start < a.end && a.start < w.end);
  const ends = matchSpans(END, text).filter(outside);
  const empty = matchSpans(EMPTY, text);
  const starts = matchSpans(START, text).filter((w) => outside(w) && !ends.some((e) => w.start < e.end && e.start < w.end));
  const durations = matchSpans(DURATION, text);
  const first = away[0]?.start ?? Infinity;
  const after = (list: LocalSpan[]) => list.filter((w) => w.end > first);
  // A window: leaving and a date after it that says when they are back, or how long from when.
  const when = [...after(ends), ...(after(starts).length > 0 && after(durations).length > 0 ? [...after(starts), ...after(durations)] : [])];
  const window = away.length > 0 && (when.length > 0 || empty.length > 0);
  // The empty home with any date ("house empty until Sunday") needs no leaving.
  const emptyDates = [...ends, ...starts];
  if (!window && !(empty.length > 0 && emptyDates.length > 0)) return [];
  const all = window ? [...away, ...when, ...empty] : [...empty, ...emptyDates];
  const start = Math.min(...all.map((s) => s.start));
  const end = Math.max(...all.map((s) => s.end));
  return [{ start, end, empty: empty.length > 0 }];
}

/** The draft's travel windows, less those private-life already reports (an address beside them, an empty home). */
export function docTravelCues(doc: Doc): TravelCue[] {
  const cues = doc.spans('travel-plans:cues', travelCues);
  if (cues.length === 0) return cues;
  const taken = privateLifeCues(doc).filter((c) => c.kind === 'away' || c.kind === 'homeEmpty');
  return cues.filter((t) => !taken.some((c) => t.start < c.end && c.start < t.end));
}

export default defineRule({
  meta: {
    id: 'travel-plans',
    principle: 'keep-private-private',
    defaultSeverity: 'suggestion',
    enabledByDefault: true,
    docs: {
      summary:
        'Finds travel plans that give away when a home will be empty: leaving and coming back on named dates ("away from 3 to 17 August", "flying out tomorrow, back on the 20th"), or an empty house said outright.',
      rationale:
        'A public post reaches people you do not know, and a window of dates is the one detail a burglar needs. Holiday news keeps: share the photos when you are back, and the dates with friends privately.',
      whenNotToUse: 'Accounts that are not tied to a home (a touring band, a brand) can turn this off.',
    },
    examples: {
      bad: ['We\u2019ll be away from 3 to 17 August, house empty, so no parcels please!', 'Flying out tomorrow, back on the 20th. Can\u2019t wait!'],
      good: [
        'We\u2019re away on holiday for two weeks, see you all in June!',
        'Back on Monday with a new episode.',
        'Just back from two weeks in Crete, here are my favourite beaches.',
      ],
    },
    messages: {
      away: '\u201c{actual}\u201d tells anyone reading when a home will be empty. Keep the dates for friends, and share the trip when you\u2019re back.',
      empty: '\u201c{actual}\u201d says outright that a home will be empty, and when. That is a safety risk in a public post; tell the people who need to know privately.',
    },
    options: z.object({}),
  },
  check({ doc }) {
    return flagEach(docTravelCues(doc), ({ empty }) => (empty ? { messageId: 'empty', severity: 'warning' } : { messageId: 'away' }));
  },
});
