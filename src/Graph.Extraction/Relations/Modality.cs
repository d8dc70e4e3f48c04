using System.Globalization;
using Graph.Core.Model;
using Graph.Extraction.Entities;

namespace Graph.Extraction.Relations;

/// <summary>
/// How a sentence asserts a relation: denied, attributed to a speaker, hedged, expected, dated.
/// Read from cue words in the clause around the match, so every flag can be explained by a
/// word in the evidence sentence, and a cue in one clause does not leak into another.
/// </summary>
internal static class Modality
{
    /// <summary>Property of a relation read from a hedged sentence ("reportedly", "concern that").</summary>
    public const string Hedged = "hedged";

    /// <summary>Property of a relation read from a sentence about the future ("will visit", "is expected to").</summary>
    public const string Expected = "expected";

    /// <summary>Property of an office the sentence says the person held before ("former Nigerian president X").</summary>
    public const string Former = "former";

    /// <summary>
    /// Properties that say how one sentence states a relation: the relation keeps one only while every sentence stating it
    /// has it ("will visit Hanoi" in one article and "visited Hanoi" in another is a visit that happened; "former
    /// president" in one and "President" in another is an office held now).
    /// </summary>
    public static readonly string[] SentenceFlags = [Hedged, Expected, Former];

    /// <summary>The entity types a speaker can have: people, bodies and countries say things.</summary>
    public static readonly string[] SpeakerTypes = ["Person", "Organization", "Country"];

    /// <summary>Negation words that deny what follows within a few tokens, or the matched words themselves.</summary>
    private static readonly HashSet<string> Negations = new(StringComparer.OrdinalIgnoreCase)
    {
        "not", "n't", "never", "no", "denied", "deny", "denies", "denying", "rejected", "rejects", "reject", "rejecting",
        "refused", "refuses", "refuted", "refutes", "neither", "nor", "cannot", "without",
        // "the United States' refusal to sign", "its unwillingness to sign", "declined to back".
        "refusal", "unwillingness", "unwilling", "reluctance", "reluctant", "declined", "declines", "declining",
    };

    /// <summary>Verbs that deny a whole complement: "rejected claims that X ...", "denied that X ...".</summary>
    private static readonly HashSet<string> Denials = new(StringComparer.OrdinalIgnoreCase)
    {
        "denied", "deny", "denies", "denying", "rejected", "rejects", "reject", "rejecting", "dismissed", "dismisses",
        "refuted", "refutes", "disputed", "disputes",
    };

