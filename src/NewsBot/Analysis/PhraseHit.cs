namespace NewsBot.Analysis;

/// <summary>A whole-word occurrence of a phrase in folded text: [Start, End) in folded coordinates.</summary>
internal readonly record struct PhraseHit<T>(T Value, int Start, int End);
