using Graph.Core;
using Graph.Core.Schema;

namespace Graph.Cli;

/// <summary>
/// Finds the bundled schema and model folders: next to the executable (they are copied there at
/// build time), else in the nearest parent of the working directory that has them.
/// </summary>
internal static class Resources
{
    public static GraphSchema LoadSchema(DirectoryInfo? explicitFolder)
    {
        if (explicitFolder is not null)
        {
            if (!explicitFolder.Exists)
            {
                throw new GraphException("GK0012", $"{explicitFolder.FullName}: schema folder does not exist");
            }
            return GraphSchema.Load(explicitFolder.FullName);
        }
        return GraphSchema.Load(Find("schema", "types.yaml"));
    }

    public static string Find(string folder, string marker)
    {
        var bundled = Path.Combine(AppContext.BaseDirectory, folder);
        if (File.Exists(Path.Combine(bundled, marker)))
        {
            return bundled;
        }
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, folder);
            if (File.Exists(Path.Combine(candidate, marker)))
            {
                return candidate;
            }
        }
        throw new GraphException("GK0013", $"cannot find the bundled '{folder}' folder; pass --schema");
    }
}
