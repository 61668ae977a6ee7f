import { Haystack, requiredLiterals } from './literal-prefilter';

/**
 * Which of a list of expressions may match a text, found in one pass over it. Looking for each
 * expression's literals one by one (`mayMatch`) read a 280-character post some seven hundred times for the
 * promotion cues; an Aho-Corasick automaton over all their literals reads it once. Built once per list.
 */
export class LiteralScan {
  /** Expressions that must always run: no literals, or literals searched case-sensitively. */
  readonly #always: Uint8Array;
  /** Expressions that ignore case in Unicode mode, which a text with the long s (ſ) must run. */
  readonly #longS: Uint8Array;
  /** Case-sensitive expressions' literals, looked for in the text as it is. */
  readonly #exact: { index: number; literals: readonly string[] }[] = [];
  readonly #automaton: Automaton;

  constructor(readonly expressions: readonly RegExp[]) {
    this.#always = new Uint8Array(expressions.length);
    this.#longS = new Uint8Array(expressions.length);
    const folded: { index: number; literals: readonly string[] }[] = [];
    expressions.forEach((re, index) => {
      const literals = requiredLiterals(re);
      if (literals === null) this.#always[index] = 1;
      else if (!re.ignoreCase) this.#exact.push({ index, literals });
      else {
        folded.push({ index, literals });
        if (re.unicode || re.unicodeSets) this.#longS[index] = 1;
      }
    });
    this.#automaton = new Automaton(folded);
  }

  /** For each expression, in order, 1 when it may match the text and 0 when it cannot. */
  scan(haystack: Haystack): Uint8Array {
    const out = this.#always.slice();
    if (haystack.longS) for (let i = 0; i < out.length; i++) out[i]! |= this.#longS[i]!;
    for (const { index, literals } of this.#exact) if (literals.some((literal) => haystack.text.includes(literal))) out[index] = 1;
    this.#automaton.mark(haystack.lowered, out);
    return out;
  }
}

interface State {
  next: Map<number, State>;
  fail: State | null;
  /** Expressions a literal ending here (or at a state its failure links reach) belongs to. */
  marks: number[];
}

/** A textbook Aho-Corasick automaton over UTF-16 code units, marking the expressions whose literal it meets. */
class Automaton {
  readonly #root: State = { next: new Map(), fail: null, marks: [] };

  constructor(entries: readonly { index: number; literals: readonly string[] }[]) {
    for (const { index, literals } of entries) {
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
        if (!state.marks.includes(index)) state.marks.push(index);
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
