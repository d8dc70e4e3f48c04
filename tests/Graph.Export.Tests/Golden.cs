using System.Runtime.CompilerServices;
using System.Text;

namespace Graph.Export.Tests;

/// <summary>
/// Byte-for-byte comparison with the expected files in Golden/ (copied next to the test
/// assembly). To accept a deliberate change in output, run the tests with UPDATE_GOLDEN=1:
/// the files in the source tree are rewritten instead of compared; then review the diff with
/// git before committing it.
/// </summary>
internal static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static void Check(string name, byte[] actual)
    {
        if (Updating)
        {
            var path = Path.Combine(SourceFolder(), "Golden", name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actual);
            return;
        }
        var expectedPath = Path.Combine(AppContext.BaseDirectory, "Golden", name);
        Assert.True(File.Exists(expectedPath), $"missing golden file {name}; run the tests with UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllBytes(expectedPath);
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            // Comparing as text shows the first differing line in the failure message.
            Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
            Assert.Fail($"{name}: bytes differ (same text; check encoding or BOM)");
        }
    }

    private static string SourceFolder([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;
}
