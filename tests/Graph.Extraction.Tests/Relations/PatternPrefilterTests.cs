using Graph.Core.Schema;
using Graph.Extraction.Relations;

namespace Graph.Extraction.Tests.Relations;

/// <summary>The sentence prefilter: which patterns a sentence can match, judged by its words and its mentions' types.</summary>
public sealed class PatternPrefilterTests
{
    private static CompiledPattern Compile(string id, string relation, string pattern) =>
        PatternCompiler.Compile(
            new PatternDefinition(id, relation, pattern, 0.8, false, new Dictionary<string, string>(), new SourceLocation("patterns/test.yaml", 1, 1)),
            PipelineFixture.Schema);

    private static readonly CompiledPattern[] Patterns =
    [
        Compile("test.backs", "SUPPORTS", "{S:Person} ... (to back|endorsed) {T:Person}"),
        Compile("test.visited", "VISITED", "{S:Person} (paid a visit to|visit*) {T:Country}"),
        Compile("test.met", "MET", "{S:Person} met with {T:Person}"),
    ];

    private static string[] Candidates(string text)
    {
        var document = PipelineFixture.Run(text);
        var mentionAt = MentionMap.Build(document);
        var view = new SentenceView(document.Tokens, mentionAt, document.Sentences[0], new HashSet<string>());
        var candidates = new List<CompiledPattern>();
        new PatternPrefilter(Patterns).Candidates(view, candidates);
        return candidates.Select(p => p.Id).ToArray();
    }

    [Fact]
    public void A_word_group_is_looked_for_by_the_longest_literal_word_of_each_option()
    {
        var group = Assert.IsType<WordElement>(Patterns[0].Elements[2]);
        Assert.Equal(["back", "endorsed"], group.KeyWords);
        // An option of a prefix alone has no word to look for: the group cannot rule a sentence out.
        Assert.Empty(Assert.IsType<WordElement>(Patterns[1].Elements[1]).KeyWords);
    }

    [Fact]
    public void A_sentence_with_a_common_word_of_an_option_but_not_its_key_word_is_no_candidate() =>
        Assert.Equal(["test.visited"], Candidates("Senator Tom Vale wants to go to Kenya to see Senator Ann Hale."));

    [Fact]
    public void A_sentence_holding_every_required_group_and_slot_type_is_a_candidate_in_schema_order() =>
        Assert.Equal(["test.backs", "test.visited", "test.met"], Candidates("Senator Tom Vale met with Senator Ann Hale in Kenya, where he said he wants to back Senator Joe Dunn."));

    [Fact]
    public void A_sentence_lacking_a_slot_type_is_no_candidate() =>
        Assert.Equal(["test.backs", "test.met"], Candidates("Senator Tom Vale met with Senator Ann Hale and said he wants to back Senator Joe Dunn."));
}
