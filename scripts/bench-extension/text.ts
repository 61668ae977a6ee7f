import { type PostGenerator, int, pick } from '../bench/texts';

/**
 * What the benchmark types: sentences from the engine benchmark's post generator (which never repeats a
 * sentence, so no replica's text is already in the background's parse cache from an earlier replica), with
 * every third one loud and salesy, so the runs pay for drawing underlines as well as for checking. Only keys
 * on a US keyboard, no '@' or '#' (sites open pickers on those), no newlines (Enter differs per editor).
 */
const LOUD: readonly ((g: PostGenerator) => string)[] = [
  (g) => `WE ARE SO EXCITED about the new ${pick(g.rng, ['planner', 'course', 'toolkit', 'workshop'])}, only ${int(g.rng, 3, 40)} seats left!!!`,
  (g) => `Buy now and save ${int(g.rng, 10, 70)}% today, this offer ends ${pick(g.rng, ['tonight', 'on Friday', 'soon'])}!!`,
  (g) => `HUGE NEWS for ${pick(g.rng, ['teams', 'founders', 'parents', 'students'])}: sign up today and never miss out again!!!`,
  (g) => `Like and share if you agree, tag ${int(g.rng, 2, 5)} friends who need this RIGHT NOW!`,
];

const TYPABLE = /^[\x20-\x7e]*$/;

/** At least `keys` characters of typing, whole sentences separated by spaces. */
export function typingText(keys: number, generator: PostGenerator): string {
  let text = '';
  for (let i = 0; text.length < keys; i++) {
    let sentence = i % 3 === 2 ? pick(generator.rng, LOUD)(generator) : generator.sentence();
    for (let tries = 0; !TYPABLE.test(sentence) || /[@#]/.test(sentence); tries++) {
      if (tries > 50) throw new Error('the post generator gives no typable sentences');
      sentence = generator.sentence();
    }
    text += (text ? ' ' : '') + sentence;
  }
  return text;
}

/**
 * Splits `text` into bursts of typing of about `target` keys each, cut after a space where one is near, as a
 * person pauses between words more often than inside one. Joined back, the bursts give `text` exactly.
 */
export function splitIntoBursts(text: string, target: number): string[] {
  if (!Number.isInteger(target) || target < 1) throw new RangeError(`burst size must be a whole number >= 1, got ${target}`);
  const bursts: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + target, text.length);
    if (end < text.length) {
      // The nearest word end within a third of the target either side, else a hard cut.
      const slack = Math.max(1, Math.floor(target / 3));
      let best = -1;
      for (let d = 0; d <= slack && best < 0; d++) {
        for (const cut of [end + d, end - d]) {
          if (cut > at && cut <= text.length && text[cut - 1] === ' ') {
            best = cut;
            break;
          }
        }
      }
      if (best > 0) end = best;
    }
    bursts.push(text.slice(at, end));
    at = end;
  }
  return bursts;
}

/** Bursts of about `size` keys, as many as it takes to type at least `keys` keys in all. */
export function burstsFor(keys: number, size: number, generator: PostGenerator): string[] {
  const bursts: string[] = [];
  let typed = 0;
  for (const burst of splitIntoBursts(typingText(keys + 2 * size, generator), size)) {
    if (typed >= keys) break;
    bursts.push(burst);
    typed += burst.length;
  }
  return bursts;
}
