using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using Graph.Core;

namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// A trained tagger: feature hash → one weight per label. Tagging is greedy left to right over
/// each sentence, with the previous labels as features and only valid IOB2 transitions allowed.
/// Immutable once built, so one instance serves every thread.
/// </summary>
internal sealed class NerModel
{
    public const string InvalidModel = "GK0311";
    public const string MissingModel = "GK0310";

    private static readonly byte[] Magic = "KGNER\n"u8.ToArray();
    private const int FormatVersion = 1;

    private readonly FeatureTable _table;
    private readonly float[] _weights;
    private readonly int _rows;

    [ThreadStatic]
    private static NerFeatureExtractor? t_extractor;

    [ThreadStatic]
    private static Scratch? t_scratch;

    // One bit per bucket of keys, set where the model has a feature: a third of the features a
    // document produces are not in the model, and most of those are settled by this small array,
    // which stays in cache, instead of a probe into the table, which does not.
    private const int PresentBits = 21;
    private readonly ulong[] _present = new ulong[(1 << PresentBits) / 64];

    private readonly ThreadLocal<WordScoreCache> _cache = new(() => new WordScoreCache());

    // Rows of the label-only dynamic features, looked up once: 60 by previous label, 61 by previous
    // two, 64 by the earlier type of the word, 65 by earlier type and previous label; -1 = unseen.
    private readonly int[] _previousRows = new int[NerLabels.Count];
    private readonly int[] _previous2Rows = new int[NerLabels.Count * NerLabels.Count];
    private readonly int[] _earlierRows = new int[EarlierTypes];
    private readonly int[] _earlierPreviousRows = new int[EarlierTypes * NerLabels.Count];

    // Remembered labels are 1 (O) or 2 + type; 0 means the word was not seen.
    private const int EarlierTypes = 2 + 4;

    // Tokens whose context features are looked up together: enough independent cache misses to
    // overlap, few enough that the lines fetched are still in cache when they are added.
    private const int Batch = 32;

    internal NerModel(FeatureTable table, float[] weights, int rows)
    {
        _table = table;
        _weights = weights;
        _rows = rows;
        foreach (var (key, row) in table.Entries())
        {
            if (row < rows)
            {
                var bit = PresentBit(key);
                _present[bit >> 6] |= 1UL << bit;
            }
        }
        for (var p = 0; p < NerLabels.Count; p++)
        {
            _previousRows[p] = RowOf(FeatureHash.Mix(60, (ulong)p));
            for (var p2 = 0; p2 < NerLabels.Count; p2++)
            {
                _previous2Rows[(p * NerLabels.Count) + p2] = RowOf(FeatureHash.Mix(61, (ulong)p, (ulong)p2));
            }
        }
        for (var e = 1; e < EarlierTypes; e++)
        {
            _earlierRows[e] = RowOf(FeatureHash.Mix(64, (ulong)e));
            for (var p = 0; p < NerLabels.Count; p++)
            {
                _earlierPreviousRows[(e * NerLabels.Count) + p] = RowOf(FeatureHash.Mix(65, (ulong)e, (ulong)p));
            }
        }
    }

    public int FeatureCount => _rows;

