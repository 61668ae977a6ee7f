/**
 * A generator of realistic English social posts for the size benchmarks: tweets, LinkedIn posts and long
 * articles built from sentence templates with random fillers (names, teams, numbers, places, tools).
 *
 * Deterministic for a seed, and a generator never repeats a sentence, so a text has no duplicate chunks
 * and two texts share none: a cache (Rapport's or a competitor's) cannot make a "fresh" analysis cheap.
 */

export type Rng = () => number;

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

export function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

const NAMES = ['Priya', 'Tom', 'Aisha', 'Marco', 'Lena', 'David', 'Sofia', 'James', 'Mei', 'Carlos', 'Hannah', 'Omar', 'Grace', 'Luca', 'Nadia', 'Ben', 'Chloe', 'Ravi', 'Emma', 'Kofi', 'Sara', 'Daniel', 'Yuki', 'Fatima'];
const HANDLES = ['@priyabuilds', '@tomwrites', '@aisha_codes', '@marco.design', '@lenaops', '@davidk', '@sofia_pm', '@jamesonsales', '@meidata', '@carlos_ux', '@hannahleads', '@omarships'];
const TEAMS = ['support team', 'design team', 'data team', 'sales team', 'platform team', 'product team', 'ops crew', 'marketing team', 'research group', 'mobile team', 'finance team', 'customer success team'];
const TOPICS = ['onboarding', 'pricing', 'remote work', 'hiring', 'customer interviews', 'our roadmap', 'accessibility', 'code review', 'release planning', 'team rituals', 'user research', 'documentation', 'incident reviews', 'mentoring', 'public speaking', 'async meetings', 'career changes', 'burnout', 'product launches', 'feedback', 'retention', 'open source', 'budgeting', 'data quality'];
const TOOLS = ['spreadsheets', 'a shared checklist', 'a weekly demo', 'a simple survey', 'sticky notes', 'a two-page brief', 'a short video', 'a Slack channel', 'a Notion page', 'a whiteboard', 'a dashboard', 'a feedback form'];
const CITIES = ['Leeds', 'Austin', 'Lisbon', 'Toronto', 'Nairobi', 'Melbourne', 'Berlin', 'Dublin', 'Denver', 'Bristol', 'Singapore', 'Manchester', 'Portland', 'Cape Town'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'this weekend', 'last week', 'yesterday', 'this morning', 'last month', 'on Friday', 'after lunch'];
const EVENTS = ['meetup', 'workshop', 'conference', 'webinar', 'hackathon', 'panel', 'book club', 'open day', 'demo night', 'town hall'];
const ADJ = ['small', 'honest', 'messy', 'quiet', 'useful', 'simple', 'surprising', 'hard', 'boring', 'brilliant', 'clumsy', 'careful', 'slow', 'practical', 'generous', 'thoughtful'];
const THINGS = ['question', 'habit', 'mistake', 'change', 'idea', 'conversation', 'experiment', 'decision', 'lesson', 'trade-off', 'note', 'draft', 'plan', 'rule of thumb'];
const FEELINGS = ['proud', 'tired', 'grateful', 'nervous', 'excited', 'relieved', 'curious', 'humbled', 'a bit overwhelmed', 'happy', 'surprised', 'optimistic'];
const VERBS = ['rewrote', 'tested', 'shipped', 'cancelled', 'simplified', 'measured', 'rebuilt', 'paused', 'documented', 'shared', 'reviewed', 'redesigned', 'questioned', 'automated'];
const PEOPLE = ['customers', 'new hires', 'first-time managers', 'our users', 'small teams', 'freelancers', 'students', 'nurses', 'teachers', 'founders', 'engineers', 'volunteers', 'parents who work from home'];
const EMOJI = ['🙂', '🎉', '🙏', '💡', '🚀', '👏', '☕', '📚', '✨', '😅', '👇', '🤔'];
const TAGS = ['#leadership', '#productmanagement', '#ux', '#remotework', '#careers', '#startups', '#design', '#engineering', '#community', '#learning', '#hiring', '#customersuccess', '#writing', '#smallbusiness'];
const DOMAINS = ['example.com', 'blog.example.org', 'news.example.net', 'events.example.com', 'docs.example.io'];

