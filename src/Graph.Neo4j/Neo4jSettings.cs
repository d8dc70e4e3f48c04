using System.Globalization;

namespace Graph.Neo4j;

/// <summary>Which HTTP API to use: discovered (<see cref="Auto"/>), the transactional endpoint, or the Query API.</summary>
public enum Neo4jApiMode
{
    Auto,
    Tx,
    Query,
}

/// <summary>Values given on the command line; each one, when set, wins over its environment variable.</summary>
public sealed record Neo4jOverrides
{
    public string? Uri { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    public string? Database { get; init; }

    public string? Api { get; init; }

    public int? BatchSize { get; init; }

    public int? EvidenceCap { get; init; }

    // The password is deliberately left out of the generated ToString.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Uri = {Uri}, Username = {Username}, Password = {(Password is null ? "null" : "***")}, Database = {Database}, Api = {Api}, BatchSize = {BatchSize}, EvidenceCap = {EvidenceCap}");
        return true;
    }
}

/// <summary>
/// Where and how to reach Neo4j. Built from <c>NEO4J_URI</c>, <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c> and
/// <c>NEO4J_DATABASE</c>, each overridden by its option. The password is kept out of <see cref="ToString"/>,
/// <see cref="DisplayUri"/> and every message.
/// </summary>
public sealed class Neo4jSettings
{
    public const string DefaultUri = "http://localhost:7474";
    public const string DefaultUsername = "neo4j";
    public const string DefaultDatabase = "neo4j";

    /// <summary>Rows per UNWIND batch; chosen by measurement, see docs/neo4j.md.</summary>
    public const int DefaultBatchSize = 1000;

    public const int DefaultEvidenceCap = 10;

    private readonly string? _password;

    public Neo4jSettings(
        Uri uri,
        string username,
        string? password,
        string database = DefaultDatabase,
        Neo4jApiMode api = Neo4jApiMode.Auto,
        int batchSize = DefaultBatchSize,
        int evidenceCap = DefaultEvidenceCap)
    {
        if (batchSize < 1)
        {
            throw new Neo4jException(Neo4jErrors.BadSetting, $"batch size must be at least 1 (got {batchSize})");
        }
        if (evidenceCap < 0)
        {
            throw new Neo4jException(Neo4jErrors.BadSetting, $"evidence cap must not be negative (got {evidenceCap})");
        }
        if (string.IsNullOrWhiteSpace(database))
        {
            throw new Neo4jException(Neo4jErrors.BadSetting, "the database name is empty");
        }
        Uri = uri;
        Username = username;
        _password = password;
        Database = database;
        Api = api;
        BatchSize = batchSize;
        EvidenceCap = evidenceCap;
    }

    /// <summary>The server's base URL (scheme, host, port, path), without user information.</summary>
    public Uri Uri { get; }

    public string Username { get; }

    public bool HasPassword => _password is not null;

    internal string? Password => _password;

    public string Database { get; }

    public Neo4jApiMode Api { get; }

    public int BatchSize { get; }

    /// <summary>How many evidence sentences each relationship keeps.</summary>
    public int EvidenceCap { get; }

    /// <summary>Attempts after the first one for transient failures.</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>Delay before the first retry; doubles with each further one.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long one HTTP request may take.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(120);

    public string DisplayUri => Uri.GetLeftPart(UriPartial.Path).TrimEnd('/');

    public override string ToString() =>
        $"{DisplayUri} (user {Username}, database {Database}, api {Api.ToString().ToLowerInvariant()}, batch {BatchSize})";

    /// <summary>Reads the environment variables and applies the overrides.</summary>
    public static Neo4jSettings Resolve(Neo4jOverrides overrides, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var uriText = overrides.Uri ?? NonEmpty(environment("NEO4J_URI")) ?? DefaultUri;
        var (uri, userFromUri, passwordFromUri) = ParseUri(uriText);
        var username = overrides.Username ?? NonEmpty(environment("NEO4J_USERNAME")) ?? userFromUri ?? DefaultUsername;
        var password = overrides.Password ?? environment("NEO4J_PASSWORD") ?? passwordFromUri;
        var database = overrides.Database ?? NonEmpty(environment("NEO4J_DATABASE")) ?? DefaultDatabase;
        var api = ParseApi(overrides.Api);
        return new Neo4jSettings(
            uri, username, password, database, api,
            overrides.BatchSize ?? DefaultBatchSize,
            overrides.EvidenceCap ?? DefaultEvidenceCap);
    }

    public static Neo4jApiMode ParseApi(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => Neo4jApiMode.Auto,
        "tx" or "transaction" or "http" => Neo4jApiMode.Tx,
        "query" or "query-api" => Neo4jApiMode.Query,
        _ => throw new Neo4jException(Neo4jErrors.BadSetting, $"unknown Neo4j API '{text}' (use auto, tx or query)"),
    };

    /// <summary>
    /// Accepts http:// and https:// URLs. Bolt and neo4j URLs are refused with the HTTP URL to use instead.
    /// User information in the URL is split off so that it is never printed.
    /// </summary>
    public static (Uri Uri, string? User, string? Password) ParseUri(string text)
    {
        var trimmed = text.Trim();
        if (!System.Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new Neo4jException(Neo4jErrors.BadSetting, $"'{Redact(trimmed)}' is not a URL; use http://HOST:7474");
        }
        var scheme = uri.Scheme.ToLowerInvariant();
        switch (scheme)
        {
            case "http" or "https":
                break;
            case "bolt" or "neo4j" or "bolt+s" or "neo4j+s" or "bolt+ssc" or "neo4j+ssc":
                var secure = scheme.EndsWith("+s", StringComparison.Ordinal) || scheme.EndsWith("+ssc", StringComparison.Ordinal);
                var suggestion = secure ? $"https://{uri.Host}" : $"http://{uri.Host}:7474";
                throw new Neo4jException(Neo4jErrors.BoltUrl,
                    $"{scheme}:// is Neo4j's binary protocol; this build speaks Neo4j's HTTP API. Use {suggestion} instead of {scheme}://{uri.Authority.Split('@')[^1]}");
            default:
                throw new Neo4jException(Neo4jErrors.BadSetting, $"unsupported URL scheme '{scheme}': use http://HOST:7474 or https://HOST");
        }
        string? user = null, password = null;
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            user = System.Uri.UnescapeDataString(parts[0]);
            password = parts.Length > 1 ? System.Uri.UnescapeDataString(parts[1]) : null;
        }
        var clean = new UriBuilder(uri) { UserName = "", Password = "" }.Uri;
        return (clean, user, password);
    }

    private static string Redact(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        return at > 0 && scheme >= 0 && at > scheme ? text[..(scheme + 3)] + "***@" + text[(at + 1)..] : text;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
