/**
 * A cheap test that says when a built-in expression cannot match a text, so the engine skips running it.
 *
 * Most of the engine's phrase expressions (the cue lists of self-promotion, bait, value) find nothing in
 * most posts, yet V8 runs each over the whole text, case-insensitively: over generated tweets that was
 * about half of the time it takes to work out a post's kind. Every match of such an expression contains
 * one of a few literal strings ("launch", "hiring", "link in bio"), and looking for those with `includes`
 * costs a fraction of running the expression (literal-scan.ts looks for all of a list's at once).
 *
 * `literalPlan` reads the expression's source and says, for each of its alternatives, sets of strings of
 * which every match holds one from each set, or null when it cannot say. It is conservative: syntax it does
 * not know gives null (the expression is always run), and a construct it cannot bound adds no set, never a
 * wrong answer. Literals are lowered for expressions that ignore case and searched in the lowered text;
 * only ASCII characters and characters without case go into them, whose case partners all lower to them,
 * except the long s (ſ), which a Unicode-aware expression matches as `s` but lowering leaves as it is: a
 * text with ſ is always searched.
 */

/**
 * What an expression needs of a text, alternative by alternative. The expression is
 * `before + alternatives.join('|') + after`: its top-level alternatives, or those of a group that is all it
 * consumes (`\b(?:thanks|cheers)\b`). An alternative can match only where the text holds, for each of its
 * `needs`, one of that need's strings (lowered when the expression ignores case); an alternative with no
 * needs may match any text. An alternative that cannot match may be left out of the expression: at every
 * position it fails, so the others are tried in the same order and give the same matches.
 */
export interface LiteralPlan {
  readonly before: string;
  readonly after: string;
  readonly alternatives: readonly { readonly source: string; readonly needs: readonly (readonly string[])[] }[];
}

/**
 * A literal shorter than this is in nearly every post: not worth looking for. A single mark or symbol
 * ("$", "€", "%") is kept: the scan looks for it with the rest at no cost, and most posts have none.
 */
const MIN_LENGTH = 2;
const WORTH_ALONE = /^[^\p{L}\p{N}\s]$/u;
/** The most strings a run of literal items may expand to (`we['’]?re` is three). */
const MAX_EXPANSION = 64;
/** The most literals kept for one need: past this, looking for them costs about what the expression does. */
const MAX_LITERALS = 48;

type Node =
  | { type: 'char'; chars: ReadonlySet<string> | null } // null: any character, or one that cannot be a literal
  | { type: 'assert' } // consumes nothing: ^ $ \b \B and lookarounds
  | { type: 'group'; alts: Node[][]; spans: readonly Span[] }
  | { type: 'repeat'; node: Node; min: number; max: number };

/** Where an alternative stands in the expression's source. */
type Span = readonly [start: number, end: number];

class Unsupported extends Error {}

const plans = new WeakMap<RegExp, LiteralPlan | null>();

/** The expression's alternatives and what each needs of a text, or null when its source cannot be read. */
export function literalPlan(re: RegExp): LiteralPlan | null {
  let plan = plans.get(re);
  if (plan === undefined) {
    plan = planOf(re.source, re.flags);
    plans.set(re, plan);
  }
  return plan;
}

