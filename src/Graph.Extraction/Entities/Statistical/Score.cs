namespace Graph.Extraction.Entities.Statistical;

/// <summary>Counts and the precision, recall and F1 they give; 0 when undefined.</summary>
internal readonly record struct Score(int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
