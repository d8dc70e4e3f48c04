using System.Globalization;
using System.Text;

namespace Graph.Core.Schema;

/// <summary>
/// Stable entity ids, derived only from type and canonical key, so that two runs on any machine
/// give the same ids: "country:rus", "person:vladimir-putin".
/// </summary>
public static class EntityIds
{
    public static string For(string type, string key) => $"{type.ToLowerInvariant()}:{Slug(key)}";

    public static string Slug(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var dash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (dash && builder.Length > 0)
                {
                    builder.Append('-');
                }
                builder.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (c != '\'' && c != '.')
            {
                dash = true;
            }
        }
        return builder.ToString();
    }
}
