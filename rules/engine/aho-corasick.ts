/** Strings to look for, each marking its slot where the text holds it. */
export interface Entry {
  slot: number;
  literals: readonly string[];
}

/**
 * A textbook Aho-Corasick automaton over UTF-16 code units, marking the slots whose literal it meets, made
 * once into a table: reading a character is one lookup. Code units that stand in no literal share one
 * class, so the table has a column per character the literals use (a few dozen), not per code unit.
 * Walking a tree of maps and failure links instead was the slower half of the literal scan over short posts.
 */
export class Automaton {
  /** No literals: marking would read the text for nothing. */
  readonly empty: boolean;
  /** The class of each ASCII code unit, and of the others that stand in a literal; 0 for the rest. */
  readonly #asciiClass = new Uint8Array(128);
  readonly #wideClass = new Map<number, number>();
  readonly #classes: number;
  /** The state after each state and class, at `state * #classes + class`; state 0 is the root. */
  readonly #next: Uint32Array;
  /** The slots a state marks (its literals' and those of the states its failure links reach). */
  readonly #markStart: Uint32Array;
  readonly #marks: Uint32Array;

  constructor(entries: readonly Entry[]) {
    this.empty = entries.length === 0;
    const used = new Set<number>();
    for (const { literals } of entries) for (const literal of literals) for (let i = 0; i < literal.length; i++) used.add(literal.charCodeAt(i));
    const codes = [...used].sort((a, b) => a - b);
    // Class 0 is every code unit in no literal; the others are numbered from 1.
    const classOf = new Map(codes.map((code, i) => [code, i + 1]));
    for (const [code, cls] of classOf) {
      if (code < 128) this.#asciiClass[code] = cls;
      else this.#wideClass.set(code, cls);
    }
    const classes = codes.length + 1;
    this.#classes = classes;

    // The trie of the literals, by class.
    const children: Map<number, number>[] = [new Map()];
    const marks: number[][] = [[]];
    for (const { slot, literals } of entries) {
      for (const literal of literals) {
        let state = 0;
        for (let i = 0; i < literal.length; i++) {
          const cls = classOf.get(literal.charCodeAt(i))!;
          let next = children[state]!.get(cls);
          if (next === undefined) {
            next = children.length;
            children.push(new Map());
            marks.push([]);
            children[state]!.set(cls, next);
          }
          state = next;
        }
        if (!marks[state]!.includes(slot)) marks[state]!.push(slot);
      }
    }

    // Breadth first, so a state's failure (a shallower state) has its row and marks before the state.
    const next = new Uint32Array(children.length * classes);
    const fail = new Uint32Array(children.length);
    const queue = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (let cls = 0; cls < classes; cls++) {
        const child = children[state]!.get(cls);
        // Without a child, go where the failure state goes (from the root: stay there).
        const onFail = state === 0 ? 0 : next[fail[state]! * classes + cls]!;
        if (child === undefined) {
          next[state * classes + cls] = onFail;
          continue;
        }
        next[state * classes + cls] = child;
        fail[child] = onFail;
        for (const mark of marks[onFail]!) if (!marks[child]!.includes(mark)) marks[child]!.push(mark);
        queue.push(child);
      }
    }
    this.#next = next;
    this.#markStart = new Uint32Array(marks.length + 1);
    marks.forEach((list, state) => (this.#markStart[state + 1] = this.#markStart[state]! + list.length));
    this.#marks = Uint32Array.from(marks.flat());
  }

  mark(text: string, out: Uint8Array): void {
    const next = this.#next;
    const classes = this.#classes;
    const ascii = this.#asciiClass;
    const markStart = this.#markStart;
    const marks = this.#marks;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = next[state * classes + (code < 128 ? ascii[code]! : (this.#wideClass.get(code) ?? 0))]!;
      for (let m = markStart[state]!; m < markStart[state + 1]!; m++) out[marks[m]!] = 1;
    }
  }
}