    private static readonly HashSet<string> Complements = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "claims", "claim", "reports", "report", "allegations", "allegation", "accusations", "accusation", "suggestions", "speculation",
    };

    /// <summary>Words that weaken the claim wherever they stand in or just before the match.</summary>
    private static readonly HashSet<string> HedgeAdverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "allegedly", "reportedly", "purportedly", "apparently", "possibly", "probably", "may", "might", "could", "alleged",
        "suspected", "potential", "possible", "rumoured", "rumored", "supposedly", "seemingly",
    };

    /// <summary>Words that introduce an unconfirmed claim; they hedge a match that follows them in the same clause.</summary>
    private static readonly HashSet<string> HedgeIntroducers = new(StringComparer.OrdinalIgnoreCase)
    {
        "concern", "concerns", "fears", "fear", "feared", "claims", "claim", "claimed", "claiming", "allegations", "alleges",
        "alleged", "accused", "accuses", "accusing", "accusation", "accusations", "suspicion", "suspicions", "suspects",
        "believed", "believes", "rumours", "rumors", "speculation", "suggested", "suggests", "suggesting", "reports", "unconfirmed",
    };

    private static readonly HashSet<string> Futures = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "'ll", "shall", "expected", "expects", "plans", "plan", "planned", "planning", "scheduled", "intends",
        "intend", "upcoming", "forthcoming",
        // Wishes and conditions look ahead too: "was hoping to meet", "would be happy to meet", "wants to visit".
        "would", "hoping", "hopes", "hoped", "wants", "wanted", "keen", "eager", "aims", "seeking", "seeks",
        // So do threats: "threatened to pull out of the treaty".
        "threatened", "threatens", "threatening",
    };

    private static readonly HashSet<string> Speech = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "told", "tells", "stated", "announced", "announces", "claimed", "claims", "alleged",
        "alleges", "insisted", "insists", "added", "adds", "warned", "warns", "noted", "notes", "argued", "argues", "wrote",
        "reported", "reports", "accused", "accuses", "believes", "suggested", "suggests", "confirmed", "confirms",
        "stressed", "stresses", "explained", "explains", "declared", "maintained", "maintains", "acknowledged", "admitted",
        "revealed", "asserted", "contended", "charged", "alleging", "saying", "telling",
    };

    /// <summary>Speech verbs whose object is the one spoken to or about, never the speaker: "told BBC Radio 4".</summary>
    private static readonly HashSet<string> AddresseeVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "told", "tells", "telling", "accused", "accuses", "warned", "warns", "charged",
    };

    /// <summary>Words that may stand between a speaker and the speech verb: "Blinken on Tuesday said", "the ministry has said".</summary>
    private static readonly HashSet<string> SpeakerFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "also", "on", "last", "later", "earlier", "previously", "again", "repeatedly", "publicly",
        "today", "yesterday", "then", "once", "had", "separately", "recently", "night", "week",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    /// <summary>
    /// Whether the mention starting at the token is the subject a clause opens with: at the start of the sentence, after
    /// a quotation mark, a comma, a colon, "that", a conjunction or a speech verb ("said Mr Blair had failed"), not the end
    /// of a longer subject ("the minister's view that ... the council was flawed").
    /// </summary>
    public static bool OpensClause(SentenceView view, int token)
    {
        var k = token - 1;
        while (k >= view.Sentence.FirstToken && (view.Tokens[k].Text is "the" or "The" || Entities.Words.Honorifics.Contains(view.Tokens[k].Text)))
        {
            k--;
        }
        return k < view.Sentence.FirstToken || view.Tokens[k].Text is "\"" or "," or ":" or "that" or "and" or "but" or "because" or "while" or "as"
            || Speech.Contains(view.Tokens[k].Text) || AfterAddressee(view, k);
    }

    /// <summary>"told lawmakers the agreement was ...", "told the BBC the plans were ...": the clause opens after whom the speech was told to.</summary>
    private static bool AfterAddressee(SentenceView view, int k)
    {
        for (var a = k; a > view.Sentence.FirstToken && k - a < 3; a--)
        {
            var text = view.Tokens[a].Text;
            if (view.MentionAt[a] is null && !Words.IsLowerCaseWord(text) || text is "that" or "and" or "but")
            {
                return false;
            }
            if (view.Tokens[a - 1].Text is "told" or "tells" or "telling")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Tokens that end a clause for the purpose of scoping hedges and speech verbs.</summary>
    private static bool IsClauseBreak(string token) => token is ";" or ":" or "--" or "(" or ")";

    /// <summary>
    /// Cue words count inside the match, and just before it only when the match opens with a word
    /// ("never visited"): before a subject they belong to another clause ("will visit Aceh in Indonesia").
    /// </summary>
    private static int CueStart(SentenceView view, int from) =>
        view.MentionAt[from] is null && view.TitledPerson(from) < 0 ? Math.Max(view.Sentence.FirstToken, from - 3) : from;

    public static bool IsNegated(SentenceView view, int from, int to)
    {
        var tokens = view.Tokens;
        var first = view.Sentence.FirstToken;
        if (Any(view, Negations, CueStart(view, from), to))
        {
            return true;
        }
        // "Iran rejected claims that it supplied ...", "Moscow denied that ...": the denial governs the complement.
        var sawComplement = false;
        for (var i = from - 1; i >= first && i >= from - 10; i--)
        {
            var text = tokens[i].Text;
            if (IsClauseBreak(text) || text == ".")
            {
                break;
            }
            if (Complements.Contains(text))
            {
                sawComplement = true;
            }
            else if (sawComplement && view.MentionAt[i] is null && Denials.Contains(text))
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsHedged(SentenceView view, int from, int to)
    {
        if (Any(view, HedgeAdverbs, Math.Max(view.Sentence.FirstToken, from - 3), to))
        {
            return true;
        }
        for (var i = from - 1; i >= view.Sentence.FirstToken && i >= from - 12; i--)
        {
            var text = view.Tokens[i].Text;
            if (IsClauseBreak(text))
            {
                break;
            }
            // "rejected claims that ...": a denied claim is negated, not hedged.
            if (view.MentionAt[i] is null && HedgeIntroducers.Contains(text)
                && !(i > view.Sentence.FirstToken && Denials.Contains(view.Tokens[i - 1].Text)))
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsExpected(SentenceView view, int from, int to)
    {
        var tokens = view.Tokens;
        // "heading to Accra to meet Mahama", "waiting to join the WTO": an infinitive's act is intended, not done.
        if (from > view.Sentence.FirstToken && tokens[from - 1].Text == "to" && view.MentionAt[from] is null && char.IsLower(tokens[from].Text[0])
            && (from - 2 < view.Sentence.FirstToken || view.MentionAt[from - 2] is not { Type: "Person" or "Country" or "Organization" }))
        {
            return true;
        }
        for (var i = CueStart(view, from); i < to; i++)
        {
            // "Putin, who will visit Hanoi, is accompanied by Lavrov": the clause's future is its own.
            if (i > from && view.SkipApposition(i) is > 0 and var after && after <= to)
            {
                i = after - 1;
                continue;
            }
            if (view.MentionAt[i] is not null)
            {
                continue;
            }
            var text = tokens[i].Text;
            // "plans to visit" and "threatened to leave" look ahead; "attacked the Tory plans" does not.
            if (Futures.Contains(text) && !(text is "plan" or "plans" or "threatened" or "threatens" or "threatening"
                && (i + 1 >= view.Sentence.EndToken || tokens[i + 1].Text != "to")))
            {
                return true;
            }
            // "is to visit", "are to sign": the arranged future.
            if (text is "is" or "are" && i + 2 < to && tokens[i + 1].Text == "to" && view.MentionAt[i + 2] is null && char.IsLower(tokens[i + 2].Text[0]))
            {
                return true;
            }
            // "is set to visit", "is due to sign", "is going to meet"; not "due to the war".
            if ((text is "set" or "due" or "going") && i + 2 < view.Sentence.EndToken && tokens[i + 1].Text == "to"
                && view.MentionAt[i + 2] is null && char.IsLower(tokens[i + 2].Text[0]) && tokens[i + 2].Text is not ("the" or "a" or "an"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The speaker a match is attributed to: "according to X"; "X said (that) ..." before the match;
    /// "..., X said" or "..., said X" after it; or the speaker of the quotation it stands in. A speaker is
    /// a person, organization or country named right next to the speech verb.
    /// </summary>
    public static Mention? Speaker(SentenceView view, Mention?[] quoteSpeaker, int matchFrom, int matchTo)
    {
        var tokens = view.Tokens;
        var first = view.Sentence.FirstToken;
        var end = view.Sentence.EndToken;
        for (var i = first; i + 2 < end; i++)
        {
            if ((i < matchFrom || i >= matchTo) && tokens[i].Text.Equals("according", StringComparison.OrdinalIgnoreCase)
                && tokens[i + 1].Text == "to" && AsSpeaker(view.MentionAt[i + 2]) is { } m)
            {
                return m;
            }
        }
        // The nearest speech verb before the match governs it unless a clause break intervenes.
        for (var v = matchFrom - 1; v >= first; v--)
        {
            var text = tokens[v].Text;
            if (IsClauseBreak(text))
            {
                break;
            }
            if (text == "," && v + 1 < matchFrom && tokens[v + 1].Text is "and" or "but" or "while" or "whereas" or "although" or "though")
            {
                // "..., Kallas said, and Scholz visited Kyiv": a new clause starts after the speech.
                break;
            }
            if (view.MentionAt[v] is null && Speech.Contains(text))
            {
                if (SpeakerBefore(view, v) is { } before)
                {
                    return IsParenthetical(view, before, v) ? null : before;
                }
                if (v > first && tokens[v - 1].Text == "and" && SubjectOfClauseBefore(view, v - 1) is { } subject)
                {
                    return subject;
                }
                if (v + 1 < matchFrom && !AddresseeVerbs.Contains(text) && AsSpeaker(view.MentionAt[v + 1]) is { } after && v + 2 < end && IsClauseEnd(tokens[EndOf(view, v + 1)].Text))
                {
                    return after;
                }
                break;
            }
        }
        // A speech verb after the match, set off by a comma or closing quote: "..., Blinken said".
        var setOff = false;
        for (var v = matchTo; v < end; v++)
        {
            var text = tokens[v].Text;
            if (text is "," or "\"")
            {
                setOff = true;
                continue;
            }
            if (IsClauseBreak(text))
            {
                break;
            }
            if (!setOff || view.MentionAt[v] is not null || !Speech.Contains(text))
            {
                continue;
            }
            if (SpeakerBefore(view, v) is { } before && TokenOfStart(view, before, v) > matchTo)
            {
                return before;
            }
            // "..., said Blinken." and "..., say the Tories." name the speaker; "..., said his country would ..." opens the
            // reported clause.
            var named = v + 2 < end && tokens[v + 1].Text == "the" && view.MentionAt[v + 1] is null ? v + 2 : v + 1;
            if (named < end && !AddresseeVerbs.Contains(text) && AsSpeaker(view.MentionAt[named]) is { } after
                && (EndOf(view, named) is var close && (close >= end || EndsSpeakerPhrase(tokens[close].Text))))
            {
                return after;
            }
            break;
        }
        return matchFrom < quoteSpeaker.Length ? quoteSpeaker[matchFrom] : null;
    }

    /// <summary>Whether <see cref="Speaker"/> can name anyone in the sentence: it has a speech verb, "according to" or a quoted speaker.</summary>
    public static bool MayHaveSpeaker(SentenceView view, Mention?[] quoteSpeaker)
    {
        for (var i = view.Sentence.FirstToken; i < view.Sentence.EndToken; i++)
        {
            if (quoteSpeaker[i] is not null || Speech.Contains(view.Tokens[i].Text) || view.Tokens[i].Text.Equals("according", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>For each token inside a quotation, the speaker of that quotation when the text names one next to it.</summary>
    public static Mention?[] QuoteSpeakers(Document document, Mention?[] mentionAt)
    {
        var tokens = document.Tokens;
        var speakers = new Mention?[tokens.Count];
        var open = -1;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (open >= 0 && t > 0 && document.Text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End).Contains('\n'))
            {
                // A quotation left open at a paragraph end: only a lead-in ("X said: ...") can name its speaker.
                Fill(speakers, open, t, LeadInSpeaker(document, mentionAt, open));
                open = -1;
            }
            if (tokens[t].Text != "\"")
            {
                continue;
            }
            if (open < 0)
            {
                open = t;
                continue;
            }
            var speaker = TrailingSpeaker(document, mentionAt, t) ?? LeadInSpeaker(document, mentionAt, open);
            Fill(speakers, open, t, speaker);
            open = -1;
        }
        return speakers;
    }

    private static void Fill(Mention?[] speakers, int from, int to, Mention? speaker)
    {
        if (speaker is null)
        {
            return;
        }
        for (var i = from; i < to; i++)
        {
            speakers[i] = speaker;
        }
    }

    /// <summary>'", Blinken told reporters', '" said Blinken', '," the ministry said'.</summary>
    private static Mention? TrailingSpeaker(Document document, Mention?[] mentionAt, int close)
    {
        var tokens = document.Tokens;
        var t = close + 1;
        if (t < tokens.Count && tokens[t].Text == ",")
        {
            t++;
        }
        if (t >= tokens.Count)
        {
            return null;
        }
        if (mentionAt[t] is null && Speech.Contains(tokens[t].Text))
        {
            return t + 1 < tokens.Count && !AddresseeVerbs.Contains(tokens[t].Text) ? AsSpeaker(mentionAt[t + 1]) : null;
        }
        if (AsSpeaker(mentionAt[t]) is not { } m)
        {
            return null;
        }
        while (t < tokens.Count && ReferenceEquals(mentionAt[t], m))
        {
            t++;
        }
        for (var k = 0; k < 3 && t < tokens.Count && mentionAt[t] is null; k++, t++)
        {
            if (Speech.Contains(tokens[t].Text))
            {
                return m;
            }
            if (!SpeakerFillers.Contains(tokens[t].Text))
            {
                break;
            }
        }
        return null;
    }

    /// <summary>'Blinken said: "...', 'Blinken said, "...'.</summary>
    private static Mention? LeadInSpeaker(Document document, Mention?[] mentionAt, int open)
    {
        var tokens = document.Tokens;
        var v = open - 1;
        if (v >= 0 && tokens[v].Text is ":" or ",")
        {
            v--;
        }
        if (v < 1 || mentionAt[v] is not null || !Speech.Contains(tokens[v].Text))
        {
            return null;
        }
        return AsSpeaker(mentionAt[v - 1]);
    }

    /// <summary>", Kallas said," set off by commas closes the clause before it and governs nothing after.</summary>
    private static bool IsParenthetical(SentenceView view, Mention speaker, int verb)
    {
        var start = TokenOfStart(view, speaker, verb);
        return start > view.Sentence.FirstToken && view.Tokens[start - 1].Text is "," or "\""
            && verb + 1 < view.Sentence.EndToken && view.Tokens[verb + 1].Text == ",";
    }

    /// <summary>Words that may follow a named speaker ("said Vuving of the ...", "said Blinken in a statement").</summary>
    private static bool EndsSpeakerPhrase(string token) =>
        IsClauseEnd(token) || token is ";" or "\"" or "(" or "of" or "in" or "at" or "from" or "on" or "during" or "after" or "when" or "who";

    private static bool IsClauseEnd(string token) => token is "," or "." or "that" or ":";

    private static Mention? SpeakerBefore(SentenceView view, int verb)
    {
        var t = verb - 1;
        // "Jo Lane, shadow secretary for transport, told ...": the speaker stands before the apposition.
        if (t > view.Sentence.FirstToken && view.MentionAt[t] is null && view.Tokens[t].Text == "," && view.AppositionEnd(t) == t)
        {
            var open = t;
            while (open - 1 >= view.Sentence.FirstToken && view.AppositionEnd(open - 1) == t)
            {
                open--;
            }
            t = open - 1;
        }
        for (var k = 0; k < 3 && t >= view.Sentence.FirstToken && view.MentionAt[t] is null && SpeakerFillers.Contains(view.Tokens[t].Text); k++)
        {
            t--;
        }
        return t >= view.Sentence.FirstToken ? AsSpeaker(view.MentionAt[t]) : null;
    }

    /// <summary>Words after which a new clause, with its own subject, begins: "..., as Putin made his first visit".</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "as", "while", "when", "after", "before", "because", "since", "although", "though", "but", "whereas",
    };

    /// <summary>
    /// "X made his first visit to Pyongyang and said ...": the speaker of a speech verb after "and" is the subject of the
    /// clause the "and" continues: the person, body or country that opens it (after its title words), right before its
    /// verb. The clause opens at the sentence's start, a comma, a quotation mark or a word such as "as" or "while"; none
    /// where a speech verb or "that" opens it ("X said Y visited Z and said") or it runs longer than 25 tokens.
    /// </summary>
    private static Mention? SubjectOfClauseBefore(SentenceView view, int and)
    {
        const int MaxClauseTokens = 25;
        var tokens = view.Tokens;
        var start = and - 1;
        for (; start >= view.Sentence.FirstToken && and - start <= MaxClauseTokens; start--)
        {
            var text = tokens[start].Text;
            if (view.MentionAt[start] is null && (IsClauseBreak(text) || text is "," or "\"" or "that" || ClauseOpeners.Contains(text) || Speech.Contains(text)))
            {
                break;
            }
        }
        if (and - start > MaxClauseTokens || start >= view.Sentence.FirstToken && (tokens[start].Text == "that" || Speech.Contains(tokens[start].Text)))
        {
            return null;
        }
        var t = start + 1;
        while (t < and && view.MentionAt[t] is null && Words.IsCapitalizedWord(tokens[t].Text))
        {
            t++;
        }
        if (t >= and || AsSpeaker(view.MentionAt[t]) is not { } subject)
        {
            return null;
        }
        var after = EndOf(view, t);
        return after < and && view.MentionAt[after] is null && tokens[after].Text.Length > 0 && char.IsLower(tokens[after].Text[0]) ? subject : null;
    }

    private static int EndOf(SentenceView view, int t)
    {
        var m = view.MentionAt[t];
        while (t < view.Sentence.EndToken - 1 && ReferenceEquals(view.MentionAt[t], m))
        {
            t++;
        }
        return t;
    }

    private static int TokenOfStart(SentenceView view, Mention mention, int before)
    {
        var t = before - 1;
        while (t > view.Sentence.FirstToken && ReferenceEquals(view.MentionAt[t - 1], mention))
        {
            t--;
        }
        return t;
    }

    private static Mention? AsSpeaker(Mention? mention) =>
        mention is { EntityId: not null } && Array.IndexOf(SpeakerTypes, mention.Type) >= 0 ? mention : null;

    private static bool Any(SentenceView view, HashSet<string> cues, int from, int to)
    {
        for (var i = from; i < to && i < view.Sentence.EndToken; i++)
        {
            if (view.MentionAt[i] is null && cues.Contains(view.Tokens[i].Text))
            {
                return true;
            }
        }
        return false;
    }

    // ---- dates ----

    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>
    /// The date the sentence gives for the match, nearest to it: "on 19 June 2024", "June 19", "in
    /// September 2023" (2023-09), relative days ("on Wednesday", "yesterday") resolved against the
    /// article's publication date: the latest such day on or before it, or for expected events the next one.
    /// </summary>
    public static string? Date(SentenceView view, DateOnly? published, int matchFrom, int matchTo, bool expected)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var tokens = view.Tokens;
        for (var i = view.Sentence.FirstToken; i < view.Sentence.EndToken; i++)
        {
            if (view.MentionAt[i] is not null)
            {
                continue;
            }
            var date = DateAt(tokens, i, view.Sentence.EndToken, published, expected, out var length);
            if (date is null)
            {
                continue;
            }
            var distance = i >= matchFrom && i < matchTo ? 0 : i < matchFrom ? matchFrom - (i + length) + 1 : i - matchTo + 1;
            // "since 1997", "until March" bound a period rather than date the event; a bare year dates only what it touches.
            var before = i > view.Sentence.FirstToken ? tokens[i - 1].Text : "";
            if (before is "since" or "until" or "till" or "before" or "after" or "by" || date.Length == 4 && distance > 2
                || i + length <= matchFrom && !OpensSentence(view, i) && CommaBetween(tokens, i + length, matchFrom))
            {
                i += length - 1;
                continue;
            }
            if (distance < bestDistance)
            {
                best = date;
                bestDistance = distance;
            }
            i += length - 1;
        }
        return bestDistance <= 6 ? best : null;
    }

    // "On Friday, X visited Y" dates the whole sentence; "X will go on Friday, despite Y condemning Z" dates only its own clause.
    private static bool OpensSentence(SentenceView view, int dateStart) => dateStart - view.Sentence.FirstToken <= 1;

    private static bool CommaBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Text == ",")
            {
                return true;
            }
        }
        return false;
    }

    private static string? DateAt(IReadOnlyList<Token> tokens, int i, int end, DateOnly? published, bool expected, out int length)
    {
        length = 1;
        // Every date starts with a weekday, month, relative day or number.
        if (!tokens[i].IsWord)
        {
            return null;
        }
        var word = tokens[i].Text.ToLowerInvariant();
        var previous = i > 0 ? tokens[i - 1].Text.ToLowerInvariant() : "";
        var weekday = Array.IndexOf(Weekdays, word);
        if (weekday >= 0)
        {
            if (published is not { } p)
            {
                return null;
            }
            var back = ((int)p.DayOfWeek - weekday + 7) % 7;
            var ahead = (weekday - (int)p.DayOfWeek + 7) % 7;
            var day = previous == "last" ? p.AddDays(back == 0 ? -7 : -back)
                : previous == "next" ? p.AddDays(ahead == 0 ? 7 : ahead)
                : expected ? p.AddDays(ahead)
                : p.AddDays(-back);
            return Iso(day);
        }
        if (published is { } pub && word is "today" or "yesterday" or "tomorrow" or "tonight")
        {
            return Iso(pub.AddDays(word == "yesterday" ? -1 : word == "tomorrow" ? 1 : 0));
        }
        var month = Array.IndexOf(Months, word);
        if (month >= 0 && char.IsUpper(tokens[i].Text[0]) && (month != 4 || i + 1 < end && IsNumber(tokens[i + 1].Text)))
        {
            // "June 19, 2024", "June 19", "June 2024".
            if (i + 1 < end && IsDay(tokens[i + 1].Text, out var d))
            {
                length = 2;
                var k = i + 2;
                if (k < end && tokens[k].Text == ",")
                {
                    k++;
                }
                if (k < end && IsYear(tokens[k].Text, out var y))
                {
                    length = k - i + 1;
                    return Iso(y, month + 1, d);
                }
                return published is { } pp ? Iso(pp.Year, month + 1, d) : null;
            }
            if (i + 1 < end && IsYear(tokens[i + 1].Text, out var year))
            {
                length = 2;
                return year.ToString("D4", CultureInfo.InvariantCulture) + "-" + (month + 1).ToString("D2", CultureInfo.InvariantCulture);
            }
            return null;
        }
        // "19 June 2024", "19 June".
        if (IsDay(tokens[i].Text, out var day2) && i + 1 < end && Array.IndexOf(Months, tokens[i + 1].Text.ToLowerInvariant()) is >= 0 and var m2
            && char.IsUpper(tokens[i + 1].Text[0]))
        {
            length = 2;
            if (i + 2 < end && IsYear(tokens[i + 2].Text, out var y2))
            {
                length = 3;
                return Iso(y2, m2 + 1, day2);
            }
            return published is { } pp ? Iso(pp.Year, m2 + 1, day2) : null;
        }
        if (previous == "in" && IsYear(tokens[i].Text, out var onlyYear) && (i + 1 >= end || tokens[i + 1].Text is not ("%" or "per")))
        {
            return onlyYear.ToString("D4", CultureInfo.InvariantCulture);
        }
        return null;
    }

    private static bool IsNumber(string text) => text.Length > 0 && char.IsDigit(text[0]);

    private static bool IsDay(string text, out int day) =>
        int.TryParse(text.TrimEnd('s', 't', 'n', 'd', 'r', 'h'), NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31
        && text.Length <= 4;

    private static bool IsYear(string text, out int year) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1800 and <= 2200
        || (year = 0) != 0;

    private static string? Iso(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? Iso(new DateOnly(year, month, day)) : null;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParsePublished(string? published) =>
        published is not null && published.Length >= 10
        && DateOnly.TryParseExact(published[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
