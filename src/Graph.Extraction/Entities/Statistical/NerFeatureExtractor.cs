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

    /// <summary>Word types kept before they are forgotten, at a document start so ids stay valid while one is tagged.</summary>
    private const int TypeLimit = 200_000;

    private static readonly LeftHashes BoundaryLeft = new(Boundary, Boundary);

    // Everything that depends on a word's text alone, computed once per word type: news repeats
    // its words, so most tokens cost one dictionary lookup instead of a dozen passes over their text.
    // Keyed by the hash of the text, as the features themselves are: no string comparisons.
    private FeatureTable _typeIds = new(1024);
    private readonly Dictionary<ulong, int> _lowerIds = [];
    private WordType[] _types = new WordType[1024];
    private NerGazetteer.Word[] _typeNames = new NerGazetteer.Word[1024];
    private NerGazetteer? _typesGazetteer;

    private int[] _type = new int[256];
    private byte[] _gazetteer = new byte[256];
    private byte[] _sentenceStart = new byte[256];
    private ulong[] _static = new ulong[256 * MaxStatic];
    private int[] _staticCount = new int[256];
    private readonly DocumentMap _documentForms = new();
    private IReadOnlyList<string> _texts = [];

    /// <summary>Changes whenever word type ids are reassigned, so what callers keep per type id must be dropped.</summary>
    public int Generation { get; private set; }

    /// <summary>Word types seen since the last <see cref="Generation"/> change; ids are below this.</summary>
    public int TypeCount => _typeIds.Count;

    /// <summary>Distinct lower-case forms among the word types; <see cref="LowerId"/> is below this.</summary>
    public int LowerCount => _lowerIds.Count;

    public ReadOnlySpan<ulong> Static(int token) => _static.AsSpan(token * MaxStatic, _staticCount[token]);

    /// <summary>The id of the token's exact text, stable until <see cref="Generation"/> changes.</summary>
    public int TypeId(int token) => _type[token];

    /// <summary>The id of the token's lower-case form: tokens share it exactly when their <see cref="LowerHash"/> is equal.</summary>
    public int LowerId(int token) => _types[_type[token]].LowerId;

    public ulong LowerHash(int token) => _types[_type[token]].Lower;

    public ulong ShapeHash(int token) => _types[_type[token]].Shape;

    public bool IsCapitalized(int token) => (_types[_type[token]].Flags & Flag.InitCap) != 0;

    /// <summary>All lower-case letters: the words that almost never start or carry a name on their own.</summary>
    public bool IsLowerWord(int token) => (_types[_type[token]].Flags & Flag.AllLower) != 0;

    /// <summary>Computes the static features of every token of a document.</summary>
    public void Extract(IReadOnlyList<string> tokens, IReadOnlyList<(int First, int End)> sentences, NerGazetteer gazetteer)
    {
        ExtractTokens(tokens, sentences, gazetteer);
        ExtractStatic(sentences);
    }

    /// <summary>Per-token word types, gazetteer marks and document-level forms.</summary>
    public void ExtractTokens(IReadOnlyList<string> tokens, IReadOnlyList<(int First, int End)> sentences, NerGazetteer gazetteer)
    {
        var n = tokens.Count;
        EnsureCapacity(n);
        if (!ReferenceEquals(gazetteer, _typesGazetteer) || _typeIds.Count + n > TypeLimit)
        {
            _typeIds = new FeatureTable(1024);
            _lowerIds.Clear();
            _typesGazetteer = gazetteer;
            Generation++;
        }
        _texts = tokens;
        for (var i = 0; i < n; i++)
        {
            _type[i] = TypeOf(tokens[i], gazetteer);
            _sentenceStart[i] = 0;
        }
        foreach (var (first, end) in sentences)
        {
            if (end > first)
            {
                _sentenceStart[first] = 1;
                NerGazetteer.Mark(tokens, _type.AsSpan(0, n), _typeNames, first, end, _gazetteer.AsSpan(first, end - first));
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
        ref readonly var word = ref _types[_type[token]];
        switch (offset)
        {
            case 0:
                f[c++] = FeatureHash.Mix(2, word.Word);
                f[c++] = FeatureHash.Mix(3, word.Lower);
                f[c++] = FeatureHash.Mix(12, word.Shape);
                f[c++] = FeatureHash.Mix(13, word.Short);
                f[c++] = FeatureHash.Mix(14, (ulong)word.Flags);
                var text = _texts[token].AsSpan();
                for (var n = 1; n <= 4 && n <= text.Length; n++)
                {
                    f[c++] = FeatureHash.Mix(4 + n, FeatureHash.OfLower(text[..n]));
                    f[c++] = FeatureHash.Mix(8 + n, FeatureHash.OfLower(text[^n..]));
                }
                break;
            case -1:
                f[c++] = FeatureHash.Mix(17, word.Lower);
                f[c++] = FeatureHash.Mix(21, word.Word);
                f[c++] = FeatureHash.Mix(23, word.Shape);
                break;
            case 1:
                f[c++] = FeatureHash.Mix(18, word.Lower);
                f[c++] = FeatureHash.Mix(22, word.Word);
                f[c++] = FeatureHash.Mix(24, word.Shape);
                break;
            case -2:
                f[c++] = FeatureHash.Mix(19, word.Lower);
                f[c++] = FeatureHash.Mix(25, word.Shape);
                break;
            case 2:
                f[c++] = FeatureHash.Mix(20, word.Lower);
                f[c++] = FeatureHash.Mix(26, word.Shape);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(offset));
        }
        return c;
    }

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
        ref readonly var word = ref _types[_type[i]];
        var flags = word.Flags;
        var isFirst = i == first ? 1UL : 0UL;
        f[c++] = FeatureHash.Mix(1, 0);
        f[c++] = FeatureHash.Mix(16, isFirst, (ulong)(flags & (Flag.InitCap | Flag.AllCaps)));
        f[c++] = FeatureHash.Second(word.Short15, isFirst);

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

        // Pairs and triples of neighbours (a boundary marker beyond the sentence), each finished
        // from its first element's part, which is mixed once per word type.
        ref readonly var left = ref i > first ? ref _types[_type[i - 1]].Left : ref BoundaryLeft;
        var nextLower = i + 1 < end ? _types[_type[i + 1]].Lower : ~Boundary;
        var nextShape = i + 1 < end ? _types[_type[i + 1]].Shape : ~Boundary;
        f[c++] = FeatureHash.Second(left.Lower27, word.Lower);
        f[c++] = FeatureHash.Second(word.Lower28, nextLower);
        f[c++] = FeatureHash.Second(left.Shape29, word.Shape);
        f[c++] = FeatureHash.Second(word.Shape30, nextShape);
        f[c++] = FeatureHash.Third(FeatureHash.Second(left.Shape31, word.Shape), nextShape);
        f[c++] = FeatureHash.Second(left.Lower32, word.Shape);
        f[c++] = FeatureHash.Second(word.Shape33, nextLower);
        f[c++] = FeatureHash.Second(left.Lower34, nextLower);

        var gaz = _gazetteer[i];
        if (gaz != 0)
        {
            f[c++] = FeatureHash.Mix(40, gaz);
            f[c++] = FeatureHash.Mix(41, gaz, word.Short);
        }
        if (Gaz(i - 1) is not 0 and not 255 || Gaz(i + 1) is not 0 and not 255)
        {
            f[c++] = FeatureHash.Mix(42, Gaz(i - 1), Gaz(i + 1));
        }

        var forms = _documentForms.Get(word.LowerId);
        if ((flags & (Flag.InitCap | Flag.AllCaps)) != 0 && forms != 0)
        {
            // How the same word is written elsewhere in the article separates "Bank" in a headline
            // or at a sentence start from a name that is always capitalized.
            f[c++] = FeatureHash.Mix(45, (ulong)forms, isFirst, (ulong)(flags & Flag.AllCaps));
        }
        return c;
    }

    private void CollectDocumentForms(int n)
    {
        _documentForms.Clear(_lowerIds.Count);
        for (var i = 0; i < n; i++)
        {
            ref readonly var word = ref _types[_type[i]];
            var flags = word.Flags;
            var form = (flags & Flag.AllCaps) != 0 ? 1
                : (flags & Flag.InitCap) != 0 ? (_sentenceStart[i] != 0 ? 2 : 4)
                : (flags & Flag.AllLower) != 0 ? 8
                : 0;
            if (form != 0)
            {
                _documentForms.Set(word.LowerId, _documentForms.Get(word.LowerId) | form);
            }
        }
    }

    private int TypeOf(string text, NerGazetteer gazetteer)
    {
        var span = text.AsSpan();
        var hash = FeatureHash.Of(span);
        var known = _typeIds.Count;
        var id = _typeIds.GetOrAdd(hash);
        if (id < known)
        {
            return id;
        }
        if (id == _types.Length)
        {
            Array.Resize(ref _types, _types.Length * 2);
            Array.Resize(ref _typeNames, _types.Length);
        }
        Span<char> buffer = stackalloc char[64];
        var lower = FeatureHash.OfLower(span);
        var shape = FeatureHash.Of(Shape(span, buffer, maxRun: 4));
        var @short = FeatureHash.Of(Shape(span, buffer, maxRun: 1));
        ref var lowerId = ref CollectionsMarshal.GetValueRefOrAddDefault(_lowerIds, lower, out var lowerKnown);
        if (!lowerKnown)
        {
            lowerId = _lowerIds.Count - 1;
        }
        _typeNames[id] = gazetteer.Describe(text);
        _types[id] = new WordType
        {
            Word = hash,
            Lower = lower,
            Shape = shape,
            Short = @short,
            Flags = Flags(span),
            LowerId = lowerId,
            Short15 = FeatureHash.Mix(15, @short),
            Lower28 = FeatureHash.Mix(28, lower),
            Shape30 = FeatureHash.Mix(30, shape),
            Shape33 = FeatureHash.Mix(33, shape),
            Left = new LeftHashes(lower, shape),
        };
        return id;
    }

    private void EnsureCapacity(int n)
    {
        if (_type.Length >= n)
        {
            return;
        }
        var size = Math.Max(n, _type.Length * 2);
        _type = new int[size];
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

    /// <summary>What the features need of one word type: the hashes they combine.</summary>
    private struct WordType
    {
        public ulong Word;
        public ulong Lower;
        public ulong Shape;
        public ulong Short;
        public int Flags;
        public int LowerId;

        // Mix(template, part of this word) of the features of a token of this word that start with it.
        public ulong Short15;
        public ulong Lower28;
        public ulong Shape30;
        public ulong Shape33;
        public LeftHashes Left;
    }

    /// <summary>Mix(template, part of a word) of the features of the next token that start with this word.</summary>
    private readonly struct LeftHashes(ulong lower, ulong shape)
    {
        public readonly ulong Lower27 = FeatureHash.Mix(27, lower);
        public readonly ulong Shape29 = FeatureHash.Mix(29, shape);
        public readonly ulong Shape31 = FeatureHash.Mix(31, shape);
        public readonly ulong Lower32 = FeatureHash.Mix(32, lower);
        public readonly ulong Lower34 = FeatureHash.Mix(34, lower);
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
