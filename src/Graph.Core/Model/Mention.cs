namespace Graph.Core.Model;

/// <summary>
/// A stretch of text that refers to an entity. Recognizers create it with a type and, when they
/// know it, the canonical key of a known entity; reference resolution fills <see cref="EntityId"/>.
/// </summary>
public sealed class Mention
{
    public Mention(Span span, string text, string type, MentionKind kind, string origin)
    {
        Span = span;
        Text = text;
        Type = type;
        Kind = kind;
        Origin = origin;
    }

    /// <summary>Offsets into the document's normalized text.</summary>
    public Span Span { get; }

    public string Text { get; }

    public string Type { get; set; }

    public MentionKind Kind { get; set; }

    /// <summary>Which recognizer produced it: gazetteer, rule id or model.</summary>
    public string Origin { get; }

    /// <summary>The gazetteer entry this mention names, when it names a known entity.</summary>
    public GazetteerEntryRef? Known { get; set; }

    /// <summary>The name the entity should carry when this mention introduces it.</summary>
    public string? CanonicalName { get; set; }

    /// <summary>Role words attached to a person mention ("Foreign Minister").</summary>
    public string? Title { get; set; }

    /// <summary>The country or organization a title belongs to ("Russian" in "Russian President ...").</summary>
    public Mention? Affiliation { get; set; }

    /// <summary>For plural references ("the two leaders"), the entity ids they stand for.</summary>
    public IReadOnlyList<string>? Group { get; set; }

    /// <summary>Entity id assigned by reference resolution.</summary>
    public string? EntityId { get; set; }

    public override string ToString() => $"{Type}:{Text}{Span}";
}

/// <summary>A pointer to a gazetteer entry by its entity id, carried on mentions.</summary>
public sealed record GazetteerEntryRef(string EntityId, string Type, string Name);
