namespace Graph.Extraction.Entities.Statistical;

/// <summary>
/// Trains a <see cref="NerModel"/> with the averaged perceptron: tag each sentence greedily
/// with the current weights, and where a label is wrong move weight from the predicted label to
/// the gold one. Documents are visited in an order shuffled by a fixed seed, and nothing else is
/// random or parallel, so the same data and settings give the same model bytes.
/// </summary>
internal sealed class NerTrainer
{
    private readonly NerGazetteer _gazetteer;
    private readonly FeatureTable _table = new(1 << 20);
    private float[] _weights = new float[(1 << 20) * NerLabels.Count];
    // Sum of (step × update) per weight; averaged = weights − sums / steps (Daumé's trick), so
    // averaging costs nothing per step.
    private double[] _sums = new double[(1 << 20) * NerLabels.Count];
    private long _step = 1;

    public NerTrainer(NerGazetteer gazetteer) => _gazetteer = gazetteer;

    public int Epochs { get; init; } = 12;

    public int Seed { get; init; } = 1;

    /// <summary>
    /// Trains for <see cref="Epochs"/> epochs. With a dev corpus the model of the epoch with the
    /// best dev micro F1 over PER, LOC and ORG is returned, else the last one. Reports each epoch.
    /// </summary>
    public NerModel Train(ConllCorpus train, ConllCorpus? dev, Action<EpochReport>? progress = null)
    {
        var documents = train.Documents.Select(Prepare).ToArray();
        var random = new Random(Seed);
        var order = Enumerable.Range(0, documents.Length).ToArray();
        NerModel? best = null;
        var bestF1 = double.NegativeInfinity;
        for (var epoch = 1; epoch <= Epochs; epoch++)
        {
            random.Shuffle(order);
            var errors = 0;
            var tokens = 0;
            foreach (var d in order)
            {
                errors += TrainDocument(documents[d]);
                tokens += documents[d].Gold.Length;
            }
            var model = Averaged();
            Score? devScore = dev is null ? null : Evaluate(model, dev, _gazetteer).CoreMicro;
            progress?.Invoke(new EpochReport(epoch, 1 - ((double)errors / tokens), devScore, model.FeatureCount));
            var f1 = devScore?.F1 ?? epoch;
            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = model;
            }
        }
        return best ?? Averaged();
    }

    /// <summary>Scores a model on a corpus, tagging each document as a whole.</summary>
    public static EntityScores Evaluate(NerModel model, ConllCorpus corpus, NerGazetteer? gazetteer = null)
    {
        var scores = new EntityScores();
        foreach (var document in corpus.Documents)
        {
            var (tokens, sentences, gold) = Flatten(document);
            var predicted = model.TagDocument(tokens, sentences, gazetteer ?? NerGazetteer.Empty);
            foreach (var (first, end) in sentences)
            {
                scores.Add(gold.AsSpan(first, end - first), predicted.AsSpan(first, end - first));
            }
        }
        return scores;
    }

    private static (string[] Tokens, List<(int First, int End)> Sentences, byte[] Gold) Flatten(ConllDocument document)
    {
        var tokens = new List<string>();
        var gold = new List<byte>();
        var sentences = new List<(int, int)>();
        foreach (var sentence in document.Sentences)
        {
            var first = tokens.Count;
            foreach (var token in sentence.Tokens)
            {
                tokens.Add(token.Text);
                gold.Add((byte)NerLabels.Parse(token.Tag));
            }
            sentences.Add((first, tokens.Count));
        }
        return ([.. tokens], sentences, [.. gold]);
    }

    private Prepared Prepare(ConllDocument document)
    {
        var (tokens, sentences, gold) = Flatten(document);
        var extractor = new NerFeatureExtractor();
        extractor.Extract(tokens, sentences, _gazetteer);
        var offsets = new int[tokens.Length + 1];
        var rows = new List<int>();
        var lower = new ulong[tokens.Length];
        var shape = new ulong[tokens.Length];
        var capitalized = new bool[tokens.Length];
        var features = new ulong[NerFeatureExtractor.MaxAllStatic];
        var sentenceOf = new int[tokens.Length];
        foreach (var (first, end) in sentences)
        {
            for (var i = first; i < end; i++)
            {
                sentenceOf[i] = first;
            }
        }
        var sentenceEnd = sentences.ToDictionary(s => s.First, s => s.End);
        for (var i = 0; i < tokens.Length; i++)
        {
            offsets[i] = rows.Count;
            var count = extractor.AllStatic(i, sentenceOf[i], sentenceEnd[sentenceOf[i]], features);
            foreach (var feature in features.AsSpan(0, count))
            {
                rows.Add(Row(feature));
            }
            lower[i] = extractor.LowerHash(i);
            shape[i] = extractor.ShapeHash(i);
            capitalized[i] = extractor.IsCapitalized(i);
        }
        offsets[tokens.Length] = rows.Count;
        return new Prepared(sentences, gold, offsets, [.. rows], lower, shape, capitalized);
    }

    private int TrainDocument(Prepared document)
    {
        var errors = 0;
        var earlier = new Dictionary<ulong, int>();
        Span<float> scores = stackalloc float[NerLabels.Count];
        Span<ulong> dynamic = stackalloc ulong[NerFeatureExtractor.MaxDynamic];
        Span<int> dynamicRows = stackalloc int[NerFeatureExtractor.MaxDynamic];
        foreach (var (first, end) in document.Sentences)
        {
            int previous = NerLabels.Outside, previous2 = NerLabels.Outside;
            for (var i = first; i < end; i++)
            {
                var seen = document.Capitalized[i] ? earlier.GetValueOrDefault(document.Lower[i]) : 0;
                var count = NerFeatureExtractor.Dynamic(document.Lower[i], document.Shape[i], previous, previous2, seen, dynamic);
                for (var k = 0; k < count; k++)
                {
                    dynamicRows[k] = Row(dynamic[k]);
                }
                var statics = document.Rows.AsSpan(document.Offsets[i], document.Offsets[i + 1] - document.Offsets[i]);
                scores.Clear();
                AddScores(statics, scores);
                AddScores(dynamicRows[..count], scores);
                var predicted = NerModel.Best(scores, previous);
                int gold = document.Gold[i];
                if (predicted != gold)
                {
                    errors++;
                    Update(statics, gold, predicted);
                    Update(dynamicRows[..count], gold, predicted);
                }
                _step++;
                if (document.Capitalized[i])
                {
                    earlier[document.Lower[i]] = NerModel.Remembered(predicted);
                }
                previous2 = previous;
                previous = predicted;
            }
        }
        return errors;
    }

    private void AddScores(ReadOnlySpan<int> rows, Span<float> scores)
    {
        foreach (var row in rows)
        {
            var w = _weights.AsSpan(row * NerLabels.Count, NerLabels.Count);
            for (var l = 0; l < w.Length; l++)
            {
                scores[l] += w[l];
            }
        }
    }

    private void Update(ReadOnlySpan<int> rows, int gold, int predicted)
    {
        foreach (var row in rows)
        {
            var g = (row * NerLabels.Count) + gold;
            var p = (row * NerLabels.Count) + predicted;
            _weights[g] += 1;
            _weights[p] -= 1;
            _sums[g] += _step;
            _sums[p] -= _step;
        }
    }

    private int Row(ulong feature)
    {
        var row = _table.GetOrAdd(feature);
        if ((row + 1) * NerLabels.Count > _weights.Length)
        {
            Array.Resize(ref _weights, _weights.Length * 2);
            Array.Resize(ref _sums, _sums.Length * 2);
        }
        return row;
    }

    private NerModel Averaged()
    {
        var rows = _table.Count;
        var averaged = new float[rows * NerLabels.Count];
        for (var i = 0; i < averaged.Length; i++)
        {
            averaged[i] = (float)(_weights[i] - (_sums[i] / _step));
        }
        return new NerModel(_table, averaged, rows);
    }

    private sealed record Prepared(
        List<(int First, int End)> Sentences,
        byte[] Gold,
        int[] Offsets,
        int[] Rows,
        ulong[] Lower,
        ulong[] Shape,
        bool[] Capitalized);
}
