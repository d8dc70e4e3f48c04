using Graph.Core;

namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// Reads CoNLL-2003 style files: one token a line with its tag in the last column, blank lines
/// between sentences, <c>-DOCSTART-</c> lines between documents. Tags may be IOB1 or IOB2; they
/// are converted to IOB2 so training and scoring see one scheme.
/// </summary>
internal static class ConllReader
{
    public const string MissingFile = "GK0301";
    public const string MalformedLine = "GK0300";

    public static ConllCorpus Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new GraphException(MissingFile, $"{path}: file does not exist");
        }
        return Parse(path, File.ReadAllLines(path));
    }

    public static ConllCorpus Parse(string path, IReadOnlyList<string> lines)
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var tokens = new List<ConllToken>();

        void EndSentence()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new ConllSentence(ToIob2(tokens)));
                tokens = [];
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                documents.Add(new ConllDocument(sentences));
                sentences = [];
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var lineNumber = i + 1;
            if (string.IsNullOrWhiteSpace(line))
            {
                EndSentence();
                continue;
            }
            var columns = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (columns[0] == "-DOCSTART-")
            {
                EndDocument();
                continue;
            }
            if (columns.Length < 2)
            {
                throw new GraphException(MalformedLine, $"{path}:{lineNumber}: expected a token and a tag, found '{Truncate(line)}'");
            }
            var tag = columns[^1];
            if (!IsValidTag(tag))
            {
                throw new GraphException(MalformedLine, $"{path}:{lineNumber}: '{Truncate(tag)}' is not an entity tag (O, B-TYPE or I-TYPE)");
            }
            tokens.Add(new ConllToken(columns[0], tag, lineNumber));
        }
        EndDocument();
        return new ConllCorpus(path, lines, documents);
    }

    private static bool IsValidTag(string tag) =>
        tag == "O" || (tag.Length > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-');

    /// <summary>In IOB1 an entity may start with I-; IOB2 always starts it with B-.</summary>
    private static List<ConllToken> ToIob2(List<ConllToken> tokens)
    {
        var previous = "O";
        for (var i = 0; i < tokens.Count; i++)
        {
            var tag = tokens[i].Tag;
            if (tag[0] == 'I' && (previous == "O" || previous.AsSpan(2).SequenceEqual(tag.AsSpan(2)) is false))
            {
                tokens[i] = tokens[i] with { Tag = "B-" + tag[2..] };
            }
            previous = tag;
        }
        return tokens;
    }

    private static string Truncate(string text) => text.Length <= 60 ? text : text[..60] + "...";
}
