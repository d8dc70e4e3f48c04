using Graph.Core;

namespace Graph.Cli;

/// <summary>Checks before any work starts that an output folder can be created and written.</summary>
internal static class OutputFolder
{
    public static string Prepare(string path)
    {
        try
        {
            Directory.CreateDirectory(path);
            var probe = Path.Combine(path, $".write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new GraphException("GK0030", $"{path}: output folder cannot be written ({e.Message})");
        }
    }
}
