// vader-sentiment ships no types. Its one export: VADER's analyser (Hutto & Gilbert 2014), a lexicon of
// ~7,500 scored words and emoticons with rules for negation, intensifiers ("very", "extremely"), capitals,
// "but" and exclamation marks.
declare module 'vader-sentiment' {
  export interface PolarityScores {
    neg: number;
    neu: number;
    pos: number;
    /** Normalised sum of valences, -1 (most negative) … 1 (most positive). */
    compound: number;
  }
  export const SentimentIntensityAnalyzer: { polarity_scores(text: string): PolarityScores };
  const vader: { SentimentIntensityAnalyzer: typeof SentimentIntensityAnalyzer };
  export default vader;
}

// The scored word list itself (word → mean valence), used as vocabulary by lib/engine/hashtags.ts.
declare module 'vader-sentiment/src/vader_lexicon.js' {
  export const lexicon: Record<string, number>;
}