    /// <summary>
    /// Tags one document: <paramref name="sentences"/> are [First, End) ranges over
    /// <paramref name="tokens"/>. Returns one IOB2 label index per token (see <see cref="NerLabels"/>).
    /// </summary>
    /// <remarks>
    /// The scores of a token add, in this order, the weights of its context features, the cached
    /// word-feature vectors of the tokens at -2..2 and the weights of the features that look at
    /// predicted labels (<see cref="NerFeatureExtractor.Dynamic"/>). The first part does not depend
    /// on predictions, so it is summed for the whole document before decoding, in batches of lookups
    /// made before their additions. The additions keep their order, so
    /// every score is the same to the last bit as adding feature after feature.
    /// </remarks>
    public byte[] TagDocument(IReadOnlyList<string> tokens, IReadOnlyList<(int First, int End)> sentences, NerGazetteer gazetteer)
    {
        var extractor = t_extractor ??= new NerFeatureExtractor();
        var scratch = t_scratch ??= new Scratch();
        var cache = _cache.Value!;
        var n = tokens.Count;
        scratch.Reset(n);
        extractor.ExtractTokens(tokens, sentences, gazetteer);
        cache.Sync(extractor);
        var labels = new byte[n];
        var contextScores = scratch.ContextScores;
        var wordBlocks = scratch.WordBlocks;
        // Lower-case words more than two tokens away from any other word are labelled O without
        // being scored: they are three quarters of news text, and a name reaches into lower-case
        // words only just after a capitalized one ("Bank of England", "Kim's party").
        var scored = scratch.Scored;
        for (var i = 0; i < n; i++)
        {
            scored[i] = !extractor.IsLowerWord(i) || (i > 0 && !extractor.IsLowerWord(i - 1)) || (i > 1 && !extractor.IsLowerWord(i - 2));
        }
        extractor.ExtractStatic(sentences, scored);
        foreach (var (first, end) in sentences)
        {
            var run = first;
            while (run < end)
            {
                while (run < end && !scored[run])
                {
                    run++;
                }
                var stop = run;
                while (stop < end && scored[stop] && stop - run < Batch)
                {
                    stop++;
                }
                if (stop > run)
                {
                    ContextScores(extractor, run, stop, scratch);
                }
                run = stop;
            }
            for (var i = first; i < end; i++)
            {
                wordBlocks[i] = WordScores(cache, extractor, i);
            }
        }
        var blocks = cache.Blocks;
        var earlier = scratch.Earlier;
        earlier.Clear(extractor.LowerCount);
        Span<float> final = stackalloc float[NerLabels.Count];
        foreach (var (first, end) in sentences)
        {
            int previous = NerLabels.Outside, previous2 = NerLabels.Outside;
            for (var i = first; i < end; i++)
            {
                if (!scored[i])
                {
                    labels[i] = NerLabels.Outside;
                    previous2 = previous;
                    previous = NerLabels.Outside;
                    continue;
                }
                var scores = Accumulator.Load(contextScores, i * NerLabels.Count);
                for (var d = Math.Max(-2, first - i); d <= 2 && i + d < end; d++)
                {
                    scores.Add(blocks, wordBlocks[i + d] + ((d + 2) * NerLabels.Count));
                }
                var lowerId = extractor.LowerId(i);
                var capitalized = extractor.IsCapitalized(i);
                var seen = capitalized ? earlier.Get(lowerId) : 0;
                var labelRows = LabelRows(cache, extractor, i, previous);
                // The features of NerFeatureExtractor.Dynamic, in its order.
                AddRow(_previousRows[previous], ref scores);
                AddRow(_previous2Rows[(previous * NerLabels.Count) + previous2], ref scores);
                AddRow(labelRows[previous], ref scores);
                AddRow(labelRows[NerLabels.Count + previous], ref scores);
                if (seen > 0)
                {
                    AddRow(_earlierRows[seen], ref scores);
                    AddRow(_earlierPreviousRows[(seen * NerLabels.Count) + previous], ref scores);
                }
                scores.CopyTo(final);
                var best = Best(final, previous);
                labels[i] = (byte)best;
                if (capitalized)
                {
                    earlier.Set(lowerId, Remembered(best));
                }
                previous2 = previous;
                previous = best;
            }
        }
        return labels;
    }

    /// <summary>The token's rows of <see cref="WordScoreCache.LabelRows"/>, with those for <paramref name="previous"/> looked up.</summary>
    private Span<int> LabelRows(WordScoreCache cache, NerFeatureExtractor extractor, int token, int previous)
    {
        var rows = cache.LabelRows(extractor.TypeId(token));
        if (rows[previous] == WordScoreCache.Unknown)
        {
            rows[previous] = RowOf(FeatureHash.Mix(62, (ulong)previous, extractor.LowerHash(token)));
            rows[NerLabels.Count + previous] = RowOf(FeatureHash.Mix(63, (ulong)previous, extractor.ShapeHash(token)));
        }
        return rows;
    }

    /// <summary>
    /// Sums the weights of the context features of tokens [from, to) into their rows of
    /// <see cref="Scratch.ContextScores"/>. The whole batch is looked up before any row is added:
    /// lookups that do not wait on one another, whose cache misses the processor overlaps. Touching
    /// slots and rows in passes of their own ahead of that measured slower, not faster.
    /// </summary>
    private void ContextScores(NerFeatureExtractor extractor, int from, int to, Scratch scratch)
    {
        // Features the model lacks add nothing, so only those that may be in it are kept, with
        // how many each token has; most of the rest never reach the table.
        var rows = scratch.Rows;
        var kept = scratch.Kept;
        var count = 0;
        for (var i = from; i < to; i++)
        {
            var start = count;
            foreach (var feature in extractor.Static(i))
            {
                if (MayHave(feature))
                {
                    rows[count++] = Lookup(feature);
                }
            }
            kept[i - from] = count - start;
        }
        count = 0;
        for (var i = from; i < to; i++)
        {
            // From zero, as a cleared score vector starts.
            var scores = default(Accumulator);
            for (var end = count + kept[i - from]; count < end; count++)
            {
                AddRow(rows[count], ref scores);
            }
            scores.CopyTo(scratch.ContextScores.AsSpan(i * NerLabels.Count, NerLabels.Count));
        }
    }

