using System.Buffers;
using System.Text;
using Graph.Core.Model;
using Graph.Core.Pipeline;
using Graph.Core.Text;

namespace Graph.Extraction.Text;

/// <summary>
/// Straightens typography so later stages see one form of each character: curly quotes and
/// apostrophes, dashes, exotic spaces, ellipses and line ends. Keeps a map from every normalized
/// character back to the original text, so outputs can cite original offsets.
/// </summary>
public sealed class TextNormalizer : IPipelineComponent
{
    public string Name => "normalize";

    public IReadOnlyCollection<Annotation> Requires { get; } = [];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.NormalizedText];

    public void Process(Document document)
    {
        var (text, map) = Normalize(document.Article.Text);
        document.SetNormalizedText(text, map);
    }

    // Every character the switch below changes or drops; text between them is copied as it is.
    private static readonly SearchValues<char> Changed = SearchValues.Create(
        "\r\u2018\u2019\u201A\u201B\u2032\u02BC`\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010\u2011\u2012\u2212\u2013\u2014\u2015"
        + "\u2026\u00AD\u200B\u200C\u200D\u2060\uFEFF\u00A0\u202F\t\f\v\u3000"
        + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A");

    public static (string Text, OffsetMap Map) Normalize(string original)
    {
        var next = original.AsSpan().IndexOfAny(Changed);
        if (next < 0)
        {
            return (original, OffsetMap.Identity(original.Length));
        }
        var builder = new StringBuilder(original.Length);
        var offsets = new OffsetMap.Builder();
        var i = 0;
        while (true)
        {
            if (next > i)
            {
                offsets.Add(builder.Length, i);
                builder.Append(original, i, next - i);
            }
            if (next == original.Length)
            {
                break;
            }
            i = next;
            var c = original[i];
            switch (c)
            {
                case '\r':
                    // CRLF and lone CR both become one LF.
                    if (i + 1 == original.Length || original[i + 1] != '\n')
                    {
                        Add('\n', i);
                    }
                    break;
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '`' or '\u00B4':
                    Add('\'', i);
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB':
                    Add('"', i);
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2212':
                    Add('-', i);
                    break;
                case '\u2013' or '\u2014' or '\u2015':
                    // Dashes between words are clause breaks, not hyphens: keep them apart.
                    Add('-', i);
                    Add('-', i);
                    break;
                case '\u2026':
                    Add('.', i);
                    Add('.', i);
                    Add('.', i);
                    break;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    break;
                case '\u00A0' or '\u202F' or '\t' or '\f' or '\v' or (>= '\u2000' and <= '\u200A') or '\u3000':
                    Add(' ', i);
                    break;
                default:
                    Add(c, i);
                    break;
            }
            i++;
            var found = original.AsSpan(i).IndexOfAny(Changed);
            next = found < 0 ? original.Length : i + found;
        }
        return (builder.ToString(), offsets.Build(builder.Length, original.Length));

        void Add(char c, int origin)
        {
            offsets.Add(builder.Length, origin);
            builder.Append(c);
        }
    }
}
