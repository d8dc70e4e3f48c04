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

    public static (string Text, OffsetMap Map) Normalize(string original)
    {
        var builder = new StringBuilder(original.Length);
        var starts = new List<int>(original.Length);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            switch (c)
            {
                case '\r':
                    // CRLF and lone CR both become one LF.
                    if (i + 1 < original.Length && original[i + 1] == '\n')
                    {
                        continue;
                    }
                    Add('\n', i);
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
                case '\u00A0' or '\u2007' or '\u202F' or '\t' or '\f' or '\v':
                    Add(' ', i);
                    break;
                default:
                    if (c is >= '\u2000' and <= '\u200A' or '\u3000')
                    {
                        Add(' ', i);
                    }
                    else
                    {
                        Add(c, i);
                    }
                    break;
            }
        }
        return (builder.ToString(), new OffsetMap([.. starts], original.Length));

        void Add(char c, int origin)
        {
            builder.Append(c);
            starts.Add(origin);
        }
    }
}
