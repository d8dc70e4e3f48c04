namespace Graph.Extraction.Entities.Statistical;

/// <summary>One token of a CoNLL file with its gold tag (always IOB2) and the 1-based line it came from.</summary>
internal readonly record struct ConllToken(string Text, string Tag, int Line);
