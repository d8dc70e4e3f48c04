namespace Graph.Core.Model;

/// <summary>How a mention refers to its entity; written lower-case in the JSON contract.</summary>
public enum MentionKind
{
    Name,
    Alias,
    Demonym,
    Title,
    Nominal,
    Pronoun,
}

public static class MentionKinds
{
    public static string ToContract(this MentionKind kind) => kind switch
    {
        MentionKind.Name => "name",
        MentionKind.Alias => "alias",
        MentionKind.Demonym => "demonym",
        MentionKind.Title => "title",
        MentionKind.Nominal => "nominal",
        MentionKind.Pronoun => "pronoun",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParse(string text, out MentionKind kind)
    {
        foreach (var candidate in Enum.GetValues<MentionKind>())
        {
            if (candidate.ToContract() == text)
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