/** Sentence templates; each reads like something people write in a post. */
const TEMPLATES: readonly ((r: Rng) => string)[] = [
  (r) => `We ${pick(r, VERBS)} our ${pick(r, TOPICS)} process ${pick(r, DAYS)}, and the ${pick(r, TEAMS)} noticed the difference within ${int(r, 2, 9)} days.`,
  (r) => `${pick(r, NAMES)} asked me a ${pick(r, ADJ)} ${pick(r, THINGS)} about ${pick(r, TOPICS)} that I still can't answer.`,
  (r) => `Most ${pick(r, PEOPLE)} never read the long version, so we tried ${pick(r, TOOLS)} instead.`,
  (r) => `I spent ${int(r, 2, 40)} hours on ${pick(r, TOPICS)} ${pick(r, DAYS)}, and the most ${pick(r, ADJ)} part was listening.`,
  (r) => `Huge thanks to ${pick(r, NAMES)} and the ${pick(r, TEAMS)} for staying late to get this over the line.`,
  (r) => `What is one ${pick(r, ADJ)} ${pick(r, THINGS)} that changed how you think about ${pick(r, TOPICS)}?`,
  (r) => `Honestly, I was ${pick(r, FEELINGS)} when ${int(r, 12, 480)} people signed up for the ${pick(r, CITIES)} ${pick(r, EVENTS)}.`,
  (r) => `The ${pick(r, ADJ)} truth is that ${pick(r, TOOLS)} did more for ${pick(r, TOPICS)} than any new software.`,
  (r) => `If you work with ${pick(r, PEOPLE)}, try asking what they did right before they got stuck.`,
  (r) => `Our ${pick(r, TEAMS)} cut ${pick(r, TOPICS)} time from ${int(r, 20, 60)} minutes to ${int(r, 3, 15)} by writing things down first.`,
  (r) => `I used to think ${pick(r, TOPICS)} was about speed, but ${pick(r, NAMES)} showed me it is about trust.`,
  (r) => `${pick(r, DAYS).replace(/^./, (c) => c.toUpperCase())} I met ${pick(r, NAMES)} in ${pick(r, CITIES)}, who runs a ${pick(r, EVENTS)} for ${pick(r, PEOPLE)}.`,
  (r) => `Three years ago I ${pick(r, VERBS)} a ${pick(r, ADJ)} ${pick(r, THINGS)} and it still shapes how we work.`,
  (r) => `Does anyone have a good template for ${pick(r, TOPICS)} that works for a team of ${int(r, 3, 30)}?`,
  (r) => `We wrote up what went wrong with ${pick(r, TOPICS)}, including the ${pick(r, ADJ)} bits, here: https://${pick(r, DOMAINS)}/${pick(r, TOPICS).replace(/\W+/g, '-')}-${int(r, 10, 999)}`,
  (r) => `Shout out to ${pick(r, HANDLES)} for the ${pick(r, ADJ)} ${pick(r, THINGS)} on ${pick(r, TOPICS)} ${pick(r, DAYS)}.`,
  (r) => `The ${pick(r, EVENTS)} is free, it starts at ${int(r, 9, 11)}:${pick(r, ['00', '15', '30', '45'])}, and there will be coffee.`,
  (r) => `I'm ${pick(r, FEELINGS)} to share that ${pick(r, NAMES)} is joining the ${pick(r, TEAMS)} after ${int(r, 2, 12)} years in ${pick(r, CITIES)}.`,
  (r) => `A ${pick(r, ADJ)} ${pick(r, THINGS)}: write the email to ${pick(r, PEOPLE)} before you build the feature.`,
  (r) => `We measured ${pick(r, TOPICS)} for ${int(r, 3, 26)} weeks and found that ${int(r, 11, 89)}% of the problems came from one step.`,
  (r) => `It took ${pick(r, NAMES)} ${int(r, 2, 11)} attempts to get ${pick(r, TOPICS)} right, and every one of them taught us something.`,
  (r) => `Nobody on the ${pick(r, TEAMS)} liked the old ${pick(r, THINGS)}, so we ${pick(r, VERBS)} it together.`,
  (r) => `My ${pick(r, ADJ)} advice for ${pick(r, PEOPLE)}: keep ${pick(r, TOOLS)} and look at it every ${pick(r, ['morning', 'Friday', 'sprint', 'month'])}.`,
  (r) => `We are still learning how to do ${pick(r, TOPICS)} well, and we would love to hear what worked for you.`,
  (r) => {
    const came = int(r, 4, 70);
    return `Last time we tried this in ${pick(r, CITIES)}, ${came} people came and ${int(r, 2, Math.min(9, came - 1))} of them stayed to help clean up.`;
  },
  (r) => `${pick(r, NAMES)} put it better than I can: the ${pick(r, THINGS)} is not the work, the people are.`,
  (r) => `I ${pick(r, VERBS)} the ${pick(r, THINGS)} ${int(r, 2, 6)} times before it made sense to ${pick(r, PEOPLE)}.`,
  (r) => `Reading list for ${pick(r, DAYS)}: two essays on ${pick(r, TOPICS)} and one on ${pick(r, TOPICS)}.`,
  (r) => `Small win ${pick(r, DAYS)}: the ${pick(r, TEAMS)} closed ${int(r, 5, 140)} tickets about ${pick(r, TOPICS)}.`,
  (r) => `Would you rather get ${pick(r, TOOLS)} or a long report about ${pick(r, TOPICS)}?`,
  (r) => `The ${pick(r, ADJ)} part of ${pick(r, TOPICS)} is that it never looks finished from the inside.`,
  (r) => `Thanks ${pick(r, HANDLES)}, that ${pick(r, THINGS)} about ${pick(r, TOPICS)} made my ${pick(r, ['day', 'week', 'morning', 'Monday'])}.`,
  (r) => `When ${pick(r, PEOPLE)} told us the ${pick(r, THINGS)} was confusing, we ${pick(r, VERBS)} it in ${int(r, 2, 14)} days.`,
  (r) => `I keep coming back to one ${pick(r, THINGS)} from the ${pick(r, CITIES)} ${pick(r, EVENTS)}: ask before you assume.`,
  (r) => `We hired ${int(r, 2, 19)} people this year, and the best interviews felt like a ${pick(r, ADJ)} conversation about ${pick(r, TOPICS)}.`,
  (r) => `If I started over, I would spend less time on ${pick(r, TOPICS)} and more on ${pick(r, TOPICS)}.`,
  (r) => `${pick(r, NAMES)} and I disagree about ${pick(r, TOPICS)}, which is exactly why I asked ${pick(r, ['her', 'him', 'them'])} to review this.`,
  (r) => `Slides from my talk on ${pick(r, TOPICS)} are up, and the recording follows ${pick(r, ['next week', 'on Monday', 'soon', 'after the edit'])}.`,
  (r) => `The numbers were ${pick(r, ADJ)}: ${int(r, 12, 97)} replies, ${int(r, 2, 40)} calls and one very ${pick(r, ADJ)} spreadsheet.`,
  (r) => `Before the ${pick(r, EVENTS)} I was ${pick(r, FEELINGS)}, and afterwards I was mostly ${pick(r, FEELINGS)}.`,
  (r) => `Here is the ${pick(r, ADJ)} ${pick(r, THINGS)} we use for ${pick(r, TOPICS)}, feel free to copy it.`,
  (r) => `What would you tell ${pick(r, PEOPLE)} who are starting out with ${pick(r, TOPICS)}?`,
  (r) => `Our ${pick(r, THINGS)} for ${pick(r, TOPICS)} is ${int(r, 2, 7)} questions long, and nobody has asked for more.`,
  (r) => `Came home from ${pick(r, CITIES)} with ${int(r, 3, 30)} pages of notes and a ${pick(r, ADJ)} cold.`,
];

