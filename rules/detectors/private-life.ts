import type { Chunk, Doc, LocalSpan } from '../engine/document';
import { hasStreetAddress } from './personal-data';
import { allMatches } from '../engine/matches';

export type PrivateLifeKind = 'health' | 'medication' | 'pregnancy' | 'relationship' | 'formerPartner' | 'nightOut' | 'homeEmpty' | 'away';

export interface PrivateLifeCue extends LocalSpan {
  kind: PrivateLifeKind;
  /** About someone other than the writer: their news is not the writer's to share. */
  others: boolean;
}

/*
 * Every pattern needs a person: a pronoun, "my sister", or a name. Talk about health, drink or dating
 * in general ("patients diagnosed with diabetes", "a dating app") stays quiet.
 */

const SELF = String.raw`i|i['\u2019]ve|i['\u2019]m|i\s+have|i\s+am|we|we['\u2019]ve|we['\u2019]re`;
const RELATIVE = String.raw`(?:wife|husband|partner|girlfriend|boyfriend|sister|brother|mum|mom|mother|dad|father|parents|son|daughter|kid|child|grandma|grandad|grandpa|grandmother|grandfather|aunt|uncle|cousin|niece|nephew|friend|best\s+friend|colleague|coworker|co-worker|boss|manager|neighbou?r|flatmate|roommate|teammate|assistant|employee|client|ex|landlord|teacher)`;
/** Capitalised words that start sentences but are no one's name. */
const NOT_A_NAME = String.raw`(?!(?:patients|people|parents|children|kids|women|men|adults|many|some|most|anyone|everyone|nobody|someone|who|thousands|millions|users|customers|couples|prices|sales|time|this|that|it|there|staff|students|teens|doctors|nurses|you|what|when|if|how|why|and|but|so|then|now|today|yesterday|apparently|honestly)\b)`;
/** Someone other than the writer: he or she, "my sister", or a capitalised name (checked after matching). */
const OTHER = String.raw`he|she|he['\u2019]s|she['\u2019]s|(?:my|his|her|our|their)\s+${RELATIVE}|${NOT_A_NAME}[a-z]+`;
const AUX = String.raw`(?:(?:was|were|is|are|am|has|have|had|got|just|recently|finally|been|being|now|also|apparently|['\u2019]s|['\u2019]ve|['\u2019]m|['\u2019]re)\s+){0,3}`;
/** A name or a sentence-initial word: the first word of a subject that must be capitalised to count as a name. */
const PRONOUN_OR_POSSESSIVE = /^(?:he|she|he['\u2019]s|she['\u2019]s|they|they['\u2019]re|my|his|her|our|their|everyone|everybody)$/i;

interface Pattern {
  /** A cheap test for the pattern's key words: the full pattern (slow to compile, slower to run) only runs after it. */
  gate: RegExp;
  re: RegExp;
  kind: PrivateLifeKind;
}

function cue(gate: RegExp, source: string, kind: PrivateLifeKind): Pattern {
  // No `u` flag: the patterns are ASCII plus curly apostrophes, and V8 compiles them much faster without it.
  return { gate, re: new RegExp(source, 'gi'), kind };
}

const PATTERNS = [
  // Diagnoses: "my dad was diagnosed with ...", "I've been diagnosed with ...".
  cue(
    /diagnosed/i,
    String.raw`\b(?:(?<self>${SELF})|(?<other>${OTHER}))\s+${AUX}diagnosed\s+with\s+[^.,;:!?\n()]{2,40}?(?=\s+(?:and|but|last|this|in|at|on|after|before|today|yesterday|so|which|when|a\s+few|two|three)\b|[.,;:!?\n)]|$)`,
    'health',
  ),
  // Someone else's illness named as theirs: "Tom's chemo", "my dad's dementia".
  cue(
    /['\u2019]s\s+(?:cancer|tumou?r|chemo|diagnosis|hiv|dementia|alzheimer|miscarriage|ivf|breakdown|overdose|rehab|psychiatrist|eating|depression|bipolar|schizophrenia|terminal)/i,
    String.raw`\b(?<other>${NOT_A_NAME}[a-z]+['\u2019]s|(?:my|our)\s+${RELATIVE}['\u2019]s)\s+(?:cancer|tumou?r|chemo(?:therapy)?|diagnosis|hiv|dementia|alzheimer['\u2019]?s|miscarriage|ivf|breakdown|overdose|rehab|psychiatrist|eating\s+disorder|depression|bipolar|schizophrenia|terminal\s+illness)\b`,
    'health',
  ),
  // Medication: "I'm on antidepressants", "she takes Xanax", "my brother started chemo".
  cue(
    /depressant|psychotic|prozac|zoloft|sertraline|fluoxetine|citalopram|lexapro|xanax|valium|diazepam|lorazepam|ativan|klonopin|adderall|ritalin|concerta|vyvanse|lithium|seroquel|quetiapine|olanzapine|wellbutrin|bupropion|effexor|venlafaxine|cymbalta|methadone|suboxone|chemo|hrt|ozempic|wegovy|mounjaro|morphine|oxycodone|opioids|sleeping\s+pills|pill|meds|medication/i,
    String.raw`\b(?:(?<self>${SELF})|(?<other>${OTHER}))\s+${AUX}(?:(?:on|taking|takes|take|took|started|starting|stopped|prescribed|back\s+on|coming\s+off|came\s+off|going\s+on|went\s+on)\s+){1,2}(?:(?:my|his|her|their|some|the)\s+)?(?:anti-?depressants?|anti-?psychotics?|prozac|zoloft|sertraline|fluoxetine|citalopram|escitalopram|lexapro|xanax|valium|diazepam|lorazepam|ativan|klonopin|adderall|ritalin|concerta|vyvanse|lithium|seroquel|quetiapine|olanzapine|wellbutrin|bupropion|effexor|venlafaxine|cymbalta|methadone|suboxone|chemo(?:therapy)?|hrt|ozempic|wegovy|mounjaro|morphine|oxycodone|opioids|sleeping\s+pills|pill|meds|medication)\b`,
    'medication',
  ),
  // The writer's own care: "my diagnosis", "my therapist said", "week three on chemo".
  cue(
    /diagnos|therap|psychiatr|psycholog|counsel|oncolog|chemo|biopsy|depressant|meds|medication/i,
    String.raw`\b(?<owner>my|his|her|their)\s+(?:diagnosis|therapist|psychiatrist|psychologist|counsell?or|oncologist|chemo(?:therapy)?|biopsy(?:\s+results)?|anti-?depressants|meds|medication)\b|\b(?:on|after|started|starting|finished|finishing)\s+(?:my\s+)?chemo(?:therapy)?\b`,
    'health',
  ),
  // Someone else's pregnancy (your own news is yours to share).
  cue(
    /pregnan|expecting|miscarriage|ivf/i,
    String.raw`\b(?<other>she|she['\u2019]s|(?:my|his|our|their)\s+${RELATIVE}|${NOT_A_NAME}[a-z]+)\s+${AUX}(?:pregnant|expecting\s+(?:a\s+baby|twins|again|their\s+first|her\s+first))\b|\b(?<other2>${NOT_A_NAME}[a-z]+['\u2019]s)\s+(?:pregnancy|miscarriage|ivf)\b`,
    'pregnancy',
  ),
  // Someone else's relationship: "Tom and Anna broke up", "my boss is cheating on his wife".
  cue(
    /broke|split|separat|divorc|cheat|affair|hooked|dating|dumped/i,
    String.raw`\b(?<other>(?:${OTHER})(?:\s+and\s+(?:${NOT_A_NAME}[a-z]+|his\s+\w+|her\s+\w+))?)\s+${AUX}(?:broke(?:n)?\s+up|split(?:ting)?\s+up|separated(?=\s+from\s+(?:his|her|their)\b|\s*[.!?,]|$)|divorced|divorcing|getting\s+divorced|cheat(?:ed|ing)\s+on\s+(?:his|her|their|him|me)\b|having\s+an\s+affair|hooked\s+up\s+with|dating(?!\s+(?:app|apps|site|sites|show|scene|profile|pool|life|advice|coach|world))|dumped(?=\s+(?:her|him|by)\b|\s*[.!?,]|$))`,
    'relationship',
  ),
  // Former partners: "my ex" (not "my ex-colleague"), and someone's affair named as theirs.
  cue(
    /\bex\b/i,
    String.raw`\b(?<owner>my|his|her|their)\s+ex(?:-(?:wife|husband|girlfriend|boyfriend|partner|fianc\w*)|\s+(?:wife|husband|girlfriend|boyfriend|partner))?(?![-\w])`,
    'formerPartner',
  ),
  cue(
    /affair/i,
    String.raw`\b(?<other>(?:my|our|his|her)\s+${RELATIVE}['\u2019]s|${NOT_A_NAME}[a-z]+['\u2019]s|his|her|their)\s+affair\b`,
    'relationship',
  ),
  // Nights out: "I was so drunk", "everyone got hammered", "drunk last night".
  cue(
    /drunk|wasted|hammered|plastered|trashed|sloshed|legless|stoned|molly|mdma|ecstasy|cocaine|shrooms|ketamine|lsd/i,
    String.raw`\b(?:(?<self>i|we|i['\u2019]m|we['\u2019]re)|(?<other>he|she|he['\u2019]s|she['\u2019]s|everyone|everybody|the\s+whole\s+team))\s+(?:(?:was|were|got|get|is|are|am|still|ended\s+up|getting)\s+)?(?:(?:so|completely|totally|absolutely|really|very|blind|properly|still)\s+)?(?:drunk|wasted|hammered|plastered|trashed|sloshed|legless|stoned|black-?out\s+drunk)\b|\b(?:drunk|wasted|hammered|plastered)\s+(?:last\s+night|on\s+(?:friday|saturday)(?:\s+night)?)\b|\b(?:(?:i|we)|(?<other3>he|she))\s+(?:took|did|were\s+on|was\s+on)\s+(?:some\s+)?(?:molly|mdma|ecstasy|cocaine|shrooms|ketamine|lsd)\b`,
    'nightOut',
  ),
  // An empty home, said in public.
  cue(
    /alone|empty|nobody|no\s+one/i,
    String.raw`\b(?:i['\u2019]m|i\s+am|i['\u2019]ll\s+be|we['\u2019]re|we\s+are|we['\u2019]ll\s+be|(?<other>(?:my|our)\s+(?:kids|children|daughter|son|wife|husband|mum|mom|grandma)\s+(?:is|are|['\u2019]s|['\u2019]re|will\s+be)))\s+home\s+alone\b|\b(?:the|my|our)\s+(?:house|home|flat|place|apartment)\s+(?:is|will\s+be)\s+empty\s+(?:this|next|tonight|until|till|for|all|while|from)\b|\b(?:nobody['\u2019]?s|nobody\s+will\s+be|no\s+one\s+(?:is|will\s+be))\s+(?:at\s+)?home\s+(?:this|next|tonight|until|till|for|all|while|from)\b`,
    'homeEmpty',
  ),
  // Away from home for a while: a risk only when the post also says where home is.
  cue(
    /away|abroad|holiday|vacation|out\s+of/i,
    String.raw`\b(?:we['\u2019]re|we\s+are|we['\u2019]ll\s+be|we\s+will\s+be|i['\u2019]m|i\s+am|i['\u2019]ll\s+be|i\s+will\s+be)\s+(?:(?:away|abroad)(?:\s+on\s+(?:holiday|vacation))?|on\s+(?:holiday|vacation)|out\s+of\s+(?:town|the\s+country))\s+(?:for|until|till|from|all)\b[^.!?,\n]{0,30}`,
    'away',
  ),
];

/** Private-life cues in one chunk, chunk-local offsets, in order. */
export function findPrivateLife(chunk: Chunk): PrivateLifeCue[] {
  const text = chunk.text;
  const out: PrivateLifeCue[] = [];
  // In Title Case Text every word looks like a name, so bare names are not trusted there.
  const titleCase = isTitleCase(text);
  for (const { gate, re, kind } of PATTERNS) {
    if (!gate.test(text)) continue;
    for (const m of allMatches(re, text)) {
      const groups = m.groups ?? {};
      // "my therapist" is the writer's own; "his ex" is someone else's, and the pronoun says so.
      if (groups.owner) {
        out.push({ start: m.index, end: m.index + m[0].length, kind, others: groups.owner.toLowerCase() !== 'my' });
        continue;
      }
      const subject = groups.other ?? groups.other2 ?? groups.other3;
      // A bare word as the subject counts only as a capitalised name ("Priya", not "patient").
      const first = subject?.split(/\s+/)[0] ?? '';
      const named = (/^[A-Z][a-z]/.test(first) && !titleCase) || /^the\s+whole\s+team$/i.test(subject ?? '');
      if (subject && !PRONOUN_OR_POSSESSIVE.test(first.replace(/['\u2019]s$/, '')) && !named) continue;
      out.push({ start: m.index, end: m.index + m[0].length, kind, others: Boolean(subject) });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out.filter((c, i) => i === 0 || c.start >= (out[i - 1]?.end ?? 0));
}

function isTitleCase(text: string): boolean {
  const words = text.match(/\b[A-Za-z][a-z]{2,}\b/g) ?? [];
  if (words.length < 4) return false;
  return words.filter((w) => /^[A-Z]/.test(w)).length / words.length > 0.6;
}

/** The cues of the whole draft, in whole-text offsets; an "away" cue counts only when the draft also gives an address. */
export function privateLifeCues(doc: Doc): PrivateLifeCue[] {
  const cues = doc.spans('private-life', findPrivateLife);
  if (!cues.some((c) => c.kind === 'away')) return cues;
  const address = doc.chunks.some((ch) => ch.memo('private-life:address', (x) => hasStreetAddress(x.text)));
  return address ? cues : cues.filter((c) => c.kind !== 'away');
}
