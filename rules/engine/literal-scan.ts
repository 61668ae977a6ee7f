import { Haystack, literalPlan, matchesLongS } from './literal-prefilter';

/** Narrowed forms kept per expression; past this the oldest are dropped, so memory stays flat on any input. */
const NARROWED_KEPT = 64;
/** Alternatives an expression may have for its narrowed forms to be made (their sets are kept as bits). */
const MAX_ALTERNATIVES = 31;

/**
 * Which of a list of expressions may match a text, and which of their alternatives, found in one pass over
 * it. Looking for each expression's literals one by one (`mayMatch`) read a 280-character post some seven
 * hundred times for the promotion cues; an Aho-Corasick automaton over all their literals reads it once.
 *
 * A long alternation ("we're launching|new arrivals|now booking|...") whose words are common runs on
 * most posts, trying every alternative at every position, though the text may hold what only one of them
 * needs. So an expression is run narrowed to the alternatives that may match (literal-prefilter.ts
 * `LiteralPlan`), which finds the same matches; each narrowed form is made once and kept. Built once per list.
 */
export class LiteralScan {
  /** Per expression: its plan's alternatives as indexes into `#needStart`, or null to run it whole. */
  readonly #alternatives: ({ first: number; count: number } | null)[] = [];
  /** Per alternative: its needs as a range of `#needSlots`... */
  readonly #needStart: number[] = [];
  /** ...each need being the slot its literals mark. */
  readonly #needSlots: number[] = [];
  /** Expressions that ignore case in Unicode mode, which a text with the long s (ſ) must run whole. */
  readonly #longS: boolean[];
  /** Literals of expressions that ignore case, looked for in the lowered text, and of the others, in the text as it is. */
  readonly #folded: Automaton;
  readonly #exact: Automaton;
  readonly #slots: number;
  readonly #narrowed: Map<number, RegExp>[];

  constructor(readonly expressions: readonly RegExp[]) {
    const folded: Entry[] = [];
    const exact: Entry[] = [];
    this.#longS = expressions.map(matchesLongS);
    this.#narrowed = expressions.map(() => new Map());
    let slot = 0;
    for (const re of expressions) {
      const plan = literalPlan(re);
      if (plan === null || plan.alternatives.length > MAX_ALTERNATIVES || plan.alternatives.every((alt) => alt.needs.length === 0)) {
        this.#alternatives.push(null);
        continue;
      }
      this.#alternatives.push({ first: this.#needStart.length, count: plan.alternatives.length });
      for (const { needs } of plan.alternatives) {
        this.#needStart.push(this.#needSlots.length);
        for (const literals of needs) {
          (re.ignoreCase ? folded : exact).push({ slot, literals });
          this.#needSlots.push(slot++);
        }
      }
    }
    this.#needStart.push(this.#needSlots.length);
    this.#slots = slot;
    this.#folded = new Automaton(folded);
    this.#exact = new Automaton(exact);
  }

  /**
   * For each expression, in order: the expression to run on the text (itself, or its narrowed form), or
   * undefined when it cannot match it.
   */
  scan(haystack: Haystack): (RegExp | undefined)[] {
    const found = new Uint8Array(this.#slots);
    if (!this.#folded.empty) this.#folded.mark(haystack.lowered, found);
    if (!this.#exact.empty) this.#exact.mark(haystack.text, found);
    const out: (RegExp | undefined)[] = [];
    for (let i = 0; i < this.expressions.length; i++) {
      const re = this.expressions[i]!;
      const alternatives = this.#alternatives[i]!;
      if (alternatives === null || (this.#longS[i] && haystack.longS)) {
        out.push(re);
        continue;
      }
      let possible = 0;
      for (let a = 0; a < alternatives.count; a++) {
        const alt = alternatives.first + a;
        let all = true;
        for (let n = this.#needStart[alt]!; n < this.#needStart[alt + 1]! && all; n++) all = found[this.#needSlots[n]!] === 1;
        if (all) possible |= 1 << a;
      }
      out.push(possible === 0 ? undefined : possible === 2 ** alternatives.count - 1 ? re : this.#narrow(i, possible));
    }
    return out;
  }

  /** The expression with only the alternatives whose bits `possible` has. */
  #narrow(index: number, possible: number): RegExp {
    const kept = this.#narrowed[index]!;
    let re = kept.get(possible);
    if (re === undefined) {
      const whole = this.expressions[index]!;
      const plan = literalPlan(whole)!;
      const sources = plan.alternatives.filter((_, a) => possible & (1 << a)).map((alt) => alt.source);
      re = new RegExp(plan.before + sources.join('|') + plan.after, whole.flags);
      if (kept.size >= NARROWED_KEPT) kept.delete(kept.keys().next().value!);
      kept.set(possible, re);
    }
    return re;
  }
}

interface Entry {
  slot: number;
  literals: readonly string[];
}

interface State {
  next: Map<number, State>;
  fail: State | null;
  /** Slots a literal ending here (or at a state its failure links reach) belongs to. */
  marks: number[];
}

/** A textbook Aho-Corasick automaton over UTF-16 code units, marking the slots whose literal it meets. */
class Automaton {
  readonly #root: State = { next: new Map(), fail: null, marks: [] };
  /** No literals: marking would read the text for nothing. */
  readonly empty: boolean;

  constructor(entries: readonly Entry[]) {
    this.empty = entries.length === 0;
    for (const { slot, literals } of entries) {
      for (const literal of literals) {
        let state = this.#root;
        for (let i = 0; i < literal.length; i++) {
          const code = literal.charCodeAt(i);
          let next = state.next.get(code);
          if (!next) {
            next = { next: new Map(), fail: null, marks: [] };
            state.next.set(code, next);
          }
          state = next;
        }
        if (!state.marks.includes(slot)) state.marks.push(slot);
      }
    }
    const queue: State[] = [];
    for (const child of this.#root.next.values()) {
      child.fail = this.#root;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [code, child] of state.next) {
        let fail = state.fail;
        while (fail && !fail.next.has(code)) fail = fail.fail;
        child.fail = fail ? fail.next.get(code)! : this.#root;
        for (const mark of child.fail.marks) if (!child.marks.includes(mark)) child.marks.push(mark);
        queue.push(child);
      }
    }
  }

  mark(text: string, out: Uint8Array): void {
    const root = this.#root;
    let state = root;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let next = state.next.get(code);
      while (next === undefined && state !== root) {
        state = state.fail!;
        next = state.next.get(code);
      }
      state = next ?? root;
      const marks = state.marks;
      for (let m = 0; m < marks.length; m++) out[marks[m]!] = 1;
    }
  }
}
