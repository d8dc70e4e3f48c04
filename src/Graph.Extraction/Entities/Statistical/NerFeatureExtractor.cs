using System.Runtime.InteropServices;

namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// Turns a document's tokens into feature hashes. Static features (word, affixes, shapes,
/// neighbours, gazetteer, document context) are computed once per token; the few features that
/// look at predicted labels are computed during decoding by <see cref="Dynamic"/>. Buffers are
/// reused across documents, so an instance serves one thread at a time.
/// </summary>
internal sealed class NerFeatureExtractor
{
    /// <summary>Upper bound on context features per token; <see cref="Extract"/> emits fewer.</summary>
    public const int MaxStatic = 32;

    /// <summary>Upper bound on context plus word features of one token (<see cref="AllStatic"/>).</summary>
    public const int MaxAllStatic = 64;

    public const int MaxDynamic = 6;

    /// <summary>Changes whenever a feature template changes, so old models are refused rather than misread.</summary>
    public const int Version = 1;

    private const ulong Boundary = 0x5EED_0000_0000_0001UL;

    private ulong[] _word = new ulong[256];
    private ulong[] _lower = new ulong[256];
    private ulong[] _shape = new ulong[256];
    private ulong[] _short = new ulong[256];
    private int[] _flags = new int[256];
    private byte[] _gazetteer = new byte[256];
    private byte[] _sentenceStart = new byte[256];
    private ulong[] _static = new ulong[256 * MaxStatic];
    private int[] _staticCount = new int[256];
    private readonly Dictionary<ulong, int> _documentForms = [];
    private IReadOnlyList<string> _texts = [];

    public ReadOnlySpan<ulong> Static(int token) => _static.AsSpan(token * MaxStatic, _staticCount[token]);

    public ulong LowerHash(int token) => _lower[token];

    public ulong ShapeHash(int token) => _shape[token];

    public bool IsCapitalized(int token) => (_flags[token] & Flag.InitCap) != 0;

    /// <summary>All lower-case letters: the words that almost never start or carry a name on their own.</summary>
    public bool IsLowerWord(int token) => (_flags[token] & Flag.AllLower) != 0;

    /// <summary>Computes the static features of every token of a document.</summary>
    public void Extract(IReadOnlyList<string> tokens, IReadOnlyList<(int First, int End)> sentences, NerGazetteer gazetteer)
    {
        ExtractTokens(tokens, sentences, gazetteer);
        ExtractStatic(sentences);
    }

