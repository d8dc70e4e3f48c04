namespace Graph.Extraction.Entities.Statistical;

/// <summary>The scores of a CoNLL evaluation and the predicted IOB2 tag of each token line (null for other lines).</summary>
internal sealed record ConllEvaluation(EntityScores Scores, IReadOnlyList<string?> PredictedByLine);
