using Graph.Core.Model;

namespace Graph.Extraction.Entities;

/// <summary>Which mention covers each token, so later recognizers can respect earlier ones.</summary>
internal sealed class MentionIndex
{
    private readonly Mention?[] _byToken;
    private readonly Document _document;

    public MentionIndex(Document document)
    {
        _document = document;
        _byToken = new Mention?[document.Tokens.Count];
        foreach (var mention in document.Mentions)
        {
            Mark(mention);
        }
    }

    public Mention? At(int token) => token >= 0 && token < _byToken.Length ? _byToken[token] : null;

    public bool IsFree(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (_byToken[i] is not null)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when every mention touching tokens [from, to) lies wholly inside them.</summary>
    public bool IsWithin(int from, int to)
    {
        if (from > 0 && _byToken[from] is { } first && ReferenceEquals(_byToken[from - 1], first))
        {
            return false;
        }
        return to >= _byToken.Length || _byToken[to - 1] is not { } last || !ReferenceEquals(_byToken[to], last);
    }

    public void Remove(Mention mention)
    {
        _document.Mentions.Remove(mention);
        for (var i = 0; i < _byToken.Length; i++)
        {
            if (ReferenceEquals(_byToken[i], mention))
            {
                _byToken[i] = null;
            }
        }
    }

    public void Add(Mention mention)
    {
        _document.Mentions.Add(mention);
        Mark(mention);
    }

    /// <summary>Replaces the mentions inside a longer one ("Korean" inside "Korean Central News Agency").</summary>
    public void Replace(int from, int to, Mention mention)
    {
        for (var i = from; i < to; i++)
        {
            if (_byToken[i] is { } inner)
            {
                _document.Mentions.Remove(inner);
            }
        }
        Add(mention);
    }

    private void Mark(Mention mention)
    {
        var tokens = _document.Tokens;
        var first = TokenSearch.FirstEndingAfter(tokens, mention.Span.Start);
        for (var i = first; i < tokens.Count && tokens[i].Start < mention.Span.End; i++)
        {
            _byToken[i] = mention;
        }
    }
}
