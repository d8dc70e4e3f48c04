using System.IO.Compression;
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

    private readonly ThreadLocal<WordScoreCache> _cache = new(() => new WordScoreCache());

    [ThreadStatic]
    private static Dictionary<ulong, int>? t_earlier;

    internal NerModel(FeatureTable table, float[] weights, int rows)
    {
        _table = table;
        _weights = weights;
        _rows = rows;
    }

    public int FeatureCount => _rows;

    /// <summary>
    /// Tags one document: <paramref name="sentences"/> are [First, End) ranges over
    /// <paramref name="tokens"/>. Returns one IOB2 label index per token (see <see cref="NerLabels"/>).
    /// </summary>
    public byte[] TagDocument(IReadOnlyList<string> tokens, IReadOnlyList<(int First, int End)> sentences, NerGazetteer gazetteer)
    {
        var extractor = t_extractor ??= new NerFeatureExtractor();
        var earlier = t_earlier ??= [];
        var cache = _cache.Value!;
        earlier.Clear();
        extractor.Extract(tokens, sentences, gazetteer);
        var labels = new byte[tokens.Count];
        Span<float> scores = stackalloc float[NerLabels.Count];
        Span<ulong> dynamic = stackalloc ulong[NerFeatureExtractor.MaxDynamic];
        foreach (var (first, end) in sentences)
        {
            int previous = NerLabels.Outside, previous2 = NerLabels.Outside;
            for (var i = first; i < end; i++)
            {
                scores.Clear();
                foreach (var feature in extractor.Static(i))
                {
                    Add(feature, scores);
                }
                for (var d = -2; d <= 2; d++)
                {
                    if (i + d >= first && i + d < end)
                    {
                        var block = WordScores(cache, extractor, i + d) + ((d + 2) * NerLabels.Count);
                        AddRow(cache.Blocks.AsSpan(block, NerLabels.Count), scores);
                    }
                }
                var lower = extractor.LowerHash(i);
                var capitalized = extractor.IsCapitalized(i);
                var seen = capitalized ? earlier.GetValueOrDefault(lower) : 0;
                var count = NerFeatureExtractor.Dynamic(lower, extractor.ShapeHash(i), previous, previous2, seen, dynamic);
                foreach (var feature in dynamic[..count])
                {
                    Add(feature, scores);
                }
                var best = Best(scores, previous);
                labels[i] = (byte)best;
                if (capitalized)
                {
                    earlier[lower] = Remembered(best);
                }
                previous2 = previous;
                previous = best;
            }
        }
        return labels;
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

    private void Add(ulong feature, Span<float> scores)
    {
        var row = _table.Find(feature);
        if (row >= 0 && row < _rows)
        {
            AddRow(_weights.AsSpan(row * NerLabels.Count, NerLabels.Count), scores);
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
        var found = cache.Find(extractor.WordHash(token), out var slot);
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