const HOOKS: readonly ((r: Rng) => string)[] = [
  (r) => `I got ${pick(r, TOPICS)} wrong for ${int(r, 2, 12)} years.`,
  (r) => `${int(r, 3, 9)} things I learned from ${int(r, 20, 300)} ${pick(r, ['customer calls', 'interviews', 'support tickets', 'one-to-ones'])}:`,
  (r) => `A ${pick(r, ADJ)} story about ${pick(r, TOPICS)}.`,
  (r) => `We almost cancelled the ${pick(r, CITIES)} ${pick(r, EVENTS)}.`,
  (r) => `This is the ${pick(r, ADJ)} ${pick(r, THINGS)} I wish I had heard sooner.`,
  (r) => `${pick(r, NAMES)} changed how our ${pick(r, TEAMS)} works, and it started with one question.`,
];

const HEADINGS: readonly ((r: Rng) => string)[] = [
  (r) => `What we changed in ${pick(r, TOPICS)}`,
  (r) => `Why ${pick(r, TOOLS)} beat the new tool`,
  (r) => `The ${pick(r, ADJ)} part`,
  (r) => `Notes from ${pick(r, CITIES)}`,
  (r) => `What ${pick(r, PEOPLE)} told us`,
  (r) => `Step ${int(r, 1, 9)}: the ${pick(r, THINGS)}`,
];

