namespace Graph.Core.Schema;

/// <summary>A schema file is malformed or inconsistent; the message starts with file:line:column.</summary>
public sealed class SchemaException(string code, SourceLocation location, string message)
    : GraphException(code, $"{location}: {message}")
{
    public SourceLocation Location { get; } = location;
}

/// <summary>Stable error codes for schema problems.</summary>
public static class SchemaErrors
{
    public const string Syntax = "GK0001";
    public const string MissingField = "GK0002";
    public const string WrongShape = "GK0003";
    public const string UnknownEntityType = "GK0004";
    public const string UnknownRelationType = "GK0005";
    public const string DuplicateId = "GK0006";
    public const string AmbiguousAlias = "GK0007";
    public const string InvalidIdentifier = "GK0008";
    public const string InvalidPattern = "GK0009";
    public const string InvalidValue = "GK0010";
    public const string UnknownField = "GK0011";
    public const string NotASchemaFolder = "GK0014";
}
