namespace Graph.Extraction.Entities.Statistical;

/// <summary>What one training epoch achieved: token accuracy on the training data while learning, and dev scores.</summary>
internal sealed record EpochReport(int Epoch, double TrainAccuracy, Score? Dev, int Features);
