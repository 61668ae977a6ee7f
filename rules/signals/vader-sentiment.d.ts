// The vader-sentiment package (a CommonJS bundle) ships no types; this is the part of its API Rapport uses.
declare module 'vader-sentiment' {
  export interface PolarityScores {
    /** Shares of the words that are negative, neutral and positive (they add up to about 1). */
    neg: number;
    neu: number;
    pos: number;
    /** Sum of the word valences, squashed to -1..1 (x / sqrt(x^2 + 15)) and rounded to 4 places. */
    compound: number;
  }
  /** What the scoring rules read of a text: its tokens and whether only some of them are in capitals. */
  export interface SentiTextLike {
    text: string;
    words_and_emoticons: string[];
    is_cap_diff: boolean;
  }
  export interface SentimentIntensityAnalyzerStatic {
    polarity_scores(text: string): PolarityScores;
    /** Appends the valence of `item` (token `index`), after negation, boosters and capitals, to `sentiments`. */
    sentiment_valence(valence: number, sentiText: SentiTextLike, item: string, index: number, sentiments: number[]): number[];
    /** Halves valences before "but" and raises those after it (in place). */
    but_check(words: string[], sentiments: number[]): number[];
  }
  const vader: { SentimentIntensityAnalyzer: SentimentIntensityAnalyzerStatic };
  export default vader;
}
