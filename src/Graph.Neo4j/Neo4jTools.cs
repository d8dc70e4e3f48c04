using System.Diagnostics;
using System.Text;

namespace Graph.Neo4j;

/// <summary>How a run of one of Neo4j's command-line tools ended: exit code, standard output and error together, and time taken.</summary>
public sealed record ToolRun(int ExitCode, string Output, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>
/// Runs the tools in a Neo4j installation's <c>bin/</c> folder (<c>neo4j-import</c>, <c>neo4j-shell</c>) with the
/// JVM flags the installation's server is configured with (<c>dbms.jvm.additional</c> in <c>conf/neo4j.conf</c>):
/// Neo4j 3.x on Java 17 needs the same <c>--add-opens</c> flags in its tools as in its server.
/// </summary>
public static class Neo4jTools
{
    /// <summary>The values of <c>dbms.jvm.additional</c> in <c>HOME/conf/neo4j.conf</c>, in order; none when there is no such file.</summary>
    public static IReadOnlyList<string> JvmFlags(string home)
    {
        var conf = Path.Combine(home, "conf", "neo4j.conf");
        if (!File.Exists(conf))
        {
            return [];
        }
        const string key = "dbms.jvm.additional=";
        return File.ReadLines(conf)
            .Select(line => line.Trim())
            .Where(line => line.StartsWith(key, StringComparison.Ordinal))
            .Select(line => line[key.Length..].Trim())
            .Where(value => value.Length > 0)
            .ToList();
    }

    /// <summary>Runs <c>HOME/bin/TOOL ARGS...</c> through bash, with <c>JAVA_OPTS</c> = the server's JVM flags plus any already set.</summary>
    public static async Task<ToolRun> RunAsync(string home, string tool, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken ct)
    {
        var script = Path.Combine(home, "bin", tool);
        if (!File.Exists(script))
        {
            throw new Neo4jException(Neo4jErrors.BadSetting, $"{script} does not exist: is {home} a Neo4j installation?");
        }
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = home,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var inherited = Environment.GetEnvironmentVariable("JAVA_OPTS");
        start.Environment["JAVA_OPTS"] = string.Join(' ', JvmFlags(home).Append(inherited ?? "").Where(f => f.Length > 0));

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start bash {script}");
        process.StandardInput.Close();
        var output = new StringBuilder();
        var lockObject = new Lock();
        void Collect(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                lock (lockObject)
                {
                    output.Append(e.Data).Append('\n');
                }
            }
        }
        process.OutputDataReceived += Collect;
        process.ErrorDataReceived += Collect;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (ct.IsCancellationRequested)
            {
                throw;
            }
            throw new TimeoutException($"{tool} did not finish within {timeout.TotalSeconds:0} s");
        }
        // The asynchronous readers may still hold the last lines.
        process.WaitForExit();
        lock (lockObject)
        {
            return new ToolRun(process.ExitCode, output.ToString(), clock.Elapsed);
        }
    }

    /// <summary>
    /// Neo4j 3.x's bulk importer into a new store directory (which must not exist yet): <c>neo4j-import --into STORE
    /// --nodes F ... --relationships F ... --array-delimiter D --multiline-fields true</c>. Note that the importer's own
    /// summary can report 0 relationships for small imports that did import them; count in the store instead.
    /// </summary>
    public static Task<ToolRun> ImportAsync(
        string home, string storeDirectory, IEnumerable<string> nodeFiles, IEnumerable<string> relationshipFiles,
        string arrayDelimiter, TimeSpan timeout, CancellationToken ct)
    {
        var arguments = new List<string> { "--into", storeDirectory };
        foreach (var file in nodeFiles)
        {
            arguments.AddRange(["--nodes", file]);
        }
        foreach (var file in relationshipFiles)
        {
            arguments.AddRange(["--relationships", file]);
        }
        arguments.AddRange(["--array-delimiter", arrayDelimiter, "--multiline-fields", "true"]);
        return RunAsync(home, "neo4j-import", arguments, timeout, ct);
    }
}
