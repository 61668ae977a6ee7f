/**
 * Simple English number and case, enough for a style guide's terms: "user" also finds "users" (and a
 * plural term its singular), and a replacement keeps the number and capitals of what it replaces. Irregular
 * plurals (person/people) are not guessed: list both forms.
 */

export function looksPlural(word: string): boolean {
  return word.length > 3 && /s$/i.test(word) && !/(?:ss|us|is)$/i.test(word);
}

export function pluralize(word: string): string {
  const upper = isAllCaps(word);
  let out: string;
  if (/[^aeiou]y$/i.test(word)) out = `${word.slice(0, -1)}ies`;
  else if (/(?:s|x|z|ch|sh)$/i.test(word)) out = `${word}es`;
  else out = `${word}s`;
  return upper ? out.toUpperCase() : out;
}

export function singularize(word: string): string {
  if (!looksPlural(word)) return word;
  if (/ies$/i.test(word) && word.length > 4) return word.slice(0, -3) + (isAllCaps(word) ? 'Y' : 'y');
  if (/(?:ss|x|z|ch|sh)es$/i.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** The other number of the last word of a phrase ("customer account" -> "customer accounts"). */
export function otherNumber(phrase: string): string {
  const match = /([\p{L}\p{N}]+)([^\p{L}\p{N}]*)$/u.exec(phrase);
  if (!match || match[1] === undefined) return phrase;
  const word = match[1];
  const swapped = looksPlural(word) ? singularize(word) : pluralize(word);
  return phrase.slice(0, match.index) + swapped + (match[2] ?? '');
}

export function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && word === word.toUpperCase();
}

/**
 * `replacement` written the way `original` is: in capitals when the original shouts (two letters or more),
 * with a capital first letter when the original starts a sentence or a name; otherwise as the house writes
 * it, so "JavaScript" and "iPhone" keep their own capitals.
 */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && isAllCaps(letters) && !isAllCaps(replacement.replace(/[^\p{L}]/gu, ''))) return replacement.toUpperCase();
  const first = letters.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    const index = replacement.search(/\p{L}/u);
    if (index >= 0 && replacement.charAt(index) === replacement.charAt(index).toLowerCase()) {
      return replacement.slice(0, index) + replacement.charAt(index).toUpperCase() + replacement.slice(index + 1);
    }
  }
  return replacement;
}
