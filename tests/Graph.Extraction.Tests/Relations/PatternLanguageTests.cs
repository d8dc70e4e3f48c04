using Graph.Core.Schema;
using Graph.Extraction.Relations;

namespace Graph.Extraction.Tests.Relations;

/// <summary>The pattern language: what compiles, and that every mistake is a schema error at the pattern's file:line:column.</summary>
public sealed class PatternLanguageTests
{
    private static readonly SourceLocation Where = new("patterns/test.yaml", 7, 5);

    private static CompiledPattern Compile(string relation, string pattern, bool reverse = false, Dictionary<string, string>? properties = null) =>
        PatternCompiler.Compile(
            new PatternDefinition("test.rule", relation, pattern, 0.8, reverse, properties ?? [], Where),
            PipelineFixture.Schema);

    [Theory]
    [InlineData("VISITED", "{S:Person} ... (visit|paid a visit to) {T:Location|Country}")]
    [InlineData("MET", "{P:Person} (met|held talks)")]
    [InlineData("AFFILIATED_WITH", "{S:Person} of the? *-based? {T:Organization} !'s")]
    [InlineData("SUPPORTS", "{S:Country} *** back* {T:Country}")]
    public void Valid_patterns_compile(string relation, string pattern) =>
        Assert.NotEmpty(Compile(relation, pattern).Elements);

    [Fact]
    public void An_escaped_parenthesis_is_the_token_itself()
    {
        var pattern = Compile("LOCATED_IN", "{S:Location} , {T:Country} (-|\\()");
        var words = Assert.IsType<WordElement>(pattern.Elements[^1]);
        Assert.Contains(words.Options, o => o is ["("]);
    }

    [Theory]
    [InlineData("VISITED", "{S:Person} visited", "needs one {S:...} source slot")]
    [InlineData("VISITED", "{S:Person} (visited {T:Location}", "unbalanced")]
    [InlineData("VISITED", "{S:Person} visited) {T:Location}", "unbalanced")]
    [InlineData("VISITED", "{S:Country} visited {T:Location}", "source type 'Country' is not allowed")]
    [InlineData("VISITED", "{S:Person} visited {T:Planet}", "unknown entity type 'Planet'")]
    [InlineData("VISITED", "... {S:Person} visited {T:Location}", "may not start with a gap")]
    [InlineData("VISITED", "{S:Person} Visit=(visited) {T:Location}", "bad group label")]
    [InlineData("VISITED", "{S:Person} !{T:Location}", "bad negative word")]
    [InlineData("VISITED", "{S:Person} (visited|) {T:Location}", "bad word alternative")]
    public void Mistakes_are_schema_errors_with_location(string relation, string pattern, string message)
    {
        var error = Assert.Throws<SchemaException>(() => Compile(relation, pattern));
        Assert.StartsWith("patterns/test.yaml:7:5: pattern 'test.rule'", error.Message);
        Assert.Contains(message, error.Message);
    }

    private static CompiledPattern CompileSpeakerSourced(string relation, string pattern) => CompileSourced(relation, pattern, PatternSource.Speaker);

    private static CompiledPattern CompileSourced(string relation, string pattern, PatternSource source, string? actorOf = null) =>
        PatternCompiler.Compile(
            new PatternDefinition("test.rule", relation, pattern, 0.8, false, new Dictionary<string, string>(), Where) { Source = source, TargetActorOf = actorOf },
            PipelineFixture.Schema);

    [Fact]
    public void A_pattern_whose_source_is_the_visitor_has_one_target_slot_and_a_relation_a_person_can_start()
    {
        Assert.NotEmpty(CompileSourced("VISITED", "the tour ends in {T:Location}", PatternSource.Visitor).Elements);
        Assert.Contains("takes its source from the visitor (source: visitor), so it needs one {T:...} target slot",
            Assert.Throws<SchemaException>(() => CompileSourced("VISITED", "{S:Person} ends the tour in {T:Location}", PatternSource.Visitor)).Message);
        Assert.Contains("allows no visitor as source",
            Assert.Throws<SchemaException>(() => CompileSourced("LOCATED_IN", "the tour ends in {T:Country}", PatternSource.Visitor)).Message);
        Assert.Contains("takes its source from the party (source: party)",
            Assert.Throws<SchemaException>(() => CompileSourced("VISITED", "{S:Person} travels to {T:Location}", PatternSource.Party)).Message);
    }