export type PostKind = 'tweet' | 'linkedin' | 'article';

/**
 * Share of tweets that open with a teaser line, a heading and a link with no end mark, as brand tweets
 * pointing at a page do (about 40% of the dev corporate tweets have a headline-shaped sentence). The
 * engine reads those lines more closely (it tags their words), so the benchmark's tweets must have them.
 */
const TEASER_SHARE = 0.4;

export interface PostGenerator {
  /** A post of at most `length` UTF-16 units (and at least ~85% of it), in the given style. */
  post(length: number, kind?: PostKind): string;
  /** A new sentence, never returned before by this generator. */
  sentence(): string;
  readonly rng: Rng;
}

/** The style that suits a size: a tweet up to 500 characters, a LinkedIn post up to 5,000, else an article. */
export function kindForLength(length: number): PostKind {
  return length <= 500 ? 'tweet' : length <= 5000 ? 'linkedin' : 'article';
}

export function createPostGenerator(seed = 1): PostGenerator {
  const rng = createRng(seed);
  const used = new Set<string>();

  function unique(make: (r: Rng) => string): string {
    let text = make(rng);
    for (let tries = 0; used.has(text) && tries < 50; tries++) text = make(rng);
    // Still taken after many tries: make it unique with a number, as people do ("part 2").
    for (let n = 2; used.has(text); n++) text = `${text.replace(/[.?!:]$/, '')} (${n}).`;
    used.add(text);
    return text;
  }

  const sentence = () => unique((r) => pick(r, TEMPLATES)(r));
  const paragraph = (min: number, max: number) => Array.from({ length: int(rng, min, max) }, sentence).join(' ');
  const list = () => {
    const bullet = pick(rng, ['• ', '→ ', '- ', '1. ']);
    return Array.from({ length: int(rng, 3, 5) }, (_, i) => {
      const b = bullet === '1. ' ? `${i + 1}. ` : bullet;
      return b + sentence();
    }).join('\n');
  };
  const tags = (n: number) => {
    const chosen = new Set<string>();
    while (chosen.size < n) chosen.add(pick(rng, TAGS));
    return [...chosen].join(' ');
  };

  function blocks(kind: PostKind): Generator<string> {
    return (function* () {
      if (kind === 'tweet') {
        if (rng() < TEASER_SHARE) yield `${unique((r) => pick(r, HEADINGS)(r))} https://example.com/${int(rng, 1000, 9999)}\n`;
        while (true) {
          let s = sentence();
          if (rng() < 0.2) s += ` ${pick(rng, EMOJI)}`;
          yield s;
        }
      }
      if (kind === 'linkedin') {
        yield unique((r) => pick(r, HOOKS)(r));
        while (true) {
          const roll = rng();
          yield roll < 0.15 ? list() : roll < 0.2 ? `${sentence()} ${pick(rng, EMOJI)}` : paragraph(1, 3);
        }
      }
      while (true) {
        yield unique((r) => pick(r, HEADINGS)(r));
        const paragraphs = int(rng, 2, 5);
        for (let i = 0; i < paragraphs; i++) yield rng() < 0.12 ? list() : paragraph(3, 7);
      }
    })();
  }

  function post(length: number, kind: PostKind = kindForLength(length)): string {
    const separator = kind === 'tweet' ? ' ' : '\n\n';
    const ending = kind === 'tweet' ? (rng() < 0.5 ? ` ${tags(int(rng, 1, 2))}` : '') : `\n\n${sentence()}\n\n${tags(int(rng, 2, 4))}`;
    const budget = length - ending.length;
    let text = '';
    const source = blocks(kind);
    let misses = 0;
    for (const block of source) {
      // A block ending in a line break (a tweet's teaser line) is followed by the next without a separator.
      const next = text ? (text.endsWith('\n') ? text + block : text + separator + block) : block;
      if (next.length <= budget) {
        text = next;
        continue;
      }
      // Too long: try a few other blocks, which may be shorter, before ending the post.
      if (++misses < 8 && text.length < budget * 0.97) continue;
      // Still short after that: cut the block at a word and end it as a draft would.
      if (text.length < budget * 0.85) text = cutAtWord(next, budget);
      break;
    }
    return text.trimEnd() + ending;
  }

  return { post, sentence, rng };
}

