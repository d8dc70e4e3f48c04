using Graph.Core.Model;
using Graph.Core.Pipeline;
using Graph.Core.Schema;

namespace Graph.Extraction.Relations;

/// <summary>
/// "The United States, France and Britain voted for the text, with Russia and China abstaining": in an article about
/// one body whose members vote (gazetteer property <c>membersVote</c>, the UN Security Council), the countries that vote,
/// abstain or veto in it are its members.
/// </summary>
public sealed class VotingMembers(GraphSchema schema) : IPipelineComponent
{
    public const string Rule = "member.voted-in";

    /// <summary>How far before its vote a voting country may stand.</summary>
    private const int MaxTokensBefore = 25;

    private static readonly HashSet<string> VoteWords = new(StringComparer.Ordinal)
    {
        "voted", "votes", "vote", "voting", "abstained", "abstains", "abstain", "abstaining", "vetoed", "vetoes", "veto", "vetoing",
    };

    private readonly HashSet<string> _votingBodies = schema.Gazetteer
        .Where(e => e.Properties.GetValueOrDefault("membersVote") == "true")
        .Select(e => e.Id)
        .ToHashSet(StringComparer.Ordinal);

    public string Name => "voting-members";

    public IReadOnlyCollection<Annotation> Requires { get; } = [Annotation.Sentences, Annotation.EntityLinks];

    public IReadOnlyCollection<Annotation> Provides { get; } = [Annotation.Relations];

    public void Process(Document document)
    {
        if (document.Mentions.Where(m => m.EntityId is { } id && _votingBodies.Contains(id)).Select(m => m.EntityId!).Distinct().Take(2).ToList()
            is not [var body])
        {
            return;
        }
        var tokens = document.Tokens;
        var mentionAt = MentionMap.Build(document);
        foreach (var sentence in document.Sentences)
        {
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                if (!VoteWords.Contains(tokens[k].Text))
                {
                    continue;
                }
                var first = Math.Max(sentence.FirstToken, k - MaxTokensBefore);
                for (var clause = k - 1; clause >= first; clause--)
                {
                    if (tokens[clause].Text is ";" or ":")
                    {
                        first = clause + 1;
                        break;
                    }
                }
                var from = tokens[StartOfList(tokens, mentionAt, sentence, first)].Start;
                foreach (var country in document.Mentions)
                {
                    // "a Russian veto" votes; "the besieged Sudanese city" does not.
                    if (country is { Type: "Country", EntityId: { } id } && country.Span.Start >= from && country.Span.End <= tokens[k].Start
                        && (country.Kind != MentionKind.Demonym || k > 0 && tokens[k - 1].End == country.Span.End))
                    {
                        document.Relations.Add(new RelationMention("MEMBER_OF", id, body, sentence.Index, Rule, 0.8));
                    }
                }
            }
        }
    }

    /// <summary>
    /// "The United States, France, ... Latvia and Liberia voted": a list of countries the window cuts into runs on to its
    /// first member, however long it is.
    /// </summary>
    private static int StartOfList(IReadOnlyList<Token> tokens, Mention?[] mentionAt, Sentence sentence, int first)
    {
        while (first - 2 >= sentence.FirstToken && tokens[first - 1].Text is "," or "and" && mentionAt[first - 2] is { Type: "Country" } member)
        {
            first -= 2;
            while (first > sentence.FirstToken && ReferenceEquals(mentionAt[first - 1], member))
            {
                first--;
            }
        }
        return first;
    }
}