    private static CompiledPattern CompileActorTargeted(string relation, string pattern, string act) => CompileSourced(relation, pattern, PatternSource.Slot, act);

    [Fact]
    public void A_pattern_whose_target_is_an_acts_doer_has_one_source_slot_and_a_relation_the_doer_can_end()
    {
        Assert.NotEmpty(CompileActorTargeted("CRITICIZED", "{S:Country} denounced the sanctions", "SANCTIONS").Elements);
        Assert.Contains("takes its target from the article (actorOf: SANCTIONS), so it needs one {S:...} source slot and no other",
            Assert.Throws<SchemaException>(() => CompileActorTargeted("CRITICIZED", "{S:Country} denounced {T:Country} sanctions", "SANCTIONS")).Message);
        Assert.Contains("takes its target from whoever does MET, but LOCATED_IN allows none of them as target",
            Assert.Throws<SchemaException>(() => CompileActorTargeted("LOCATED_IN", "{S:Location} hosted the talks", "MET")).Message);
    }

    [Theory]
    [InlineData(PatternTarget.Home, "target: home", "the article's country")]
    [InlineData(PatternTarget.ListedCountry, "target: country", "the source's listed country")]
    public void A_pattern_whose_target_comes_from_the_article_has_one_source_slot_and_a_relation_that_can_end_in_a_country(
        PatternTarget target, string field, string from)
    {
        var compile = (string relation, string pattern) => PatternCompiler.Compile(
            new PatternDefinition("test.rule", relation, pattern, 0.8, false, new Dictionary<string, string>(), Where) { Target = target },
            PipelineFixture.Schema);
        Assert.NotEmpty(compile("OFFICIAL_OF", "{S:Person} takes over the ministry").Elements);
        Assert.Contains($"takes its target from the article ({field}), so it needs one {{S:...}} source slot",
            Assert.Throws<SchemaException>(() => compile("OFFICIAL_OF", "{S:Person} takes over {T:Organization}")).Message);
        Assert.Contains($"takes its target from {from}, but MET allows none of them as target",
            Assert.Throws<SchemaException>(() => compile("MET", "{S:Person} met the cabinet")).Message);
    }

    [Fact]
    public void A_pattern_whose_source_is_the_speaker_has_one_target_slot_and_a_relation_a_speaker_can_start()
    {
        Assert.NotEmpty(CompileSpeakerSourced("CRITICIZED", "{T:Person} has failed").Elements);
        Assert.Contains("needs one {T:...} target slot and no other",
            Assert.Throws<SchemaException>(() => CompileSpeakerSourced("CRITICIZED", "{S:Person} said {T:Person} has failed")).Message);
        Assert.Contains("allows no speaker as source",
            Assert.Throws<SchemaException>(() => CompileSpeakerSourced("LOCATED_IN", "{T:Country} is home")).Message);
    }

    [Fact]
    public void A_property_must_name_a_labelled_group()
    {
        var error = Assert.Throws<SchemaException>(() =>
            Compile("RELATIVE_OF", "{S:Person} 's (sister|brother) {T:Person}", properties: new() { ["relation"] = "$relation" }));
        Assert.Contains("no group is labelled 'relation='", error.Message);
    }

    [Fact]
    public void A_labelled_group_fills_its_property()
    {
        var found = PipelineFixture.Run("Kim Jong Un's younger sister Kim Yo Jong spoke.").Relations;
        var relative = Assert.Single(found, r => r.Type == "RELATIVE_OF");
        Assert.Equal("sister", relative.Properties["relation"]);
        Assert.Equal("relative.possessive", relative.Rule);
    }

    [Fact]
    public void The_repository_patterns_all_compile_and_cover_every_relation_type_with_a_trigger()
    {
        var schema = PipelineFixture.Schema;
        foreach (var definition in schema.Patterns)
        {
            PatternCompiler.Compile(definition, schema);
        }
        var covered = schema.Patterns.Select(p => p.Relation).ToHashSet();
        // LEADER_OF and OFFICIAL_OF also come from titles; every other type needs a pattern of its own.
        foreach (var type in schema.RelationTypes)
        {
            Assert.True(covered.Contains(type.Name), $"no pattern for {type.Name}");
        }
    }
}
