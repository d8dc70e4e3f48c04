namespace Graph.Core.Model;

/// <summary>A token with offsets into the document's normalized text.</summary>
public readonly record struct Token(int Start, int End, string Text)
{
    public Span Span => new(Start, End);

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);
}
