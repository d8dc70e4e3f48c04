using System.Text;

namespace Graph.Neo4j;

/// <summary>What running a script did.</summary>
public sealed record ScriptSummary(int Statements, int SchemaStatementsSkipped, int Batches, long NodesCreated, long RelationshipsCreated, long PropertiesSet);

/// <summary>
/// Cypher scripts such as <c>graph.cypher</c>: split into statements, and run over the HTTP API in batches of
/// statements, one transaction per batch. Schema statements (constraints and indexes) run one per transaction,
/// as Neo4j requires; a server older than 4.4 does not understand the <c>IF NOT EXISTS ... REQUIRE</c> syntax,
/// so there they are replaced by the loader's equivalent constraints in the syntax the server speaks.
/// </summary>
public static class CypherScript
{
    /// <summary>
    /// Splits a script at the semicolons that end statements: not those inside '...', "..." or `...` (where a
    /// backslash escapes the next character in strings, and a doubled backtick is a backtick in names), nor
    /// inside // line and /* block */ comments. Statements are trimmed; comments are kept inside a statement
    /// but a piece that is only whitespace and comments is dropped.
    /// </summary>
    public static IReadOnlyList<string> Split(string script)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        var hasCode = false;
        var i = 0;

        void Flush()
        {
            var text = current.ToString().Trim();
            if (hasCode && text.Length > 0)
            {
                statements.Add(text);
            }
            current.Clear();
            hasCode = false;
        }

        while (i < script.Length)
        {
            var c = script[i];
            var next = i + 1 < script.Length ? script[i + 1] : '\0';
            if (c == ';')
            {
                Flush();
                i++;
            }
            else if (c == '/' && next == '/')
            {
                var end = script.IndexOf('\n', i);
                end = end < 0 ? script.Length : end;
                current.Append(script, i, end - i);
                i = end;
            }
            else if (c == '/' && next == '*')
            {
                var end = script.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? script.Length : end + 2;
                current.Append(script, i, end - i);
                i = end;
            }
            else if (c is '\'' or '"' or '`')
            {
                var end = QuotedEnd(script, i);
                current.Append(script, i, end - i);
                hasCode = true;
                i = end;
            }
            else
            {
                current.Append(c);
                hasCode |= !char.IsWhiteSpace(c);
                i++;
            }
        }
        Flush();
        return statements;
    }

    /// <summary>The index just past the quoted string or name that starts at <paramref name="start"/> (or the end of an unterminated one).</summary>
    private static int QuotedEnd(string script, int start)
    {
        var quote = script[start];
        var i = start + 1;
        while (i < script.Length)
        {
            var c = script[i];
            if (quote != '`' && c == '\\')
            {
                i += 2;
            }
            else if (c == quote)
            {
                if (quote == '`' && i + 1 < script.Length && script[i + 1] == '`')
                {
                    i += 2;
                }
                else
                {
                    return i + 1;
                }
            }
            else
            {
                i++;
            }
        }
        return script.Length;
    }

    private static readonly HashSet<string> SchemaKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "CONSTRAINT", "INDEX", "RANGE", "TEXT", "POINT", "FULLTEXT", "LOOKUP", "VECTOR", "BTREE",
    };

    /// <summary>Whether a statement changes the schema (CREATE or DROP of a constraint or an index) rather than data.</summary>
    public static bool IsSchemaStatement(string statement)
    {
        var words = statement.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2
            && (words[0].Equals("CREATE", StringComparison.OrdinalIgnoreCase) || words[0].Equals("DROP", StringComparison.OrdinalIgnoreCase))
            && SchemaKinds.Contains(words[1]);
    }

    /// <summary>The Neo4j version from which the script's <c>IF NOT EXISTS ... REQUIRE</c> schema syntax is understood.</summary>
    public static readonly Version ModernSchemaSyntax = new(4, 4);

    /// <summary>
    /// Runs the statements: schema statements one per transaction (on servers older than 4.4 they are
    /// skipped and the loader's equivalent constraints are created instead), data statements
    /// <paramref name="batchSize"/> to a transaction.
    /// </summary>
    public static async Task<ScriptSummary> RunAsync(Neo4jClient client, IEnumerable<string> statements, int batchSize, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var modern = client.Version >= ModernSchemaSyntax;
        var legacySchemaDone = false;
        int count = 0, skipped = 0, batches = 0;
        long nodes = 0, relationships = 0, properties = 0;
        var batch = new List<CypherStatement>(batchSize);

        async Task SendAsync()
        {
            if (batch.Count == 0)
            {
                return;
            }
            foreach (var result in await client.RunAsync(batch, ct))
            {
                nodes += result.Counters.NodesCreated;
                relationships += result.Counters.RelationshipsCreated;
                properties += result.Counters.PropertiesSet;
            }
            batches++;
            batch.Clear();
        }

        foreach (var statement in statements)
        {
            count++;
            if (IsSchemaStatement(statement))
            {
                await SendAsync();
                if (modern)
                {
                    await client.RunAsync(new CypherStatement(statement), ct);
                    batches++;
                }
                else
                {
                    skipped++;
                    if (!legacySchemaDone)
                    {
                        await new Neo4jLoader(client).EnsureSchemaAsync(ct);
                        legacySchemaDone = true;
                    }
                }
                continue;
            }
            batch.Add(new CypherStatement(statement));
            if (batch.Count >= batchSize)
            {
                await SendAsync();
            }
        }
        await SendAsync();
        return new ScriptSummary(count, skipped, batches, nodes, relationships, properties);
    }
}