/** `text` cut to at most `max` units at a space, ending with an ellipsis. */
function cutAtWord(text: string, max: number): string {
  let cut = text.lastIndexOf(' ', max - 1);
  if (cut <= 0) cut = max - 1;
  return `${text.slice(0, cut).replace(/[\s,;:.\u2014-]+$/, '')}\u2026`;
}

/** Plain words an edit puts in place of another (a typo fix, a better word). */
const REPLACEMENTS = ['better', 'quick', 'careful', 'second', 'real', 'different', 'clear', 'open', 'early', 'little', 'warm', 'fresh', 'whole', 'weekly', 'shared', 'rough', 'steady', 'plain', 'bright', 'kind'];

export interface WordEdit {
  text: string;
  start: number;
  before: string;
  after: string;
}

/**
 * Replaces one word (3+ letters, not in a link, hashtag or mention) at a random position with another
 * plain word, keeping a leading capital. This is what typing a word over looks like to an analyzer.
 */
export function editOneWord(text: string, rng: Rng): WordEdit {
  const words: { start: number; word: string }[] = [];
  for (const token of text.matchAll(/\S+/g)) {
    const t = token[0];
    if (t.includes('://') || /^[@#]/.test(t) || /\p{L}\.\p{L}/u.test(t)) continue; // links, handles, tags, domains
    for (const m of t.matchAll(/(?<![\p{L}\p{N}'\u2019])\p{L}{3,}(?![\p{L}\p{N}'\u2019])/gu)) {
      words.push({ start: token.index + m.index, word: m[0] });
    }
  }
  if (words.length === 0) throw new Error('editOneWord: the text has no word to edit');
  const target = pick(rng, words);
  let after = pick(rng, REPLACEMENTS);
  while (after === target.word.toLowerCase()) after = pick(rng, REPLACEMENTS);
  if (/^\p{Lu}/u.test(target.word)) after = after[0]!.toUpperCase() + after.slice(1);
  return {
    text: text.slice(0, target.start) + after + text.slice(target.start + target.word.length),
    start: target.start,
    before: target.word,
    after,
  };
}
