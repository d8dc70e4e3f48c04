using System.Globalization;
using System.Text;
using System.Xml;

namespace Graph.Export.GraphMl;

/// <summary>Makes arbitrary article text safe to put in an XML 1.0 document.</summary>
internal static class XmlChars
{
    /// <summary>
    /// Drops the characters XML 1.0 cannot carry at all, not even as character references: C0
    /// controls other than tab, LF and CR, U+FFFE, U+FFFF and unpaired surrogates. Articles
    /// scraped from the web contain such bytes now and then; losing them beats an unreadable file.
    /// </summary>
    public static string Clean(string text)
    {
        var firstBad = FirstInvalid(text);
        if (firstBad < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsAllowed(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!IsAllowed(c))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\uD800') || (c > '\uDFFF' && c < '\uFFFE');

    /// <summary>
    /// GraphML declares node and edge ids as xs:NMTOKEN (letters, digits, '.', '-', '_', ':').
    /// Entity ids already fit; relation ids contain '>' and '|'. Every other character becomes
    /// '.' and four hex digits; '.' itself is escaped too, so the mapping is one-to-one and
    /// "a-MET->b" becomes "a-MET-.003Eb".
    /// </summary>
    public static string Token(string id)
    {
        if (id.Length > 0 && id.All(c => c != '.' && IsTokenChar(c)))
        {
            return id;
        }
        var builder = new StringBuilder(id.Length + 16);
        foreach (var c in id)
        {
            if (c != '.' && IsTokenChar(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('.').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }
        return builder.Length > 0 ? builder.ToString() : ".";
    }

    private static bool IsTokenChar(char c) => c == ':' || XmlConvert.IsNCNameChar(c);
}
