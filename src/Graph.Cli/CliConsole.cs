using Spectre.Console;

namespace Graph.Cli;

/// <summary>
/// The streams a command talks to. Data goes to <see cref="Out"/>; progress, tables and errors go
/// to <see cref="Error"/> so that stdout stays clean for piping. Tests pass string writers.
/// </summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, TextReader input)
    {
        Out = output;
        Error = error;
        In = input;
        Status = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected
                ? InteractionSupport.Detect
                : InteractionSupport.No,
            Ansi = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? AnsiSupport.Detect : AnsiSupport.No,
        });
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public TextReader In { get; }

    /// <summary>Spectre console over stderr, for progress bars and summary tables.</summary>
    public IAnsiConsole Status { get; }

    public bool IsInteractive => Status.Profile.Capabilities.Interactive;
}
