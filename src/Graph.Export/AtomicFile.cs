using System.Text;

namespace Graph.Export;

/// <summary>
/// Writes a file so that readers never see half of it: the content goes to a temporary file in
/// the same folder (same volume, so the final rename is atomic) and replaces the target only
/// once it is complete. If writing fails the temporary file is deleted and any existing target
/// is left as it was.
/// </summary>
internal static class AtomicFile
{
    /// <summary>UTF-8 without a byte order mark: Neo4j, Python and jq all read it as is.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        // Dot-prefixed and random so it neither collides with a concurrent writer nor looks like
        // a finished output to someone listing the folder.
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Text output: UTF-8 without BOM and "\n" line ends on every platform.</summary>
    public static void WriteText(string path, Action<TextWriter> write) =>
        Write(path, stream =>
        {
            using var writer = NewTextWriter(stream);
            write(writer);
        });

    public static StreamWriter NewTextWriter(Stream stream) =>
        new(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original error matters more than a leftover temp file.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