    /// <summary>Buffers reused across the documents one thread tags.</summary>
    private sealed class Scratch
    {
        public float[] ContextScores = new float[256 * NerLabels.Count];
        public int[] WordBlocks = new int[256];
        public bool[] Scored = new bool[256];
        public readonly int[] Rows = new int[Batch * NerFeatureExtractor.MaxStatic];
        public readonly int[] Kept = new int[Batch];
        public readonly DocumentMap Earlier = new();

        public void Reset(int tokens)
        {
            if (WordBlocks.Length < tokens)
            {
                var size = Math.Max(tokens, WordBlocks.Length * 2);
                ContextScores = new float[size * NerLabels.Count];
                WordBlocks = new int[size];
                Scored = new bool[size];
            }
        }
    }

    /// <summary>What a capitalized word's label tells later occurrences: 1 for O, else 2 + type.</summary>
    internal static int Remembered(int label) => label == NerLabels.Outside ? 1 : 2 + NerLabels.TypeOf(label);

    internal static int Best(ReadOnlySpan<float> scores, int previous)
    {
        var best = NerLabels.Outside;
        var bestScore = scores[NerLabels.Outside];
        for (var l = 1; l < NerLabels.Count; l++)
        {
            if (scores[l] > bestScore && NerLabels.IsAllowed(previous, l))
            {
                best = l;
                bestScore = scores[l];
            }
        }
        return best;
    }

    /// <summary>False only for features the model does not have.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayHave(ulong feature)
    {
        var bit = PresentBit(FeatureTable.Stored(feature));
        return (_present[bit >> 6] & (1UL << bit)) != 0;
    }

    // The table places keys by their low bits; the high bits are independent of that.
    private static int PresentBit(ulong key) => (int)(key >> (64 - PresentBits));

    private void Add(ulong feature, Span<float> scores) => AddRow(RowOf(feature), scores);

    /// <summary>The weight row of a feature, or -1 when the model has none.</summary>
    private int RowOf(ulong feature) => MayHave(feature) ? Lookup(feature) : -1;

    /// <summary><see cref="RowOf"/> without the <see cref="MayHave"/> check, for features that passed it.</summary>
    private int Lookup(ulong feature)
    {
        var row = _table.Find(feature);
        return row >= 0 && row < _rows ? row : -1;
    }

