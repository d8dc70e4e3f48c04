namespace Graph.Core;

/// <summary>
/// An error a user can cause and fix: it carries a stable code and a message that says where.
/// The CLI prints these without a stack trace and exits with code 1.
/// </summary>
public class GraphException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public override string ToString() => $"{Code}: {Message}";
}