    /// <summary>Per-token hashes, flags, gazetteer marks and document-level forms.</summary>
    public void ExtractTokens(IReadOnlyList<string> tokens, IReadOnlyList<(int First, int End)> sentences, NerGazetteer gazetteer)
    {
        var n = tokens.Count;
        EnsureCapacity(n);
        _texts = tokens;
        _documentForms.Clear();
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < n; i++)
        {
            var text = tokens[i].AsSpan();
            _word[i] = FeatureHash.Of(text);
            _lower[i] = FeatureHash.OfLower(text);
            _flags[i] = Flags(text);
            _shape[i] = FeatureHash.Of(Shape(text, buffer, maxRun: 4));
            _short[i] = FeatureHash.Of(Shape(text, buffer, maxRun: 1));
            _sentenceStart[i] = 0;
        }
        foreach (var (first, end) in sentences)
        {
            if (end > first)
            {
                _sentenceStart[first] = 1;
                gazetteer.Mark(tokens, first, end, _gazetteer.AsSpan(first, end - first));
            }
        }
        CollectDocumentForms(n);
    }

    /// <summary>
    /// The context features of each token, or only of the tokens <paramref name="only"/> marks:
    /// the tagger skips words it will label O unseen, so it need not build their features.
    /// </summary>
    public void ExtractStatic(IReadOnlyList<(int First, int End)> sentences, bool[]? only = null)
    {
        foreach (var (first, end) in sentences)
        {
            for (var i = first; i < end; i++)
            {
                _staticCount[i] = only is null || only[i] ? StaticFeatures(i, first, end, _static.AsSpan(i * MaxStatic, MaxStatic)) : 0;
            }
        }
    }

    /// <summary>Features that depend on labels already predicted: the previous two and, for capitalized
    /// words, the entity type the same word received earlier in the document (0 = none seen).</summary>
    public static int Dynamic(ulong lower, ulong shape, int previous, int previous2, int earlierType, Span<ulong> features)
    {
        features[0] = FeatureHash.Mix(60, (ulong)previous);
        features[1] = FeatureHash.Mix(61, (ulong)previous, (ulong)previous2);
        features[2] = FeatureHash.Mix(62, (ulong)previous, lower);
        features[3] = FeatureHash.Mix(63, (ulong)previous, shape);
        var count = 4;
        if (earlierType > 0)
        {
            features[count++] = FeatureHash.Mix(64, (ulong)earlierType);
            features[count++] = FeatureHash.Mix(65, (ulong)earlierType, (ulong)previous);
        }
        return count;
    }

    /// <summary>
    /// Features that depend on nothing but one token's text and its offset from the tagged token
    /// (-2..2). The tagger caches their summed weights per word, which is most of its speed.
    /// </summary>
    public int WordFeatures(int token, int offset, Span<ulong> f)
    {
        var c = 0;
        switch (offset)
        {
            case 0:
                f[c++] = FeatureHash.Mix(2, _word[token]);
                f[c++] = FeatureHash.Mix(3, _lower[token]);
                f[c++] = FeatureHash.Mix(12, _shape[token]);
                f[c++] = FeatureHash.Mix(13, _short[token]);
                f[c++] = FeatureHash.Mix(14, (ulong)_flags[token]);
                var text = _texts[token].AsSpan();
                for (var n = 1; n <= 4 && n <= text.Length; n++)
                {
                    f[c++] = FeatureHash.Mix(4 + n, FeatureHash.OfLower(text[..n]));
                    f[c++] = FeatureHash.Mix(8 + n, FeatureHash.OfLower(text[^n..]));
                }
                break;
            case -1:
                f[c++] = FeatureHash.Mix(17, _lower[token]);
                f[c++] = FeatureHash.Mix(21, _word[token]);
                f[c++] = FeatureHash.Mix(23, _shape[token]);
                break;
            case 1:
                f[c++] = FeatureHash.Mix(18, _lower[token]);
                f[c++] = FeatureHash.Mix(22, _word[token]);
                f[c++] = FeatureHash.Mix(24, _shape[token]);
                break;
            case -2:
                f[c++] = FeatureHash.Mix(19, _lower[token]);
                f[c++] = FeatureHash.Mix(25, _shape[token]);
                break;
            case 2:
                f[c++] = FeatureHash.Mix(20, _lower[token]);
                f[c++] = FeatureHash.Mix(26, _shape[token]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(offset));
        }
        return c;
    }

    /// <summary>The cache key of a token's word features: its exact text.</summary>
    public ulong WordHash(int token) => _word[token];

    /// <summary>Every static feature of a token: its context features plus the word features of it and its neighbours.</summary>
    public int AllStatic(int i, int first, int end, Span<ulong> f)
    {
        var context = Static(i);
        context.CopyTo(f);
        var c = context.Length;
        for (var d = -2; d <= 2; d++)
        {
            if (i + d >= first && i + d < end)
            {
                c += WordFeatures(i + d, d, f[c..]);
            }
        }
        return c;
    }

    /// <summary>Features that look at more than one token, at sentence edges, the gazetteer or the document.</summary>
    private int StaticFeatures(int i, int first, int end, Span<ulong> f)
    {
        var c = 0;
        var flags = _flags[i];
        var isFirst = i == first ? 1UL : 0UL;
        f[c++] = FeatureHash.Mix(1, 0);
        f[c++] = FeatureHash.Mix(16, isFirst, (ulong)(flags & (Flag.InitCap | Flag.AllCaps)));
        f[c++] = FeatureHash.Mix(15, _short[i], isFirst);

        ulong Lower(int j) => j < first ? Boundary : j >= end ? ~Boundary : _lower[j];
        ulong ShapeAt(int j) => j < first ? Boundary : j >= end ? ~Boundary : _shape[j];
        ulong Gaz(int j) => j < first || j >= end ? 255UL : _gazetteer[j];

        // Neighbours beyond the sentence edge: the same templates as the word features, over a boundary marker.
        if (i - 1 < first)
        {
            f[c++] = FeatureHash.Mix(17, Boundary);
            f[c++] = FeatureHash.Mix(21, Boundary);
            f[c++] = FeatureHash.Mix(23, Boundary);
        }
        if (i + 1 >= end)
        {
            f[c++] = FeatureHash.Mix(18, ~Boundary);
            f[c++] = FeatureHash.Mix(22, ~Boundary);
            f[c++] = FeatureHash.Mix(24, ~Boundary);
        }
        if (i - 2 < first)
        {
            f[c++] = FeatureHash.Mix(19, Boundary);
            f[c++] = FeatureHash.Mix(25, Boundary);
        }
        if (i + 2 >= end)
        {
            f[c++] = FeatureHash.Mix(20, ~Boundary);
            f[c++] = FeatureHash.Mix(26, ~Boundary);
        }

        f[c++] = FeatureHash.Mix(27, Lower(i - 1), _lower[i]);
        f[c++] = FeatureHash.Mix(28, _lower[i], Lower(i + 1));
        f[c++] = FeatureHash.Mix(29, ShapeAt(i - 1), _shape[i]);
        f[c++] = FeatureHash.Mix(30, _shape[i], ShapeAt(i + 1));
        f[c++] = FeatureHash.Mix(31, ShapeAt(i - 1), _shape[i], ShapeAt(i + 1));
        f[c++] = FeatureHash.Mix(32, Lower(i - 1), _shape[i]);
        f[c++] = FeatureHash.Mix(33, _shape[i], Lower(i + 1));
        f[c++] = FeatureHash.Mix(34, Lower(i - 1), Lower(i + 1));

        var gaz = _gazetteer[i];
        if (gaz != 0)
        {
            f[c++] = FeatureHash.Mix(40, gaz);
            f[c++] = FeatureHash.Mix(41, gaz, _short[i]);
        }
        if (Gaz(i - 1) is not 0 and not 255 || Gaz(i + 1) is not 0 and not 255)
        {
            f[c++] = FeatureHash.Mix(42, Gaz(i - 1), Gaz(i + 1));
        }

        if ((flags & (Flag.InitCap | Flag.AllCaps)) != 0
            && _documentForms.TryGetValue(_lower[i], out var forms))
        {
            // How the same word is written elsewhere in the article separates "Bank" in a headline
            // or at a sentence start from a name that is always capitalized.
            f[c++] = FeatureHash.Mix(45, (ulong)forms, isFirst, (ulong)(flags & Flag.AllCaps));
        }
        return c;
    }

    private void CollectDocumentForms(int n)
    {
        for (var i = 0; i < n; i++)
        {
            var flags = _flags[i];
            var form = (flags & Flag.AllCaps) != 0 ? 1
                : (flags & Flag.InitCap) != 0 ? (_sentenceStart[i] != 0 ? 2 : 4)
                : (flags & Flag.AllLower) != 0 ? 8
                : 0;
            if (form != 0)
            {
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_documentForms, _lower[i], out _);
                slot |= form;
            }
        }
    }

    private void EnsureCapacity(int n)
    {
        if (_word.Length >= n)
        {
            return;
        }
        var size = Math.Max(n, _word.Length * 2);
        _word = new ulong[size];
        _lower = new ulong[size];
        _shape = new ulong[size];
        _short = new ulong[size];
        _flags = new int[size];
        _gazetteer = new byte[size];
        _sentenceStart = new byte[size];
        _static = new ulong[size * MaxStatic];
        _staticCount = new int[size];
    }

    /// <summary>Letters become X or x, digits d, other characters stay; runs longer than maxRun are cut.</summary>
    private static ReadOnlySpan<char> Shape(ReadOnlySpan<char> text, Span<char> buffer, int maxRun)
    {
        var length = 0;
        var run = 0;
        var last = '\0';
        foreach (var ch in text)
        {
            var s = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : char.IsLetter(ch) ? 'x' : ch;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= maxRun && length < buffer.Length)
            {
                buffer[length++] = s;
            }
        }
        return buffer[..length];
    }

    private static int Flags(ReadOnlySpan<char> text)
    {
        int upper = 0, lower = 0, digit = 0, other = 0;
        var flags = 0;
        foreach (var ch in text)
        {
            if (char.IsUpper(ch))
            {
                upper++;
            }
            else if (char.IsLower(ch))
            {
                lower++;
            }
            else if (char.IsDigit(ch))
            {
                digit++;
            }
            else
            {
                other++;
                flags |= ch switch { '-' => Flag.Hyphen, '.' => Flag.Period, '\'' => Flag.Apostrophe, '&' => Flag.Ampersand, _ => 0 };
            }
        }
        if (text.Length > 0 && char.IsUpper(text[0]))
        {
            flags |= Flag.InitCap;
            if (text.Length > 1 && upper > 1 && lower > 0)
            {
                flags |= Flag.MixedCase;
            }
        }
        if (upper > 0 && lower == 0)
        {
            flags |= upper == 1 && text.Length == 1 ? Flag.SingleCap : Flag.AllCaps;
        }
        if (lower > 0 && upper == 0)
        {
            flags |= Flag.AllLower;
        }
        if (digit > 0)
        {
            flags |= upper + lower + other == 0 ? Flag.AllDigits : Flag.Digit;
        }
        if (upper + lower + digit == 0)
        {
            flags |= Flag.Punctuation;
        }
        if (text.Length > 12)
        {
            flags |= Flag.Long;
        }
        return flags;
    }

    private static class Flag
    {
        public const int InitCap = 1;
        public const int AllCaps = 2;
        public const int AllLower = 4;
        public const int Digit = 8;
        public const int AllDigits = 16;
        public const int Hyphen = 32;
        public const int Period = 64;
        public const int MixedCase = 128;
        public const int Punctuation = 256;
        public const int SingleCap = 512;
        public const int Apostrophe = 1024;
        public const int Ampersand = 2048;
        public const int Long = 4096;
    }
}
