namespace Graph.Extraction.Text;

/// <summary>Words that take a period without ending a sentence.</summary>
internal static class Abbreviations
{
    /// <summary>Abbreviations that come before a name: a sentence never ends after them.</summary>
    public static readonly HashSet<string> BeforeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pte",
        "Rep", "Sen", "Gov", "Pres", "Rev", "Fr", "Sr", "Jr", "St", "Hon", "Amb", "Supt", "Insp", "Brig", "Mt",
    };

    /// <summary>Other abbreviations; a sentence may end after them if a new one clearly starts.</summary>
    public static readonly HashSet<string> Other = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Ltd", "Co", "Corp", "Bros", "vs", "etc", "approx", "No", "Nos", "Vol", "Fig", "al", "cf", "est",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "Dept", "Univ", "Ave", "Blvd",
    };

    public static bool IsKnown(ReadOnlySpan<char> word)
    {
        var lookup = BeforeNames.GetAlternateLookup<ReadOnlySpan<char>>();
        var other = Other.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(word) || other.Contains(word);
    }

    /// <summary>"U.S.", "a.m.", "J." — letters each followed by a period.</summary>
    public static bool IsInitialism(ReadOnlySpan<char> tokenWithPeriod)
    {
        if (tokenWithPeriod.Length < 2 || tokenWithPeriod[^1] != '.')
        {
            return false;
        }
        for (var i = 0; i < tokenWithPeriod.Length; i += 2)
        {
            if (!char.IsLetter(tokenWithPeriod[i]) || i + 1 >= tokenWithPeriod.Length || tokenWithPeriod[i + 1] != '.')
            {
                return false;
            }
        }
        return true;
    }
}
