using Graph.Core;
using Graph.Extraction.Reading;

namespace Graph.Extraction.Tests.Reading;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kg-read-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static Graph.Core.Model.Article ReadOk(string path)
    {
        var article = new ArticleReader(TextReader.Null).Read(path, out var skipped);
        Assert.Null(skipped);
        return article!;
    }

    [Fact]
    public void Text_file_takes_its_title_from_the_first_line_and_source_from_a_trailing_line()
    {
        var article = ReadOk(Write("a.txt", "\nLeaders meet\n\nThe leaders met.\n\nSource: Example Wire\n"));
        Assert.Equal("Leaders meet", article.Title);
        Assert.Equal("Example Wire", article.Source);
        Assert.Equal("Leaders meet\n\nThe leaders met.", article.Text);
    }

    [Fact]
    public void Front_matter_supplies_metadata()
    {
        var article = ReadOk(Write("a.md", "---\ntitle: Talks end\nsource: Wire\nurl: https://example.org/a\npublished: 2024-06-19\n---\n# Talks end\nThey met.\n"));
        Assert.Equal("Talks end", article.Title);
        Assert.Equal("https://example.org/a", article.Url);
        Assert.Equal("2024-06-19", article.Published);
        Assert.Equal("Talks end\nThey met.", article.Text);
    }

    [Fact]
    public void Html_keeps_headings_and_paragraphs_and_drops_scripts_and_navigation()
    {
        var article = ReadOk(Write("a.html",
            "<html><head><title>Summit</title><script>var x=1;</script></head><body><nav>Home | World</nav>" +
            "<h1>Summit</h1><p>Leaders   met in <b>Hanoi</b>.</p><footer>Copyright</footer></body></html>"));
        Assert.Equal("Summit", article.Title);
        Assert.Equal("Summit\nLeaders met in Hanoi.", article.Text);
    }

    [Fact]
    public void The_same_text_with_other_typography_gets_the_same_id()
    {
        Assert.Equal(ArticleReader.IdOf("Kim\u2019s visit\r\nended."), ArticleReader.IdOf("Kim's visit\nended."));
        Assert.NotEqual(ArticleReader.IdOf("Kim's visit ended."), ArticleReader.IdOf("Kim's visit began."));
    }

    [Fact]
    public void Binary_and_non_utf8_files_are_skipped_with_a_reason()
    {
        var binary = Path.Combine(_dir, "b.txt");
        File.WriteAllBytes(binary, [0x41, 0x00, 0x42]);
        var latin1 = Path.Combine(_dir, "c.txt");
        File.WriteAllBytes(latin1, [0x43, 0x61, 0x66, 0xE9, 0x0A]);
        var reader = new ArticleReader(TextReader.Null);

        Assert.Null(reader.Read(binary, out var skippedBinary));
        Assert.Equal("binary file", skippedBinary!.Reason);
        Assert.Null(reader.Read(latin1, out var skippedLatin));
        Assert.Contains("not valid UTF-8", skippedLatin!.Reason);
    }

    [Fact]
    public void Folders_are_searched_recursively_in_a_stable_order()
    {
        Write("z/b.txt", "B");
        Write("a.md", "A");
        Write("notes.pdf", "x");
        var files = ArticleReader.ExpandInputs([_dir]);
        Assert.Equal([Path.Combine(_dir, "a.md"), Path.Combine(_dir, "z", "b.txt")], files);
    }

    [Fact]
    public void Missing_paths_and_empty_folders_are_errors()
    {
        Assert.Equal("GK0021", Assert.Throws<GraphException>(() => ArticleReader.ExpandInputs([Path.Combine(_dir, "nope")])).Code);
        Assert.Equal("GK0020", Assert.Throws<GraphException>(() => ArticleReader.ExpandInputs([_dir])).Code);
    }

    [Fact]
    public void Stdin_is_read_when_the_input_is_a_dash()
    {
        var article = new ArticleReader(new StringReader("Headline\nBody.")).Read("-", out _);
        Assert.Equal("Headline", article!.Title);
        Assert.Equal("-", article.Path);
    }
}
