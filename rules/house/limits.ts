/**
 * How big a pack may be. A pack runs on every keystroke in every composer, and can come from a URL or a
 * policy nobody on the team reviewed, so its size is bounded up front; each limit is far above what a real
 * style guide needs (Microsoft's and Google's Vale styles have 30-40 rules; proselint's longest has 777
 * entries) and each is named in the error a pack that passes it gets.
 */
export const LIMITS = {
  /** Rules in one pack. */
  rules: 500,
  /** Terms (or swap pairs, or exceptions) in one rule. */
  termsPerRule: 2000,
  /** Terms across the whole pack. */
  termsPerPack: 20_000,
  /** Characters in one term or regular expression (Vale's passive-voice rule is one of 1,127). */
  patternLength: 2000,
  /** Characters in a message or a description. */
  messageLength: 500,
  descriptionLength: 2000,
  /** Characters of the whole pack as JSON. */
  packCharacters: 1_000_000,
} as const;