    private void AddRow(int row, Span<float> scores)
    {
        if (row >= 0)
        {
            AddRow(_weights.AsSpan(row * NerLabels.Count, NerLabels.Count), scores);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRow(int row, ref Accumulator scores)
    {
        if (row >= 0)
        {
            scores.Add(_weights, row * NerLabels.Count);
        }
    }

    /// <summary>
    /// A score vector held in registers: labels 0..7 in one vector, label 8 alone. Adding a row is
    /// one vector add and one scalar add, lane for lane the additions <see cref="AddRow(ReadOnlySpan{float}, Span{float})"/> makes.
    /// </summary>
    private struct Accumulator
    {
        private Vector256<float> _head;
        private float _last;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Accumulator Load(float[] values, int offset)
        {
            ref var start = ref At(values, offset);
            return new Accumulator { _head = Vector256.LoadUnsafe(ref start), _last = Unsafe.Add(ref start, NerLabels.Count - 1) };
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(float[] values, int offset)
        {
            ref var start = ref At(values, offset);
            _head += Vector256.LoadUnsafe(ref start);
            _last += Unsafe.Add(ref start, NerLabels.Count - 1);
        }

        /// <summary>The first of nine values at <paramref name="offset"/>, bounds checked once for all nine.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ref float At(float[] values, int offset)
        {
            if ((uint)offset > (uint)(values.Length - NerLabels.Count))
            {
                throw new ArgumentOutOfRangeException(nameof(offset));
            }
            return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(values), offset);
        }

        public readonly void CopyTo(Span<float> scores)
        {
            _head.CopyTo(scores);
            scores[NerLabels.Count - 1] = _last;
        }
    }

    private static void AddRow(ReadOnlySpan<float> w, Span<float> scores)
    {
        // Eight labels in one vector add, the ninth alone.
        var sum = Vector256.Create<float>(scores) + Vector256.Create<float>(w);
        sum.CopyTo(scores);
        scores[8] += w[8];
    }

    /// <summary>Offset of the token's cached word-feature scores, computing them on first sight of the word.</summary>
    private int WordScores(WordScoreCache cache, NerFeatureExtractor extractor, int token)
    {
        var found = cache.Find(extractor.TypeId(token), out var slot);
        if (found >= 0)
        {
            return found;
        }
        Span<ulong> features = stackalloc ulong[NerFeatureExtractor.MaxAllStatic];
        for (var d = -2; d <= 2; d++)
        {
            var block = cache.Blocks.AsSpan(slot + ((d + 2) * NerLabels.Count), NerLabels.Count);
            var count = extractor.WordFeatures(token, d, features);
            foreach (var feature in features[..count])
            {
                Add(feature, block);
            }
        }
        return slot;
    }

    /// <summary>
    /// Writes the model: a plain header, then Brotli-compressed features sorted by hash, each
    /// with a bit mask of its non-zero labels and those weights. Weights below
    /// <paramref name="prune"/> in magnitude are dropped. The same model always gives the same bytes.
    /// </summary>
    public void Save(Stream stream, float prune = 1e-3f)
    {
        stream.Write(Magic);
        using var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        header.Write(FormatVersion);
        header.Write(NerFeatureExtractor.Version);
        header.Flush();
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli, Encoding.UTF8);
        writer.Write(NerLabels.Count);
        foreach (var name in NerLabels.Names)
        {
            writer.Write(name);
        }
        var kept = new List<(ulong Key, int Row, int Mask)>();
        foreach (var (key, row) in _table.Entries())
        {
            if (row >= _rows)
            {
                continue;
            }
            var mask = 0;
            for (var l = 0; l < NerLabels.Count; l++)
            {
                if (MathF.Abs(_weights[(row * NerLabels.Count) + l]) >= prune)
                {
                    mask |= 1 << l;
                }
            }
            if (mask != 0)
            {
                kept.Add((key, row, mask));
            }
        }
        kept.Sort((a, b) => a.Key.CompareTo(b.Key));
        writer.Write(kept.Count);
        var last = 0UL;
        foreach (var (key, row, mask) in kept)
        {
            writer.Write7BitEncodedInt64((long)(key - last));
            last = key;
            writer.Write((ushort)mask);
            for (var l = 0; l < NerLabels.Count; l++)
            {
                if ((mask & (1 << l)) != 0)
                {
                    writer.Write((Half)_weights[(row * NerLabels.Count) + l]);
                }
            }
        }
    }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    public static NerModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new GraphException(MissingModel, $"{path}: model file does not exist");
        }
        try
        {
            using var stream = File.OpenRead(path);
            return Load(stream, path);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or OverflowException or FormatException or ArgumentException)
        {
            throw new GraphException(InvalidModel, $"{path}: not a valid named-entity model ({e.Message})");
        }
    }

    private static NerModel Load(Stream stream, string path)
    {
        Span<byte> magic = stackalloc byte[Magic.Length];
        stream.ReadExactly(magic);
        if (!magic.SequenceEqual(Magic))
        {
            throw new GraphException(InvalidModel, $"{path}: not a named-entity model file");
        }
        using var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var format = header.ReadInt32();
        var features = header.ReadInt32();
        if (format != FormatVersion || features != NerFeatureExtractor.Version)
        {
            throw new GraphException(InvalidModel,
                $"{path}: model format {format}/{features}, this build reads {FormatVersion}/{NerFeatureExtractor.Version}; retrain with 'train ner'");
        }
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(brotli, Encoding.UTF8);
        var labelCount = reader.ReadInt32();
        if (labelCount != NerLabels.Count)
        {
            throw new GraphException(InvalidModel, $"{path}: model has {labelCount} labels, expected {NerLabels.Count}");
        }
        for (var l = 0; l < labelCount; l++)
        {
            if (reader.ReadString() != NerLabels.Names[l])
            {
                throw new GraphException(InvalidModel, $"{path}: model labels differ from {string.Join(" ", NerLabels.Names)}");
            }
        }
        var count = reader.ReadInt32();
        if (count < 0 || count > 100_000_000)
        {
            throw new InvalidDataException($"feature count {count}");
        }
        var table = new FeatureTable(count);
        var weights = new float[count * NerLabels.Count];
        var key = 0UL;
        for (var f = 0; f < count; f++)
        {
            key += (ulong)reader.Read7BitEncodedInt64();
            var row = table.GetOrAdd(key);
            int mask = reader.ReadUInt16();
            for (var l = 0; l < NerLabels.Count; l++)
            {
                if ((mask & (1 << l)) != 0)
                {
                    weights[(row * NerLabels.Count) + l] = (float)reader.ReadHalf();
                }
            }
        }
        return new NerModel(table, weights, table.Count);
    }
}