/** A text with its lowered copy made once, for testing several expressions' literals. */
export class Haystack {
  #lowered: string | undefined;
  #longS: boolean | undefined;
  constructor(readonly text: string) {}
  get lowered(): string {
    return (this.#lowered ??= this.text.toLowerCase());
  }
  get longS(): boolean {
    return (this.#longS ??= this.text.includes('\u017f'));
  }
}

/** Whether a text with the long s must be searched whatever its literals: `re` matches ſ as s. */
export function matchesLongS(re: RegExp): boolean {
  return re.ignoreCase && (re.unicode || re.unicodeSets);
}

/** False only when `re` cannot match the text: no alternative finds all it needs in it. */
export function mayMatch(re: RegExp, haystack: Haystack): boolean {
  const plan = literalPlan(re);
  if (plan === null || (matchesLongS(re) && haystack.longS)) return true;
  const text = re.ignoreCase ? haystack.lowered : haystack.text;
  return plan.alternatives.some(({ needs }) => needs.every((need) => need.some((literal) => text.includes(literal))));
}

function planOf(source: string, flags: string): LiteralPlan | null {
  if (flags.includes('v')) return null; // set notation in classes: not read here
  const ignoreCase = flags.includes('i');
  let top: { alts: Node[][]; spans: readonly Span[] };
  try {
    top = new Parser(source, flags.includes('u'), ignoreCase).parse();
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  // One alternative that consumes only one group, between assertions: that group's alternatives instead.
  const only = top.alts.length === 1 ? top.alts[0]!.filter((node) => node.type !== 'assert') : [];
  const { alts, spans } = only.length === 1 && only[0]!.type === 'group' ? only[0]! : top;
  return {
    before: source.slice(0, spans[0]![0]),
    after: source.slice(spans.at(-1)![1]),
    alternatives: alts.map((seq, i) => ({ source: source.slice(...spans[i]!), needs: needsOfSeq(seq, ignoreCase) })),
  };
}

/* ---------- which strings every match contains ---------- */

/**
 * Every set of strings the sequence's matches hold one of: a run of literal items, and what each item that
 * is not one holds. Sets with a string too short to be worth looking for, or with too many strings, are
 * left out; without any, the sequence can match any text.
 */
function needsOfSeq(seq: readonly Node[], ignoreCase: boolean): string[][] {
  return candidatesOfSeq(seq, ignoreCase)
    .map(prune)
    .filter((set) => set.length <= MAX_LITERALS && set.every((s) => s.length >= MIN_LENGTH || WORTH_ALONE.test(s)));
}

function needlesOfAlts(alts: readonly Node[][], ignoreCase: boolean): string[] | null {
  const all = new Set<string>();
  for (const seq of alts) {
    const found = needlesOfSeq(seq, ignoreCase);
    if (found === null) return null;
    for (const s of found) all.add(s);
  }
  return prune([...all]);
}

/** Drops a literal that contains another: whatever contains it contains the shorter one too. */
function prune(literals: string[]): string[] {
  return literals.filter((s, i) => !literals.some((t, j) => j !== i && t.length < s.length && s.includes(t)) && literals.indexOf(s) === i);
}

/** The best of the sequence's sets of strings (see `better`), for a group's alternative; null when it has none. */
function needlesOfSeq(seq: readonly Node[], ignoreCase: boolean): string[] | null {
  let best: string[] | null = null;
  for (const candidate of candidatesOfSeq(seq, ignoreCase)) if (best === null || better(candidate, best)) best = candidate;
  return best;
}

/** Each set of strings the sequence's matches hold one of, from its runs of literal items and its other items. */
function candidatesOfSeq(seq: readonly Node[], ignoreCase: boolean): string[][] {
  const out: string[][] = [];
  const consider = (candidate: string[] | null) => {
    if (candidate !== null && candidate.length > 0) out.push(candidate);
  };
  let run: string[] = [''];
  for (const node of seq) {
    const exact = exactStrings(node, ignoreCase);
    const grown = exact === null ? null : product(run, exact);
    if (grown !== null) {
      run = grown;
      continue;
    }
    consider(run);
    consider(needlesOf(node, ignoreCase));
    run = exact ?? [''];
  }
  consider(run);
  return out;
}

/** A set of literals is better when its shortest is longer, and then when it has fewer. */
function better(a: readonly string[], b: readonly string[]): boolean {
  const minA = Math.min(...a.map((s) => s.length));
  const minB = Math.min(...b.map((s) => s.length));
  return minA !== minB ? minA > minB : a.length < b.length;
}

function product(prefixes: readonly string[], suffixes: readonly string[]): string[] | null {
  if (prefixes.length * suffixes.length > MAX_EXPANSION) return null;
  const out = new Set<string>();
  for (const p of prefixes) for (const s of suffixes) out.add(p + s);
  return [...out];
}

function needlesOf(node: Node, ignoreCase: boolean): string[] | null {
  switch (node.type) {
    case 'group':
      return needlesOfAlts(node.alts, ignoreCase);
    case 'repeat':
      return node.min >= 1 ? needlesOf(node.node, ignoreCase) : null;
    default: {
      const exact = exactStrings(node, ignoreCase);
      return exact && exact.every((s) => s.length > 0) ? exact : null;
    }
  }
}

/** Every string `node` can match, when they are few and all literal; null otherwise. */
function exactStrings(node: Node, ignoreCase: boolean): string[] | null {
  switch (node.type) {
    case 'assert':
      return [''];
    case 'char':
      return node.chars === null ? null : [...node.chars];
    case 'group': {
      const out = new Set<string>();
      for (const seq of node.alts) {
        let run: string[] | null = [''];
        for (const item of seq) {
          const exact = exactStrings(item, ignoreCase);
          run = exact === null ? null : product(run, exact);
          if (run === null) return null;
        }
        for (const s of run) out.add(s);
        if (out.size > MAX_EXPANSION) return null;
      }
      return [...out];
    }
    case 'repeat': {
      if (node.max === Infinity || node.max > 3) return null;
      const inner = exactStrings(node.node, ignoreCase);
      if (inner === null) return null;
      const out = new Set<string>();
      let run: string[] | null = [''];
      for (let n = 0; n <= node.max && run !== null; n++) {
        if (n >= node.min) for (const s of run) out.add(s);
        run = n < node.max ? product(run, inner) : null;
      }
      return out.size > MAX_EXPANSION ? null : [...out];
    }
  }
}

/* ---------- a reader for the expression syntax the engine uses ---------- */

/**
 * A character that may stand in a literal: ASCII, or a character without case (punctuation, the modifier
 * apostrophe ʼ, digits and letters of scripts without case), which matches only itself ignoring case and
 * which lowering leaves as it is (a test checks every code point against the engine's case folding).
 */
function literalChar(ch: string, ignoreCase: boolean): string | null {
  if (ch.length === 1 && ch.charCodeAt(0) < 0x80) return ignoreCase ? ch.toLowerCase() : ch;
  if (!ignoreCase) return ch;
  return ch.toLowerCase() === ch && ch.toUpperCase() === ch ? ch : null;
}

const ANY: Node = { type: 'char', chars: null };
const ASSERT: Node = { type: 'assert' };
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

class Parser {
  #at = 0;
  constructor(
    readonly source: string,
    readonly unicode: boolean,
    readonly ignoreCase: boolean,
  ) {}

  parse(): { alts: Node[][]; spans: Span[] } {
    const top = this.alternatives();
    if (this.#at !== this.source.length) throw new Unsupported();
    return top;
  }

  private peek(offset = 0): string {
    return this.source.charAt(this.#at + offset);
  }

  private eat(text: string): boolean {
    if (!this.source.startsWith(text, this.#at)) return false;
    this.#at += text.length;
    return true;
  }

  /** The alternatives from here to the end of the group, with where each stands in the source. */
  private alternatives(): { alts: Node[][]; spans: Span[] } {
    const alts: Node[][] = [];
    const spans: Span[] = [];
    do {
      const start = this.#at;
      alts.push(this.sequence());
      spans.push([start, this.#at]);
    } while (this.eat('|'));
    return { alts, spans };
  }

  private sequence(): Node[] {
    const seq: Node[] = [];
    while (this.#at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      seq.push(atom.type === 'assert' ? atom : this.quantified(atom));
    }
    return seq;
  }

  private quantified(node: Node): Node {
    let min: number;
    let max: number;
    if (this.eat('*')) [min, max] = [0, Infinity];
    else if (this.eat('+')) [min, max] = [1, Infinity];
    else if (this.eat('?')) [min, max] = [0, 1];
    else if (this.peek() === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.#at));
      if (!m) throw new Unsupported(); // a literal brace outside Unicode mode: not worth reading
      this.#at += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return node;
    this.eat('?'); // lazy: the same strings
    return { type: 'repeat', node, min, max };
  }

  private atom(): Node {
    const ch = this.peek();
    if (ch === '^' || ch === '$') {
      this.#at += 1;
      return ASSERT;
    }
    if (ch === '.') {
      this.#at += 1;
      return ANY;
    }
    if (ch === '(') return this.group();
    if (ch === '[') return this.charClass();
    if (ch === '\\') return this.escape();
    if (ch === '*' || ch === '+' || ch === '?' || ch === '{' || ch === '}' || ch === ']') throw new Unsupported();
    return this.literal(this.codePoint());
  }

  private codePoint(): string {
    const cp = this.unicode ? this.source.codePointAt(this.#at)! : this.source.charCodeAt(this.#at);
    const ch = String.fromCodePoint(cp);
    this.#at += ch.length;
    return ch;
  }

  private literal(ch: string): Node {
    const lit = literalChar(ch, this.ignoreCase);
    return lit === null ? ANY : { type: 'char', chars: new Set([lit]) };
  }

  private group(): Node {
    this.#at += 1;
    let lookaround = false;
    if (this.eat('?:')) {
      /* plain group */
    } else if (this.eat('?=') || this.eat('?!') || this.eat('?<=') || this.eat('?<!')) lookaround = true;
    else if (this.peek() === '?' && this.peek(1) === '<') {
      const m = /^\?<[A-Za-z_$][\w$]*>/.exec(this.source.slice(this.#at));
      if (!m) throw new Unsupported();
      this.#at += m[0].length;
    } else if (this.peek() === '?') throw new Unsupported(); // modifiers and anything newer
    const { alts, spans } = this.alternatives();
    if (!this.eat(')')) throw new Unsupported();
    return lookaround ? ASSERT : { type: 'group', alts, spans };
  }

  private charClass(): Node {
    this.#at += 1;
    const negated = this.eat('^');
    const chars = new Set<string>();
    let any = negated;
    while (this.peek() !== ']') {
      if (this.#at >= this.source.length) throw new Unsupported();
      const from = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.#at += 1;
        const to = this.classAtom();
        if (from === null || to === null) throw new Unsupported();
        const [a, b] = [from.codePointAt(0)!, to.codePointAt(0)!];
        if (b < a) throw new Unsupported();
        if (b - a > MAX_EXPANSION) any = true;
        else for (let cp = a; cp <= b; cp++) this.addClassChar(chars, String.fromCodePoint(cp)) || (any = true);
      } else if (from === null) any = true;
      else if (!this.addClassChar(chars, from)) any = true;
    }
    this.#at += 1;
    return any || chars.size === 0 || chars.size > MAX_EXPANSION ? ANY : { type: 'char', chars };
  }

  /** Adds a class member as a literal; false when it cannot be one. */
  private addClassChar(chars: Set<string>, ch: string): boolean {
    const lit = literalChar(ch, this.ignoreCase);
    if (lit === null) return false;
    chars.add(lit);
    return true;
  }

  /** One member of a class: a character, or null for a set escape (\w, \p{L}...). */
  private classAtom(): string | null {
    if (this.peek() !== '\\') return this.codePoint();
    this.#at += 1;
    if (this.setEscape()) return null;
    const ch = this.peek();
    if (ch === 'b') {
      this.#at += 1;
      return '\b';
    }
    if (ch === '-') {
      this.#at += 1;
      return '-';
    }
    return this.escapedChar();
  }

  private escape(): Node {
    this.#at += 1;
    const ch = this.peek();
    if (ch === 'b' || ch === 'B') {
      this.#at += 1;
      return ASSERT;
    }
    if (this.setEscape()) return ANY;
    if (/[1-9]/.test(ch) || ch === 'k') throw new Unsupported(); // back-references
    return this.literal(this.escapedChar());
  }

  /** Reads a set escape after its backslash (\d \w \s, their negations, \p{...} in Unicode mode); false when there is none. */
  private setEscape(): boolean {
    const ch = this.peek();
    if (ch !== '' && 'dDwWsS'.includes(ch)) {
      this.#at += 1;
      return true;
    }
    if ((ch === 'p' || ch === 'P') && this.unicode) {
      const m = /^[pP]\{[\w=]+\}/.exec(this.source.slice(this.#at));
      if (!m) throw new Unsupported();
      this.#at += m[0].length;
      return true;
    }
    return false;
  }

  /** The character an escape other than a class or an assertion stands for. */
  private escapedChar(): string {
    const rest = this.source.slice(this.#at);
    const ch = rest.charAt(0);
    if (ch in SIMPLE_ESCAPES) {
      if (ch === '0' && /^0\d/.test(rest)) throw new Unsupported(); // an octal escape outside Unicode mode
      this.#at += 1;
      return SIMPLE_ESCAPES[ch]!;
    }
    const hex = /^x([0-9a-fA-F]{2})|^u([0-9a-fA-F]{4})|^u\{([0-9a-fA-F]+)\}/.exec(rest);
    if (hex) {
      if (hex[3] !== undefined && !this.unicode) throw new Unsupported();
      this.#at += hex[0].length;
      const cp = parseInt(hex[1] ?? hex[2] ?? hex[3]!, 16);
      if (hex[2] !== undefined && this.unicode && cp >= 0xd800 && cp <= 0xdbff) throw new Unsupported(); // an escaped surrogate pair
      return String.fromCodePoint(cp);
    }
    if (ch === 'c' || ch === '' || /[0-9a-zA-Z]/.test(ch)) throw new Unsupported();
    return this.codePoint(); // an identity escape: \. \/ \? \- ...
  }
}
