using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polly;
using Polly.Retry;

namespace Graph.Neo4j;

/// <summary>
/// Talks to one Neo4j server over its HTTP APIs: discovery at <c>GET /</c>, then either the transactional
/// endpoint (<c>/db/data/transaction/commit</c> on 3.x, <c>/db/{database}/tx/commit</c> on 4.x and 5.x) or the
/// Query API (<c>/db/{database}/query/v2</c>, 5.19+ and Aura). Transient failures are retried with
/// exponential backoff; everything else becomes a <see cref="Neo4jException"/> with Neo4j's code.
/// </summary>
public sealed class Neo4jClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly ResiliencePipeline _retry;
    private string? _commitUrl;
    private string? _queryUrl;
    private RequestBuffer? _spareBuffer;

    private Neo4jClient(Neo4jSettings settings, HttpMessageHandler? handler)
    {
        Settings = settings;
        _http = handler is null
            ? new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(10), PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30) })
            : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = settings.RequestTimeout;
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("kgraph", "1.0"));
        if (settings.Password is not null)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.Username}:{settings.Password}"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
        }
        var builder = new ResiliencePipelineBuilder();
        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(e => e.IsTransient),
                MaxRetryAttempts = settings.MaxRetries,
                Delay = settings.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    Retrying?.Invoke(args.Outcome.Exception?.Message ?? "failure", args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }
        _retry = builder.Build();
    }

    public Neo4jSettings Settings { get; }

    /// <summary>The server's version as it reports it ("3.1.1", "5.26.0").</summary>
    public string ServerVersion { get; private set; } = "";

    public Version Version { get; private set; } = new(0, 0);

    /// <summary>The API in use after discovery: <see cref="Neo4jApiMode.Tx"/> or <see cref="Neo4jApiMode.Query"/>.</summary>
    public Neo4jApiMode Api { get; private set; }

    /// <summary>Called before each retry with the failure, the attempt about to be made and the delay.</summary>
    public Action<string, int, TimeSpan>? Retrying { get; set; }

    /// <summary>Discovers the server, chooses the API and checks credentials and database with <c>RETURN 1</c>.</summary>
    public static async Task<Neo4jClient> ConnectAsync(
        Neo4jSettings settings, CancellationToken ct, HttpMessageHandler? handler = null, Action<string, int, TimeSpan>? retrying = null)
    {
        var client = new Neo4jClient(settings, handler) { Retrying = retrying };
        try
        {
            await client.DiscoverAsync(ct);
            await client.RunAsync(new CypherStatement("RETURN 1"), ct);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public void Dispose() => _http.Dispose();

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken ct) =>
        (await RunAsync([statement], ct))[0];

    public Task<CypherResult> RunAsync(string cypher, IReadOnlyDictionary<string, object?>? parameters, CancellationToken ct) =>
        RunAsync(new CypherStatement(cypher, parameters), ct);

    /// <summary>
    /// Runs the statements in one transaction: one commit request on the transactional endpoint. The Query API
    /// takes one statement per request, so there each statement commits on its own.
    /// </summary>
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken ct)
    {
        if (statements.Count == 0)
        {
            return [];
        }
        if (Api == Neo4jApiMode.Query)
        {
            var results = new List<CypherResult>(statements.Count);
            foreach (var statement in statements)
            {
                results.Add((await PostStatementsAsync(_queryUrl!, [statement], ct, body => [ResultParser.FromQueryApi(body)]))[0]);
            }
            return results;
        }
        return await PostStatementsAsync(_commitUrl!, statements, ct, body =>
        {
            var results = body["results"] as JsonArray ?? [];
            if (results.Count != statements.Count)
            {
                throw new Neo4jException(Neo4jErrors.Protocol, $"Neo4j answered {results.Count} results for {statements.Count} statements");
            }
            return results.Select(r => ResultParser.FromTransactional((JsonObject)r!)).ToList();
        });
    }

    private async Task<T> WithRetryAsync<T>(Func<CancellationToken, Task<T>> action, CancellationToken ct)
    {
        try
        {
            return await _retry.ExecuteAsync(async token => await action(token), ct);
        }
        catch (Neo4jException e) when (e.IsTransient)
        {
            var attempts = Settings.MaxRetries + 1;
            throw new Neo4jException(e.Code, $"{e.Message} (gave up after {attempts} attempt{(attempts == 1 ? "" : "s")})", true, e.Cause);
        }
    }

    private async Task DiscoverAsync(CancellationToken ct)
    {
        var root = await WithRetryAsync(token => GetJsonAsync(Settings.Uri, authenticated: false, token), ct);
        var database = Settings.Database;
        string? txTemplate = null, queryTemplate = null;
        if (root["transaction"]?.GetValue<string>() is { } tx)
        {
            // 4.x and 5.x: templates with {databaseName}.
            txTemplate = tx;
            queryTemplate = root["query"]?.GetValue<string>();
            ServerVersion = root["neo4j_version"]?.GetValue<string>() ?? "";
        }
        else if (root["data"]?.GetValue<string>() is { } data)
        {
            // 3.x: one database behind /db/data/, which lists the transaction endpoint and the version.
            var dataInfo = await WithRetryAsync(token => GetJsonAsync(new Uri(Resolve(data)), authenticated: true, token), ct);
            txTemplate = dataInfo["transaction"]?.GetValue<string>()
                ?? throw new Neo4jException(Neo4jErrors.Protocol, $"{Settings.DisplayUri}/db/data/ lists no transaction endpoint");
            ServerVersion = dataInfo["neo4j_version"]?.GetValue<string>() ?? "3";
            if (!string.Equals(database, Neo4jSettings.DefaultDatabase, StringComparison.Ordinal))
            {
                throw new Neo4jException(Neo4jErrors.UnknownDatabase,
                    $"unknown database '{database}': Neo4j {ServerVersion} at {Settings.DisplayUri} serves a single database; use the default '{Neo4jSettings.DefaultDatabase}'");
            }
        }
        else
        {
            throw new Neo4jException(Neo4jErrors.Protocol,
                $"{Settings.DisplayUri} does not look like Neo4j's HTTP port (no 'transaction' in its discovery document); Neo4j's HTTP port is usually 7474");
        }
        Version = ParseVersion(ServerVersion);
        var escaped = Uri.EscapeDataString(database);
        _commitUrl = txTemplate is null ? null : Resolve(txTemplate.Replace("{databaseName}", escaped, StringComparison.Ordinal)).TrimEnd('/') + "/commit";
        _queryUrl = queryTemplate is null ? null : Resolve(queryTemplate.Replace("{databaseName}", escaped, StringComparison.Ordinal));
        Api = Settings.Api switch
        {
            Neo4jApiMode.Query when _queryUrl is null => throw new Neo4jException(Neo4jErrors.BadSetting,
                $"Neo4j {ServerVersion} at {Settings.DisplayUri} has no Query API (it came with 5.19); use --neo4j-api tx or auto"),
            Neo4jApiMode.Tx when _commitUrl is null => throw new Neo4jException(Neo4jErrors.BadSetting,
                $"Neo4j {ServerVersion} at {Settings.DisplayUri} has no transactional HTTP endpoint; use --neo4j-api query or auto"),
            Neo4jApiMode.Query => Neo4jApiMode.Query,
            Neo4jApiMode.Tx => Neo4jApiMode.Tx,
            _ => _queryUrl is not null ? Neo4jApiMode.Query : Neo4jApiMode.Tx,
        };
    }

    internal static Version ParseVersion(string text)
    {
        var digits = new string(text.TakeWhile(c => char.IsDigit(c) || c == '.').ToArray()).Trim('.');
        var parts = digits.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        return parts.Count switch
        {
            0 => new Version(0, 0),
            1 => new Version(parts[0], 0),
            2 => new Version(parts[0], parts[1]),
            _ => new Version(parts[0], parts[1], parts[2]),
        };
    }

    /// <summary>Discovered URLs carry the server's advertised host; keep the host the user gave, take the path.</summary>
    private string Resolve(string discovered)
    {
        var path = Uri.TryCreate(discovered, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : discovered;
        // Uri escapes the braces of an unreplaced template; there are none left here.
        var basePath = Settings.Uri.AbsolutePath.TrimEnd('/');
        if (basePath.Length > 0 && !path.StartsWith(basePath + "/", StringComparison.Ordinal))
        {
            path = basePath + path;
        }
        return new Uri(Settings.Uri, path).ToString();
    }

    private async Task<JsonObject> GetJsonAsync(Uri url, bool authenticated, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (!authenticated)
        {
            request.Headers.Authorization = null;
        }
        using var response = await SendAsync(request, ct);
        var body = await ReadJsonAsync(response, ct);
        CheckStatus(response, body);
        return body as JsonObject
            ?? throw new Neo4jException(Neo4jErrors.Protocol, $"{url.GetLeftPart(UriPartial.Path)} did not answer with a JSON object; is this Neo4j's HTTP port?");
    }

    /// <summary>
    /// Posts the statements as one request and reads the answer, retrying transient failures. The body is written
    /// once, straight to UTF-8 in a reused buffer: the transactional endpoint takes <c>{"statements": [...]}</c>,
    /// the Query API a single statement object.
    /// </summary>
    private async Task<IReadOnlyList<CypherResult>> PostStatementsAsync(
        string url, IReadOnlyList<CypherStatement> statements, CancellationToken ct, Func<JsonObject, IReadOnlyList<CypherResult>> read)
    {
        var tx = Api != Neo4jApiMode.Query;
        var buffer = Interlocked.Exchange(ref _spareBuffer, null) ?? new RequestBuffer();
        try
        {
            var writer = buffer.Start();
            if (tx)
            {
                writer.WriteStartObject();
                writer.WriteStartArray("statements");
            }
            foreach (var statement in statements)
            {
                WriteStatement(writer, statement, tx);
            }
            if (tx)
            {
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            var content = buffer.Finish();
            return await WithRetryAsync(async token =>
            {
                var body = await PostAsync(url, content, token);
                ThrowOnErrors(body);
                return read(body);
            }, ct);
        }
        finally
        {
            if (buffer.Reusable)
            {
                _spareBuffer = buffer;
            }
        }
    }

    private static void WriteStatement(Utf8JsonWriter writer, CypherStatement statement, bool tx)
    {
        writer.WriteStartObject();
        writer.WriteString("statement", statement.Text);
        writer.WritePropertyName("parameters");
        writer.WriteStartObject();
        foreach (var (key, value) in statement.Parameters ?? new Dictionary<string, object?>())
        {
            writer.WritePropertyName(key);
            WriteValue(writer, value);
        }
        writer.WriteEndObject();
        if (tx)
        {
            writer.WriteBoolean("includeStats", true);
            writer.WriteStartArray("resultDataContents");
            writer.WriteStringValue("row");
            writer.WriteStringValue("graph");
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteBoolean("includeCounters", true);
        }
        writer.WriteEndObject();
    }

    private async Task<JsonObject> PostAsync(string url, ReadOnlyMemory<byte> payload, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ReadOnlyMemoryContent(payload) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await SendAsync(request, ct);
        var body = await ReadJsonAsync(response, ct);
        CheckStatus(response, body);
        return body as JsonObject ?? throw new Neo4jException(Neo4jErrors.Protocol,
            $"Neo4j answered HTTP {(int)response.StatusCode} without a JSON body");
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        }
        catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw new Neo4jException(Neo4jErrors.Unavailable,
                $"Neo4j at {Settings.DisplayUri} did not answer within {Settings.RequestTimeout.TotalSeconds:0} s", true, e);
        }
        catch (HttpRequestException e)
        {
            var reason = e.InnerException is SocketException se ? se.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => "connection refused",
                SocketError.HostNotFound or SocketError.NoData => "host not found",
                SocketError.TimedOut => "connection timed out",
                _ => se.Message,
            } : e.Message;
            throw new Neo4jException(Neo4jErrors.Unavailable, $"cannot reach Neo4j at {Settings.DisplayUri}: {reason}", true, e);
        }
    }

    private static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void CheckStatus(HttpResponseMessage response, JsonNode? body)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return;
        }
        var (code, message) = FirstError(body);
        var detail = code is null ? $"HTTP {status}" : $"{code}: {message}";
        switch (response.StatusCode)
        {
            case HttpStatusCode.Unauthorized:
                throw new Neo4jException(Neo4jErrors.Unauthorized, Settings.HasPassword
                    ? $"Neo4j at {Settings.DisplayUri} refused user '{Settings.Username}' ({detail}); check NEO4J_USERNAME/NEO4J_PASSWORD or --neo4j-user/--neo4j-password"
                    : $"Neo4j at {Settings.DisplayUri} needs a password ({detail}); set NEO4J_PASSWORD, --neo4j-password or --password-stdin");
            case HttpStatusCode.Forbidden:
                throw new Neo4jException(code ?? Neo4jErrors.Unauthorized, $"Neo4j at {Settings.DisplayUri} forbids this for user '{Settings.Username}': {detail}");
            case HttpStatusCode.NotFound when code is null || code.Contains("DatabaseNotFound", StringComparison.Ordinal):
                throw new Neo4jException(Neo4jErrors.UnknownDatabase, $"unknown database '{Settings.Database}' at {Settings.DisplayUri} ({detail})");
        }
        if (code is not null)
        {
            ThrowNeo4jError(code, message!);
        }
        throw new Neo4jException(status >= 500 ? Neo4jErrors.Unavailable : Neo4jErrors.Protocol,
            $"Neo4j at {Settings.DisplayUri} answered HTTP {status} {response.ReasonPhrase}", transient: status >= 500);
    }

    private void ThrowOnErrors(JsonObject body)
    {
        var (code, message) = FirstError(body);
        if (code is not null)
        {
            ThrowNeo4jError(code, message!);
        }
    }

    private void ThrowNeo4jError(string code, string message)
    {
        if (code.Contains("DatabaseNotFound", StringComparison.Ordinal))
        {
            throw new Neo4jException(Neo4jErrors.UnknownDatabase, $"unknown database '{Settings.Database}' at {Settings.DisplayUri} ({code}: {message})");
        }
        if (code.StartsWith("Neo.ClientError.Security.Unauthorized", StringComparison.Ordinal))
        {
            throw new Neo4jException(Neo4jErrors.Unauthorized, $"Neo4j at {Settings.DisplayUri} refused user '{Settings.Username}' ({code}: {message})");
        }
        var transient = code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
        throw new Neo4jException(code, message, transient);
    }

    private static (string? Code, string? Message) FirstError(JsonNode? body)
    {
        if (body is JsonObject o && o["errors"] is JsonArray { Count: > 0 } errors && errors[0] is JsonObject first)
        {
            // Neo4j 3.x adds a Java stack trace; it is left out on purpose.
            return (first["code"]?.GetValue<string>() ?? "Neo.Unknown", first["message"]?.GetValue<string>() ?? "");
        }
        return (null, null);
    }

    /// <summary>A value as JSON, written the way request parameters are (<see cref="WriteValue"/>).</summary>
    internal static JsonNode? ToJson(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteValue(writer, value);
        }
        return JsonNode.Parse(buffer.WrittenSpan);
    }

    /// <summary>
    /// Writes a parameter value: strings, booleans, numbers, lists and maps as their JSON kinds, anything else as its
    /// invariant text. A whole double keeps its fraction ("1.0", not "1"): Neo4j reads a JSON number without one as
    /// an integer, which would store a Goldstein weight of 1.0 or a confidence of 1.0 as a different type from every other.
    /// </summary>
    internal static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonNode node:
                node.WriteTo(writer);
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                WriteNumber(writer, d);
                break;
            case float f:
                WriteNumber(writer, f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IDictionary<string, string> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WriteString(key, item);
                }
                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, double d)
    {
        Span<byte> text = stackalloc byte[32];
        if (double.IsFinite(d) && d == Math.Floor(d) && Math.Abs(d) < 1e15 && d.TryFormat(text, out var length, "0.0", CultureInfo.InvariantCulture))
        {
            writer.WriteRawValue(text[..length], skipInputValidation: true);
        }
        else
        {
            writer.WriteNumberValue(d);
        }
    }

    /// <summary>A request body's buffer and writer, kept by the client between requests.</summary>
    private sealed class RequestBuffer
    {
        private const int MaxKeptBytes = 16 * 1024 * 1024;
        private readonly ArrayBufferWriter<byte> _bytes = new(64 * 1024);
        private readonly Utf8JsonWriter _writer;

        public RequestBuffer() => _writer = new Utf8JsonWriter(_bytes);

        public bool Reusable => _bytes.Capacity <= MaxKeptBytes;

        public Utf8JsonWriter Start()
        {
            _bytes.ResetWrittenCount();
            _writer.Reset(_bytes);
            return _writer;
        }

        public ReadOnlyMemory<byte> Finish()
        {
            _writer.Flush();
            return _bytes.WrittenMemory;
        }
    }
}
