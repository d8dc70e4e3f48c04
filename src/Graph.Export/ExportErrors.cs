namespace Graph.Export;

/// <summary>Stable error codes for reading and writing graph files.</summary>
internal static class ExportErrors
{
    public const string JsonSyntax = "GK0200";
    public const string JsonMissingField = "GK0201";
    public const string JsonWrongType = "GK0202";
    public const string JsonUnknownReference = "GK0203";
    public const string JsonDuplicateId = "GK0204";
    public const string JsonInvalidValue = "GK0205";
    public const string JsonFileNotFound = "GK0206";
    public const string InvalidIdentifier = "GK0207";
}
