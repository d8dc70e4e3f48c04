using Graph.Core;

namespace Graph.Neo4j;

/// <summary>
/// A failure talking to Neo4j that the user can act on. <see cref="GraphException.Code"/> is Neo4j's own
/// status code (<c>Neo.ClientError.Statement.SyntaxError</c>) when the server reported one, else one of
/// <see cref="Neo4jErrors"/>. Messages never contain the password or a server stack trace.
/// </summary>
public sealed class Neo4jException(string code, string message, bool transient = false, Exception? inner = null)
    : GraphException(code, message)
{
    /// <summary>Worth retrying: connection refused, timeout, HTTP 5xx, <c>Neo.TransientError.*</c>.</summary>
    public bool IsTransient { get; } = transient;

    public Exception? Cause { get; } = inner;
}

/// <summary>Stable codes for Neo4j failures that have no Neo4j status code of their own.</summary>
public static class Neo4jErrors
{
    /// <summary>The server refused the user name or password.</summary>
    public const string Unauthorized = "GK0401";

    /// <summary>The database named by --neo4j-database / NEO4J_DATABASE does not exist.</summary>
    public const string UnknownDatabase = "GK0404";

    /// <summary>A bolt:// or neo4j:// URL: this build speaks HTTP.</summary>
    public const string BoltUrl = "GK0410";

    /// <summary>Not an http(s) URL, or a bad setting value.</summary>
    public const string BadSetting = "GK0411";

    /// <summary>The server could not be reached or kept failing after every retry.</summary>
    public const string Unavailable = "GK0503";

    /// <summary>The server answered something this client does not understand.</summary>
    public const string Protocol = "GK0502";

    /// <summary>The graph holds a label or relationship type the schema does not declare.</summary>
    public const string UndeclaredType = "GK0420";
}
