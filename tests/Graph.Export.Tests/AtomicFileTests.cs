using Graph.Export.Json;

namespace Graph.Export.Tests;

public sealed class AtomicFileTests
{
    [Fact]
    public void FailedWriteLeavesNoFileAndNoTempFile()
    {
        using var folder = new TempFolder();
        var path = folder.File("graph.json");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteText(path, w =>
        {
            w.Write(new string('x', 100_000));
            w.Flush();
            throw new InvalidOperationException("boom");
        }));
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void FailedWriteLeavesExistingFileUntouched()
    {
        using var folder = new TempFolder();
        var path = folder.File("graph.json");
        File.WriteAllText(path, "previous");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.Write(new byte[10_000]);
            throw new InvalidOperationException("boom");
        }));
        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal(["graph.json"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void SuccessfulWriteReplacesTheFile()
    {
        using var folder = new TempFolder();
        var path = folder.File("graph.json");
        File.WriteAllText(path, "previous");
        new GraphJsonWriter().WriteFile(TestGraph.Build(), path);
        Assert.StartsWith("{\n  \"documents\"", File.ReadAllText(path));
        Assert.Equal(["graph.json"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void TextIsUtf8WithoutBomAndLfLineEnds()
    {
        using var folder = new TempFolder();
        var path = folder.File("a.txt");
        AtomicFile.WriteText(path, w => w.WriteLine("Zelenskyy’s"));
        Assert.Equal("Zelenskyy’s\n"u8.ToArray(), File.ReadAllBytes(path));
    }
}
