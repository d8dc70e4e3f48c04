using Graph.Core.Graph;
using Graph.Extraction.Reading;
using Spectre.Console;

namespace Graph.Cli;

/// <summary>Tables describing a graph: entities and relations by type, the most connected entities.</summary>
internal static class Summary
{
    public static void Write(IAnsiConsole console, IKnowledgeGraph graph, CorpusResult? run = null, int top = 10)
    {
        var entities = new Table().Title("Entities").AddColumn("Type").AddColumn(new TableColumn("Count").RightAligned());
        foreach (var group in graph.Entities.GroupBy(e => e.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            entities.AddRow(Markup.Escape(group.Key), group.Count().ToString());
        }
        entities.AddRow("[bold]total[/]", $"[bold]{graph.Entities.Count}[/]");

        var relations = new Table().Title("Relations").AddColumn("Type").AddColumn(new TableColumn("Count").RightAligned())
            .AddColumn(new TableColumn("Negated").RightAligned());
        foreach (var group in graph.Relations.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            relations.AddRow(Markup.Escape(group.Key), group.Count().ToString(), group.Count(r => r.Negated).ToString());
        }
        relations.AddRow("[bold]total[/]", $"[bold]{graph.Relations.Count}[/]", "");

        var connected = new Table().Title("Most connected").AddColumn("Entity").AddColumn("Type").AddColumn(new TableColumn("Relations").RightAligned());
        foreach (var entity in graph.Entities.Select(e => (Entity: e, Degree: graph.Degree(e)))
                     .Where(p => p.Degree > 0)
                     .OrderByDescending(p => p.Degree).ThenBy(p => p.Entity.Id, StringComparer.Ordinal).Take(top))
        {
            connected.AddRow(Markup.Escape(entity.Entity.Name), entity.Entity.Type, entity.Degree.ToString());
        }

        console.Write(new Columns(entities, relations));
        console.Write(connected);
        if (run is not null)
        {
            var line = $"Articles read: {run.Read}, skipped: {run.Skipped.Count}";
            if (run.Duplicates > 0)
            {
                line += $", duplicates: {run.Duplicates}";
            }
            console.MarkupLine($"{Markup.Escape(line)}, time: {run.Elapsed.TotalSeconds:0.00} s");
            foreach (var reason in run.Skipped.GroupBy(s => s.Reason.Split(':')[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                console.MarkupLine($"  skipped ({Markup.Escape(reason.Key)}): {reason.Count()}");
            }
        }
    }

    public static void WriteSkipped(TextWriter error, IEnumerable<SkippedInput> skipped)
    {
        foreach (var skip in skipped)
        {
            error.WriteLine($"warning: skipped {skip.Path}: {skip.Reason}");
        }
    }
}
