import { Automaton, type Entry } from './aho-corasick';
import { Haystack, literalPlan, matchesLongS } from './literal-prefilter';

/** Narrowed forms kept per expression; past this the oldest are dropped, so memory stays flat on any input. */
const NARROWED_KEPT = 64;
/** Alternatives an expression may have for its narrowed forms to be made (their sets are kept as bits). */
const MAX_ALTERNATIVES = 30;
/** The bits of an expression run as it is: one without literals to go by, or on a text with the long s. */
const WHOLE = -1;

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
  /** Per expression: where its alternatives start among all, and how many it has (0: run it whole). */
  readonly #firstAlternative: Int32Array;
  readonly #alternativeCount: Int32Array;
  /** Per expression: the bits of all its alternatives, which mean it runs as it is. */
  readonly #everyAlternative: number[] = [];
  /** Per alternative: how many needs it has; per need (a slot its literals mark): its alternative. */
  readonly #needCount: number[] = [];
  readonly #alternativeOf: number[] = [];
  /** Expressions that ignore case in Unicode mode, which a text with the long s (ſ) must run whole. */
  readonly #longS: boolean[];
  /** Literals of expressions that ignore case, looked for in the lowered text, and of the others, in the text as it is. */
  readonly #folded: Automaton;
  readonly #exact: Automaton;
  readonly #narrowed: Map<number, RegExp>[];
  /**
   * The slots a text marked, the needs each alternative met and the alternatives each expression may
   * match, cleared for each scan rather than made: arrays this long live outside V8's heap, and making
   * them per chunk cost more than filling them.
   */
  readonly #found: Uint8Array;
  readonly #met: Uint8Array;
  readonly #bits: Int32Array;

  constructor(readonly expressions: readonly RegExp[]) {
    const folded: Entry[] = [];
    const exact: Entry[] = [];
    this.#firstAlternative = new Int32Array(expressions.length);
    this.#alternativeCount = new Int32Array(expressions.length);
    this.#longS = expressions.map(matchesLongS);
    this.#narrowed = expressions.map(() => new Map());
    expressions.forEach((re, i) => {
      const plan = literalPlan(re);
      this.#everyAlternative.push(0);
      if (plan === null || plan.alternatives.length > MAX_ALTERNATIVES || plan.alternatives.every((alt) => alt.needs.length === 0)) return;
      this.#firstAlternative[i] = this.#needCount.length;
      this.#alternativeCount[i] = plan.alternatives.length;
      this.#everyAlternative[i] = 2 ** plan.alternatives.length - 1;
      for (const { needs } of plan.alternatives) {
        const alternative = this.#needCount.length;
        this.#needCount.push(needs.length);
        for (const literals of needs) {
          (re.ignoreCase ? folded : exact).push({ slot: this.#alternativeOf.length, literals });
          this.#alternativeOf.push(alternative);
        }
      }
    });
    this.#folded = new Automaton(folded);
    this.#exact = new Automaton(exact);
    this.#found = new Uint8Array(this.#alternativeOf.length);
    this.#met = new Uint8Array(this.#needCount.length);
    this.#bits = new Int32Array(expressions.length);
  }

  /**
   * For each expression, in order: the expression to run on the text (itself, or its narrowed form), or
   * undefined when it cannot match it.
   */
  runs(haystack: Haystack): (RegExp | undefined)[] {
    const possible = this.#possible(haystack);
    const { expressions } = this;
    const everyAlternative = this.#everyAlternative;
    const out: (RegExp | undefined)[] = new Array(expressions.length);
    for (let i = 0; i < expressions.length; i++) {
      const bits = possible[i]!;
      out[i] = bits === 0 ? undefined : bits === WHOLE || bits === everyAlternative[i] ? expressions[i] : this.#narrow(i, bits);
    }
    return out;
  }

  /** Per expression: the bits of the alternatives that may match the text, or `WHOLE` to run it as it is. */
  #possible(haystack: Haystack): Int32Array {
    const found = this.#found.fill(0);
    if (!this.#folded.empty) this.#folded.mark(haystack.lowered, found);
    if (!this.#exact.empty) this.#exact.mark(haystack.text, found);
    // How many of its needs each alternative found.
    const met = this.#met.fill(0);
    const alternativeOf = this.#alternativeOf;
    for (let slot = 0; slot < found.length; slot++) if (found[slot] === 1) met[alternativeOf[slot]!]!++;
    const needCount = this.#needCount;
    const firstAlternative = this.#firstAlternative;
    const alternativeCount = this.#alternativeCount;
    const longS = this.#longS;
    const possible = this.#bits;
    for (let i = 0; i < possible.length; i++) {
      const count = alternativeCount[i]!;
      if (count === 0 || (longS[i] && haystack.longS)) {
        possible[i] = WHOLE;
        continue;
      }
      const first = firstAlternative[i]!;
      let bits = 0;
      for (let a = 0; a < count; a++) if (met[first + a] === needCount[first + a]) bits |= 1 << a;
      possible[i] = bits;
    }
    return possible;
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
