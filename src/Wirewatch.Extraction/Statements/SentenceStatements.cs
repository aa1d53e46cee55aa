using Wirewatch.Core;

namespace Wirewatch.Extraction.Statements;

/// <summary>
/// Finds the statements of one sentence: for each cue, its speaker (before it, after it in "..., said X", or the
/// subject of the clause for "..., saying"), its addressee and time, and its content after it ("X said (that) ...",
/// "X said: ...") or before it ("..., X said."), with the pieces a cue in the middle splits off.
/// </summary>
internal sealed class SentenceStatements
{
    /// <summary>The most tokens of an aside between commas before a cue ("in her dissent").</summary>
    private const int MaxAside = 6;

    /// <summary>The most tokens of a long apposition before a cue's comma.</summary>
    private const int MaxLongApposition = 30;

    private readonly ArticleView _view;
    private readonly StatementLexicon _lexicon;
    private readonly WordSets _words;
    private readonly Dictionary<int, TimeExpression> _timesByFirstToken;

    public SentenceStatements(ArticleView view, StatementLexicon lexicon, WordSets words, Dictionary<int, TimeExpression> timesByFirstToken)
    {
        _view = view;
        _lexicon = lexicon;
        _words = words;
        _timesByFirstToken = timesByFirstToken;
    }

    public List<StatementDraft> Find(int sentence)
    {
        var (first, end) = _view.SentenceTokens[sentence];
        var drafts = new List<StatementDraft>();
        if (end <= first)
        {
            return drafts;
        }

        var last = ContentLimit(first, end);
        foreach (var cue in CueFinder.Find(_view, _lexicon, first, end))
        {
            if (cue.Entry.Class == CueClass.Blocked || InQuestion(first, cue.First) || NamesSomething(cue, first) || Quoted(cue) || NounObjects.IsNounObjectAct(_view, cue, last))
            {
                continue;
            }

            var draft = Build(cue, sentence, first, last, drafts);
            if (draft is not null && draft.Content.Count > 0)
            {
                drafts.Add(draft);
            }
        }

        CloseRelativeClauses(drafts);
        Relays(drafts);
        Nested(drafts);
        return drafts;
    }

    private StatementDraft? Build(CueMatch cue, int sentence, int first, int last, List<StatementDraft> earlier)
    {
        var draft = new StatementDraft(cue, sentence) { Kind = cue.Entry.Kind };
        var relayCue = cue.Entry.Class == CueClass.Relay && cue.Entry.Words.Count > 1;
        var inverted = false;
        if (cue.Entry.Class == CueClass.Hedge)
        {
            return Hedge(draft, first, last);
        }

        if (cue.Entry.Class == CueClass.Noun)
        {
            return NounCues.Build(_view, _words, draft, first, last);
        }

        if (cue.Entry.Class is not CueClass.Label && !relayCue && IsPassive(cue, last))
        {
            return Passive(draft, first, last);
        }

        if (cue.Entry.Class == CueClass.Label)
        {
            if (Label(cue.First, first) is not { } label)
            {
                return null;
            }

            draft.Source = label;
        }
        else if (relayCue)
        {
            var end = NounPhrases.Right(_view, cue.End, last);
            if (end < 0)
            {
                return null;
            }

            draft.Source = (cue.End, CutAtTime(cue.End, end));
        }
        else
        {
            var sourceFirst = NounPhrases.Left(_view, cue.First, first);
            if (sourceFirst >= 0)
            {
                draft.Source = (SkipLeadingTime(sourceFirst, cue.First), CutAtAdverbialTime(sourceFirst, cue.First));
            }
            else if (Apposition(cue.First, first) is { } apposition)
            {
                draft.Source = apposition;
            }
            else if (cue.First > first && _words.Coordinators.Contains(_view.Words[cue.First - 1]) && earlier.LastOrDefault(d => d.Source is not null) is { } coordinated)
            {
                draft.Source = coordinated.Source;
                Cut(coordinated, cue.First - 1);
            }
            else if (cue.First > first && _view.Words[cue.First - 1] == "and" && ClauseSubject(first, cue.First - 1) is { } subject)
            {
                draft.Source = subject;
            }
            else if (cue.Entry.IsParticiple && cue.First > first && (_view.Words[cue.First - 1] == "," || cue.First - 1 > first && _view.Tags[cue.First - 1] == PartOfSpeech.Adv && _view.Words[cue.First - 2] == "," || _view.IsQuote(cue.First - 1) && cue.First - 1 > first && _view.Words[cue.First - 2] == ","))
            {
                var main = earlier.LastOrDefault(d => d.Source is not null);
                draft.Source = main?.Source ?? Subject(first, cue.First);
                if (main is not null)
                {
                    Cut(main, cue.First - 1);
                }
            }
            else if (cue.First > first && (_view.Words[cue.First - 1] is "," or "?" or "!" || _view.IsQuote(cue.First - 1)))
            {
                var end = NounPhrases.Right(_view, cue.End, last);
                if (end > 0 && _view.Words[cue.First - 1] == "," && HasOwnVerb(end, last) && Subject(first, cue.First) is { } opener)
                {
                    // "Professor Cres Eastman, Director of the study, and Chairman of the Centre, says it is crucial that
                    // ...": the noun phrase after the cue has a verb of its own, so it begins what is said; the speaker
                    // opened the sentence (its appositions left out: they scored lower as a speaker's span on PolNeAR).
                    draft.Source = opener;
                }
                else if (end > 0)
                {
                    draft.Source = (cue.End, InvertedSourceEnd(end, last));
                    inverted = true;
                }
            }
        }

        if (draft.Source is null && cue.Entry.Class == CueClass.Question && cue.First == cue.HeadFirst
            && (cue.First == first || _view.Words[cue.First - 1] == "," || _words.Subordinators.Contains(_view.Words[cue.First - 1])))
        {
            return AskedClause(draft, last);
        }

        if (draft.Source is null || cue.Entry.Class != CueClass.Relay && NotASpeaker(draft.Source.Value, inverted, last))
        {
            return null;
        }

        if (!inverted && !relayCue && StartsWithRelative(draft.Source.Value))
        {
            draft.Source = (draft.Source.Value.First + 1, draft.Source.Value.End);
        }

        if (!inverted && !relayCue && EndsInClause(draft.Source.Value))
        {
            var tail = draft.Source.Value.End - 1;
            if (!_words.Relatives.Contains(_view.Words[tail]) && !_words.Complements.Contains(_view.Words[tail]))
            {
                return null;
            }

            draft.Source = (tail, tail + 1);
        }

        if (draft.Source is { } s)
        {
            draft.FirstPersonSource = s.End - s.First == 1 && _words.FirstPerson.Contains(_view.Words[s.First]);
        }

        var p = inverted || relayCue ? draft.Source!.Value.End : cue.End;
        p = After(draft, p, last);
        if (p + 1 < last && _words.Subordinators.Contains(_view.Words[p]) && StartsQuestionCue(p + 1))
        {
            // "..., he said when asked about the talks": the question put to him follows, his content comes before.
            last = p;
        }
        else if (p < last && !relayCue && cue.Entry.Class != CueClass.Label && _view.Tags[p] == PartOfSpeech.Adp && !_words.Complements.Contains(_view.Words[p])
            && QuotedBefore(draft, inverted, first) && !HasColon(p, last))
        {
            // "We will release them, Sanders said during an interview on CNN.": after a quotation closed by its cue, a
            // prepositional phrase is the circumstance of the saying, not its content.
            last = p;
        }
        var colon = p < last && _view.Words[p] == ":" || cue.Entry.Class == CueClass.Label;
        if (colon && p == draft.Cue.End && cue.Entry.Class != CueClass.Label)
        {
            draft.Cue = draft.Cue with { End = p + 1 };
        }

        while (p < last && _view.Words[p] is "," or ":")
        {
            p++;
        }

        // "..., Anderson said, adding that ...": the participle's statement follows; this one's content comes before.
        var participleNext = p > cue.End && _view.Words[p - 1] == "," && (StartsParticipleCue(p) || p + 1 < last && _view.Tags[p] == PartOfSpeech.Adv && StartsParticipleCue(p + 1));
        if (last - p >= 2 && !participleNext)
        {
            draft.Direct = colon || _view.IsQuote(p) || (!_words.Complements.Contains(_view.Words[p]) && HasFirstPerson(p, last));

            // "He said: We will win.": a quotation that ends the sentence keeps its full stop (PolNeAR's extents: all within
            // the marks); in an article that prints its marks, a quotation they do not close after the stop leaves it out.
            draft.Content.Add((p, draft.Direct && last < _view.Words.Length && _view.Words[last] == "." && !_view.HasQuotationMarks ? last + 1 : last));
            return draft;
        }

        if (colon && p >= last && NextSentence(sentence) is { } next)
        {
            draft.Content.Add(next);
            draft.Direct = true;
            return draft;
        }

        // The content comes before: "..., Kirby said." / "..., said Kirby." / "..., according to TASS."
        var boundary = draft.Source is { } src && !inverted && !relayCue ? src.First : cue.First;
        var contentEnd = boundary;
        while (contentEnd > first && _view.Words[contentEnd - 1] is "," or "--" or "-" or "?" or "!")
        {
            contentEnd--;
        }

        if (contentEnd == first && p >= last && cue.First == cue.HeadFirst && cue.Entry.Class is CueClass.Speech or CueClass.Question
            && PreviousEndsInQuestionOrExclamation(sentence) && PreviousSentence(sentence) is { } previousSentence)
        {
            // "Anyone been there? he asked.": a sentence that is only a speaker and a cue closes the quotation before it.
            draft.Content.Add(previousSentence);
            draft.ContentBefore = true;
            draft.ClosesPrevious = true;
            draft.Direct = true;
            return draft;
        }

        if (contentEnd == boundary && !(contentEnd > first && _view.IsQuote(contentEnd - 1)))
        {
            return null;
        }

        var contentFirst = first;
        var previous = earlier.LastOrDefault();
        if (previous is not null && previous.ContentEnd <= contentEnd && previous.Cue.End > contentFirst)
        {
            contentFirst = Math.Max(contentFirst, previous.Cue.End);
        }

        if (contentEnd - contentFirst < 1)
        {
            return null;
        }

        // "We will rebuild, Berg said": the comma, question or exclamation mark that closes the quotation is part of it.
        var markEnd = contentEnd < boundary && _view.Words[contentEnd] is "," or "?" or "!" ? contentEnd + 1 : contentEnd;
        draft.Content.Add((contentFirst, markEnd));
        if (last - p >= 2 && !participleNext)
        {
            draft.Content.Add((p, last));
        }

        draft.ContentBefore = true;
        draft.Direct = _view.IsQuote(contentFirst) || !_words.Complements.Contains(_view.Words[contentFirst]);
        return draft;
    }

    /// <summary>"Sanders appears to have a slight lead", "it appears that ...", "the race seemed closer": the writer's
    /// evidential has no speaker; its content is the subject (unless an empty "it") and what follows the cue.</summary>
    private StatementDraft? Hedge(StatementDraft draft, int first, int last)
    {
        var cue = draft.Cue;
        if (cue.End >= last || _words.ClauseHedges.Contains(cue.Entry.Lemma) && !_words.Complements.Contains(_view.Words[cue.End]) && _view.Words[cue.End] != "to")
        {
            return null;
        }

        if (cue.Entry.AnyPartOfSpeech)
        {
            // "The group is reportedly spending $1.5 million": the adverb alone is the cue; the clause around it is what is
            // said, its auxiliaries included.
            cue = cue with { First = cue.HeadFirst };
            draft.Cue = cue;
        }

        var subjectEnd = cue.First;
        while (cue.Entry.AnyPartOfSpeech && subjectEnd > first && _view.Tags[subjectEnd - 1] is PartOfSpeech.Aux or PartOfSpeech.Part)
        {
            subjectEnd--;
        }

        var subjectFirst = NounPhrases.Left(_view, subjectEnd, first);
        if (subjectFirst >= 0 && !(cue.First - subjectFirst == 1 && _words.Expletives.Contains(_view.Words[subjectFirst])))
        {
            draft.Content.Add((subjectFirst, cue.First));
        }

        var p = cue.End;
        while (p < last && _view.Words[p] is "," or ":")
        {
            p++;
        }

        if (p >= last)
        {
            return null;
        }

        draft.Content.Add((p, last));
        return draft;
    }

    /// <summary>"was criticized", "is expected", "has been asked": a form of "be" among the auxiliaries before a participle
    /// cue. A psychological verb whose subject feels ("is worried about", "are opposed to") is passive only with an agent
    /// ("opposed by").</summary>
    private bool IsPassive(CueMatch cue, int last)
    {
        if (cue.HeadFirst == cue.First || _view.Words[cue.HeadFirst].EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        var be = false;
        for (var i = cue.First; i < cue.HeadFirst; i++)
        {
            be |= _words.Passives.Contains(_view.Words[i]);
        }

        return be && (!_words.Experiencers.Contains(cue.Entry.Lemma) || cue.End < last && _words.Agents.Contains(_view.Words[cue.End]));
    }

    /// <summary>"The plan was criticized by the mayor", "Trump is expected to win": the speaker of a passive cue is the agent
    /// after "by", or none; what is said is the subject (unless an empty "it") and what follows the cue. The subject of a
    /// cue whose object is the addressee ("he was told that ...", "was asked about") is whom it was said to.</summary>
    private StatementDraft? Passive(StatementDraft draft, int first, int last)
    {
        var cue = draft.Cue;
        var p = cue.End;
        if (p + 1 < last && _words.Agents.Contains(_view.Words[p]) && NounPhrases.Right(_view, p + 1, last) is var agent && agent > p + 1)
        {
            draft.Source = (p + 1, CutAtTime(p + 1, agent));
            p = agent;
        }

        var subjectFirst = NounPhrases.Left(_view, cue.First, first);
        if (cue.Entry.Object != CueObject.Addressee && subjectFirst >= 0 && !(cue.First - subjectFirst == 1 && _words.Expletives.Contains(_view.Words[subjectFirst])))
        {
            draft.Content.Add((subjectFirst, cue.First));
        }

        while (p < last && _view.Words[p] is "," or ":")
        {
            p++;
        }

        if (p < last)
        {
            draft.Content.Add((p, last));
        }
        else if (draft.Source is null)
        {
            // "The city was never attacked.": with neither an agent nor anything said after it, a passive reports an act.
            return null;
        }

        return draft.Content.Count > 0 ? draft : null;
    }

    /// <summary>"Asked if Moscow believed it, Peskov said ...", "he said when asked about the talks": a question put to
    /// the speaker of the main clause, by someone the text leaves unnamed ("Asked by CNN whether ...": CNN). Its content
    /// runs to the comma that closes the participle clause.</summary>
    private StatementDraft? AskedClause(StatementDraft draft, int last)
    {
        var p = draft.Cue.End;
        if (p + 1 < last && _view.Words[p] == "by" && NounPhrases.Right(_view, p + 1, last) is var asker && asker > p + 1)
        {
            draft.Source = (p + 1, asker);
            p = asker;
        }

        var end = p;
        while (end < last && _view.Words[end] != ",")
        {
            end++;
        }

        if (end - p < 1)
        {
            return null;
        }

        draft.Content.Add((p, end));
        return draft;
    }

    /// <summary>Skips what may follow a cue before its content: the addressee, the time, "in a statement", a relay.</summary>
    private int After(StatementDraft draft, int p, int last)
    {
        for (var round = 0; round < 4 && p < last; round++)
        {
            var start = p;
            if (draft.Addressee is null && draft.Cue.Entry.Object == CueObject.Addressee && round == 0 && !_words.Complements.Contains(_view.Words[p]) && !_words.Definites.Contains(_view.Words[p]))
            {
                var end = CutAtTime(p, NounPhrases.Right(_view, p, last));
                if (end > 0 && end <= last)
                {
                    draft.Addressee = (p, end);
                    p = end;
                }
            }
            else if (draft.Addressee is null && draft.Cue.Entry.Object == CueObject.Addressee && round == 0)
            {
                var end = NounPhrases.Right(_view, p, last);
                if (end > 0 && end < last && (_words.Complements.Contains(_view.Words[end]) || _view.Words[end] is "," or ":" or "."))
                {
                    draft.Addressee = (p, end);
                    p = end;
                }
            }

            if (draft.Cue.Entry.Object == CueObject.Accused && draft.Accused is null)
            {
                var end = NounPhrases.Right(_view, p, last);
                if (end > 0)
                {
                    draft.Accused = (p, end);
                }
            }

            var q = p < last && _view.Words[p] is "on" or "," ? p + 1 : p;
            if (q < last && _timesByFirstToken.TryGetValue(q, out var time))
            {
                draft.TimeId ??= time.Id;
                while (p < last && _view.Tokens[p].Start < time.Span.End)
                {
                    p++;
                }
            }

            if (p + 2 < last && _view.Words[p] == "in" && _view.Tags[p + 1] == PartOfSpeech.Det && _words.StatementNouns.Contains(_view.Words[p + 2]))
            {
                // "said in a statement": a phrase that names the act of saying itself, right after the cue, is part of it.
                if (p == draft.Cue.End && _words.CueStatementNouns.Contains(_view.Words[p + 2]))
                {
                    draft.Cue = draft.Cue with { End = p + 3 };
                }

                p += 3;
            }

            if (p + 3 < last && _view.Words[p] == "," && _view.Words[p + 1] == "according" && _view.Words[p + 2] == "to")
            {
                var end = NounPhrases.Right(_view, p + 3, last);
                if (end > 0)
                {
                    draft.Relays.Add((p + 3, end));
                    draft.RelayCue ??= (p + 1, p + 3);
                    p = end;
                }
            }

            if (p == start && p < last && _view.Tags[p] == PartOfSpeech.Adp && ComplementAfterPhrase(p, last) is var complement && complement > p)
            {
                // "said after a lunch on Tuesday that ...", "said at a recent event that ...": a prepositional phrase
                // between the cue and "that" is the circumstance of the saying, not its content.
                p = complement;
            }

            if (p == start)
            {
                break;
            }
        }

        return p;
    }

    /// <summary>"On Monday he said", "Tuesday night she said": a time before a pronoun is no part of the speaker.</summary>
    private int SkipLeadingTime(int start, int end)
    {
        if (!_timesByFirstToken.TryGetValue(start, out var time))
        {
            return start;
        }

        var i = start;
        while (i < end && _view.Tokens[i].Start < time.Span.End)
        {
            i++;
        }

        return i < end && _view.Tags[i] == PartOfSpeech.Pron && i == end - 1 ? i : start;
    }

    /// <summary>"heard him say", "their say on": an object or possessive pronoun alone is no speaker; "Do you think he
    /// can win?": a subject after an auxiliary, in a sentence that asks, puts a question, not a statement.</summary>
    private bool NotASpeaker((int First, int End) source, bool inverted, int sentenceEnd)
    {
        if (source.End - source.First == 1 && _words.NotSubjects.Contains(_view.Words[source.First]))
        {
            return true;
        }

        return !inverted && source.First > 0 && sentenceEnd > 0 && _view.Words[sentenceEnd - 1] == "?"
            && (_view.Tags[source.First - 1] == PartOfSpeech.Aux || _words.Auxiliaries.Contains(_view.Words[source.First - 1]))
            && _view.Tokens[source.First - 1].Kind == TokenKind.Word;
    }

    /// <summary>At least three words before the speaker (or before the cue, "..., said X"), closed by a comma, question or
    /// exclamation mark or a quotation mark: a quotation the cue closes.</summary>
    private bool QuotedBefore(StatementDraft draft, bool inverted, int first)
    {
        var boundary = draft.Source is { } source && !inverted ? source.First : draft.Cue.First;
        return boundary - first >= 3 && (_view.Words[boundary - 1] is "," or "?" or "!" || _view.IsQuote(boundary - 1));
    }

    private bool HasColon(int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (_view.Words[i] == ":")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A question cue ("asked", "asked about").</summary>
    private bool StartsQuestionCue(int i)
        => _lexicon.CuesByFirstWord.TryGetValue(_view.Words[i], out var entries) && entries.Any(e => e.Class == CueClass.Question);

    /// <summary>A cue participle opening a clause of its own: "adding", "noting", "citing".</summary>
    private bool StartsParticipleCue(int i)
        => _view.Tags[i] == PartOfSpeech.Verb
            && _lexicon.CuesByFirstWord.TryGetValue(_view.Words[i], out var entries)
            && entries.Any(e => e.IsParticiple && e.Class is CueClass.Speech or CueClass.State);

    /// <summary>"Mrs. Clinton shook her head and said ...": the subject of the clause's first verb speaks for the cue
    /// coordinated with it. Null when the clause opens with no plain noun phrase before its verb.</summary>
    private (int First, int End)? ClauseSubject(int first, int before)
    {
        var verb = first;
        while (verb < before && _view.Tags[verb] is not (PartOfSpeech.Verb or PartOfSpeech.Aux))
        {
            verb++;
        }

        while (verb > first && _view.Tags[verb - 1] == PartOfSpeech.Adv)
        {
            verb--;
        }

        if (verb >= before || verb == first)
        {
            return null;
        }

        var subjectFirst = NounPhrases.Left(_view, verb, first);
        if (subjectFirst < 0 || _words.Relatives.Contains(_view.Words[subjectFirst]) || _words.Relatives.Contains(_view.Words[verb - 1]))
        {
            return null;
        }

        return (subjectFirst, CutAtAdverbialTime(subjectFirst, verb));
    }

    /// <summary>The complement ("that") which ends a short prepositional phrase starting at <paramref name="p"/>, or -1 when a verb,
    /// comma or colon comes first.</summary>
    private int ComplementAfterPhrase(int p, int last)
    {
        for (var k = p + 1; k < last && k - p <= 12; k++)
        {
            if (_words.Complements.Contains(_view.Words[k]))
            {
                return k;
            }

            if (_view.Tags[k] is PartOfSpeech.Verb or PartOfSpeech.Aux || _view.Words[k] is "," or ":" or ";")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"Cruz, who has proposed repealing the mandate, said ...": a statement made inside a relative clause on the
    /// speaker of a later cue ends where the clause does, at the comma before that cue, and the later speaker ends before
    /// the clause ("Cruz").</summary>
    private void CloseRelativeClauses(List<StatementDraft> drafts)
    {
        foreach (var inner in drafts)
        {
            if (inner.Source is not { } source || source.End - source.First != 1 || source.First == 0
                || !_words.Relatives.Contains(_view.Words[source.First]) || _view.Words[source.First - 1] != ",")
            {
                continue;
            }

            var outer = drafts.FirstOrDefault(d => d != inner && d.Cue.First > inner.Cue.End && _view.Words[d.Cue.First - 1] == ","
                && inner.ContentContains(d.Cue.First) && d.Source is { } s && s.First < source.First && s.End == d.Cue.First);
            if (outer is not null)
            {
                Cut(inner, outer.Cue.First - 1);

                // PolNeAR gives each word to one attribution: the clause is the inner statement's, so the speaker ends before it.
                outer.Source = (outer.Source!.Value.First, source.First - 1);
            }
        }
    }

    /// <summary>Ends an earlier statement's content before a second cue of the same speaker (", adding", "and accused").</summary>
    private void Cut(StatementDraft earlier, int cut)
    {
        while (cut > 0 && _view.Words[cut - 1] == ",")
        {
            cut--;
        }

        for (var k = 0; k < earlier.Content.Count; k++)
        {
            if (earlier.Content[k].First < cut && earlier.Content[k].End > cut)
            {
                earlier.Content[k] = (earlier.Content[k].First, cut);
            }
        }
    }

    /// <summary>"President Obama on Friday said": a time after a preposition or comma ends the speaker; one that
    /// modifies a noun ("a 2010 video said") stays in it.</summary>
    private int CutAtAdverbialTime(int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (_timesByFirstToken.ContainsKey(i) && (_view.Words[i - 1] is "," || _view.Tags[i - 1] == PartOfSpeech.Adp))
            {
                return CutAtTime(start, end);
            }
        }

        return end;
    }

    private int CutAtTime(int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            if (_timesByFirstToken.ContainsKey(i))
            {
                end = i;
                while (end > start + 1 && _view.Words[end - 1] is "on" or "in" or "at" or ",")
                {
                    end--;
                }

                return end;
            }
        }

        return end;
    }

    /// <summary>"Ryabkov accused ..., TASS reported": the channel becomes a relay of the statement it reports.</summary>
    private void Relays(List<StatementDraft> drafts)
    {
        foreach (var relay in drafts.Where(d => d.Cue.Entry.Class == CueClass.Relay && d.Source is not null).ToList())
        {
            if (drafts.Any(d => d != relay && d.Relays.Contains(relay.Source!.Value)))
            {
                relay.Dropped = true;
                continue;
            }

            var inner = drafts.FirstOrDefault(d => d != relay && d.Cue.Entry.Class != CueClass.Relay && relay.ContentContains(d.Cue.HeadFirst));
            if (inner is null)
            {
                continue;
            }

            var source = relay.Source!.Value;
            if (!inner.Relays.Contains(source))
            {
                inner.Relays.Add(source);
                inner.RelayCue ??= (relay.Cue.First, relay.Cue.End);
            }

            var cut = Math.Min(source.First, relay.Cue.First);
            for (var k = 0; k < inner.Content.Count; k++)
            {
                var (cf, ce) = inner.Content[k];
                if (ce > cut && cf < cut)
                {
                    var trimmed = cut;
                    while (trimmed > cf && _view.Words[trimmed - 1] == ",")
                    {
                        trimmed--;
                    }

                    inner.Content[k] = (cf, trimmed);
                }
            }

            relay.Dropped = true;
        }

        drafts.RemoveAll(d => d.Dropped);
    }

    /// <summary>
    /// "Peskov said Kyiv wants ...": a cue inside the content of another statement of the sentence is part of that
    /// content, not a statement of its own. When two statements hold each other's cue ("Kyiv wants ..., Peskov
    /// said"), the speech verb wins over the state verb and both over a noun, then the statement whose content comes first.
    /// </summary>
    private void Nested(List<StatementDraft> drafts)
    {
        foreach (var inner in drafts)
        {
            foreach (var outer in drafts)
            {
                if (outer == inner || outer.Dropped)
                {
                    continue;
                }

                if (!outer.ContentContains(inner.Cue.HeadFirst))
                {
                    continue;
                }

                if (inner.ContentContains(outer.Cue.HeadFirst) && Outranks(inner, outer))
                {
                    continue;
                }

                if (inner.Cue.Entry.Class is CueClass.State or CueClass.Noun || inner.Source is not { } source || source.First <= outer.ContentFirst)
                {
                    inner.Dropped = true;
                    break;
                }

                Cut(outer, source.First);
            }
        }

        drafts.RemoveAll(d => d.Dropped);
    }

    private static bool Outranks(StatementDraft a, StatementDraft b)
        => a.Cue.Entry.Class != b.Cue.Entry.Class
            ? Rank(a.Cue.Entry.Class) > Rank(b.Cue.Entry.Class)
            : a.ContentBefore && !b.ContentBefore;

    /// <summary>A verb of saying outranks one of thinking, which outranks a noun ("his criticism of").</summary>
    private static int Rank(CueClass cls) => cls switch
    {
        CueClass.Noun => 0,
        CueClass.State => 1,
        _ => 2,
    };

    /// <summary>"which the probe said", "what Mr. Hedge called": the relative pronoun before a speaker is part of the content.</summary>
    private bool StartsWithRelative((int First, int End) source)
        => source.End - source.First > 1 && _words.Relatives.Contains(_view.Words[source.First]);

    /// <summary>"someone who thinks", "the people he wants", "a study that appeared": the words before the cue end in a
    /// relative clause's subject: a relative pronoun alone is the source ("who"); another pronoun makes no statement.</summary>
    private bool EndsInClause((int First, int End) source)
        => source.End - source.First > 1 && _view.Tags[source.End - 1] == PartOfSpeech.Pron
            && !(_view.Tags[source.End - 2] == PartOfSpeech.Adp && _words.Bridges.Contains(_view.Words[source.End - 2]));

    /// <summary>A noun phrase ending at <paramref name="end"/> is followed by a finite verb of its own ("says it is
    /// crucial"), so it is a clause's subject, not a speaker named after the cue ("said he").</summary>
    private bool HasOwnVerb(int end, int last)
        => end < last && (_view.Tags[end] == PartOfSpeech.Aux
            || _view.Tags[end] == PartOfSpeech.Verb && !_view.Words[end].EndsWith("ing", StringComparison.Ordinal));

    /// <summary>
    /// "..., said Chuck Rocha, president of Solidarity Strategies, a Latino political-consulting firm.": a speaker
    /// after the cue ("said X") keeps its appositions and relative clauses ("an official who was
    /// briefed ...") to the end of the sentence, up to a participle cue (", adding ...").
    /// </summary>
    private int InvertedSourceEnd(int end, int last)
    {
        var relative = _words.Relatives.Contains(_view.Words[end - 1]);
        if (end >= last || !relative && _view.Words[end] != ",")
        {
            return end;
        }

        for (var i = end; i + 1 < last; i++)
        {
            if (_view.Words[i] == "," && _view.Tags[i + 1] == PartOfSpeech.Verb && _view.Words[i + 1].EndsWith("ing", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return last;
    }

    /// <summary>"PENCE: ...", "Rep. Trey Gowdy (R-S.C.): ...": a capitalised name alone before a colon at the start of a sentence.</summary>
    private (int First, int End)? Label(int colon, int first)
    {
        var nameFirst = NounPhrases.Left(_view, colon, first);
        var end = colon;
        if (nameFirst < 0 && colon - first >= 3 && _view.Words[colon - 1] == ")")
        {
            var open = Array.LastIndexOf(_view.Words, "(", colon - 1, colon - first);
            if (open > first)
            {
                nameFirst = NounPhrases.Left(_view, open, first);
            }
        }

        var introduced = false;
        if (nameFirst != first && !(nameFirst == first + 1 && _view.IsQuote(first)) && Introduced(colon, first) is var start && start > first)
        {
            // "... TOO EARLY - Mark Blumenthal and Jon Cohen:", "More from the report:": a roundup names its source after a
            // dash or "from".
            nameFirst = NounPhrases.Left(_view, colon, start) == start ? start : -1;
            introduced = nameFirst >= 0;
        }

        if (nameFirst < 0 || nameFirst != first && !introduced && !(nameFirst == first + 1 && _view.IsQuote(first)) || end - nameFirst > 8)
        {
            return null;
        }

        if (end - nameFirst == 1 && _view.Words[nameFirst].Length == 1)
        {
            // "Q: ...", "A: ...": an interview's question and answer marks name no speaker.
            return null;
        }

        if (_timesByFirstToken.TryGetValue(nameFirst, out var time) && time.Span.End >= _view.Tokens[end - 1].End)
        {
            // "4:40 p.m.: ...": a time names no speaker.
            return null;
        }

        for (var i = nameFirst; i < end; i++)
        {
            // "11: ...", "Editor's Note: ...", "The Latest: ...": a number or a page's furniture names no speaker.
            if (_view.Tags[i] == PartOfSpeech.Num || _words.PageLabels.Contains(_view.Words[i]))
            {
                return null;
            }

            if (!introduced && _view.Tokens[i].Kind == TokenKind.Word && !char.IsUpper(_view.Document.Text[_view.Tokens[i].Start]) && _view.Tags[i] is not (PartOfSpeech.Punct or PartOfSpeech.Adp or PartOfSpeech.Det))
            {
                return null;
            }
        }

        return (nameFirst, end);
    }

    /// <summary>Where a label's source starts after a dash ("- Philip Bump:") or "from" ("More from Jones:", "From the
    /// report:"), or -1.</summary>
    private int Introduced(int colon, int first)
    {
        var i = colon - 1;
        while (i >= first && !_words.LabelIntroducers.Contains(_view.Words[i]))
        {
            i--;
        }

        if (i < first || i + 1 >= colon)
        {
            return -1;
        }

        if (_view.Words[i] != "from")
        {
            return i + 1;
        }

        // "from" opens the sentence, or follows "more" or a dash that does.
        var before = i - 1;
        if (before >= first && _view.Words[before] == "more")
        {
            before--;
        }

        return before < first || _words.LabelIntroducers.Contains(_view.Words[before]) ? i + 1 : -1;
    }

    /// <summary>The sentence after a cue that ends its own sentence with a colon ("Trump said:"), in the same or the next paragraph.</summary>
    private (int First, int End)? NextSentence(int sentence)
    {
        if (sentence + 1 >= _view.SentenceTokens.Length || _view.ParagraphOfSentence[sentence + 1] > _view.ParagraphOfSentence[sentence] + 1)
        {
            return null;
        }

        var (first, end) = _view.SentenceTokens[sentence + 1];
        var last = ContentLimit(first, end);
        return last - first >= 2 ? (first, last) : null;
    }

    /// <summary>The sentence before, in the same paragraph, without its final period.</summary>
    private (int First, int End)? PreviousSentence(int sentence)
    {
        if (sentence == 0 || _view.ParagraphOfSentence[sentence - 1] != _view.ParagraphOfSentence[sentence])
        {
            return null;
        }

        var (first, end) = _view.SentenceTokens[sentence - 1];
        var last = ContentLimit(first, end);
        return last - first >= 2 ? (first, last) : null;
    }

    /// <summary>The sentence before ends in a question or exclamation mark, the only marks that end a quotation
    /// before its cue ("Anyone been there? he asked."; a statement ends "..., he said.").</summary>
    private bool PreviousEndsInQuestionOrExclamation(int sentence)
    {
        var (first, end) = sentence > 0 ? _view.SentenceTokens[sentence - 1] : (0, 0);
        for (var i = end - 1; i >= first; i--)
        {
            if (!_view.IsQuote(i))
            {
                return _view.Words[i] is "?" or "!";
            }
        }

        return false;
    }

    /// <summary>"John Kirby, the coordinator for the council, denied": the name and its apposition before the cue.</summary>
    private (int First, int End)? Apposition(int cueFirst, int first)
        => NameAndApposition(cueFirst, first) ?? LongApposition(cueFirst - 1, first);

    /// <summary>
    /// "Mike Shields, president of the Leadership Fund, a super PAC allied with House leadership, said", "Konstantin
    /// Grishchenko, a former minister and a deputy prime minister under Mr. Yanukovych, said": a name and a longer
    /// apposition (noun phrases, with relative clauses in them only) between it and the cue's comma.
    /// </summary>
    private (int First, int End)? LongApposition(int comma, int first)
    {
        if (comma <= first || _view.Words[comma] != ",")
        {
            return null;
        }

        // Scanning back from the cue's comma: a verb must belong to a relative clause ("that has sued"); the leftmost
        // comma with a name before it that opens the clause wins.
        (int First, int End)? found = null;
        var verbPending = false;
        for (var i = comma - 1; i >= first && comma - i <= MaxLongApposition; i--)
        {
            var word = _view.Words[i];
            if (word == ",")
            {
                if (verbPending || i + 1 >= comma || _view.Tags[i + 1] is not (PartOfSpeech.Det or PartOfSpeech.Adj or PartOfSpeech.Noun or PartOfSpeech.PropN or PartOfSpeech.Num))
                {
                    break;
                }

                var nameFirst = NounPhrases.Left(_view, i, first);
                if (nameFirst >= 0 && StartsClause(nameFirst, first))
                {
                    found = (nameFirst, comma + 1);
                }

                continue;
            }

            if (word is ";" or ":" || _view.IsQuote(i) || _view.Tags[i] == PartOfSpeech.Pron && !_words.Relatives.Contains(word) && !_words.Complements.Contains(word) && !_words.Possessives.Contains(word))
            {
                break;
            }

            if (_view.Tags[i] is PartOfSpeech.Verb or PartOfSpeech.Aux && !(_view.Tags[i] == PartOfSpeech.Verb && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)) && i > first && NounPhrases.IsNominal(_view, i - 1)))
            {
                // A participle after a noun opens a reduced relative ("a super PAC allied with ..."); another verb needs
                // a relative pronoun before it.
                verbPending = true;
            }
            else if (_words.Relatives.Contains(word) || _words.Complements.Contains(word))
            {
                verbPending = false;
            }
        }

        return found;
    }

    private (int First, int End)? NameAndApposition(int cueFirst, int first)
    {
        var comma = cueFirst - 1;
        if (comma <= first || _view.Words[comma] != ",")
        {
            return null;
        }

        if (Aside(comma, first) is var open && open > first)
        {
            // "Judge Jane Stranch, in her dissent, said", "Andrew Liveris, of course, said": an aside between commas is
            // neither the speaker nor the content.
            if (Apposition(open + 1, first) is { } named)
            {
                return named;
            }

            var asideName = NounPhrases.Left(_view, open, first);
            return asideName >= 0 && StartsClause(asideName, first) ? (asideName, open) : null;
        }

        var appositionFirst = NounPhrases.Left(_view, comma, first);
        if (appositionFirst < 0 || appositionFirst <= first + 1 || _view.Words[appositionFirst - 1] != ",")
        {
            return Relative(comma, first);
        }

        var nameFirst = NounPhrases.Left(_view, appositionFirst - 1, first);
        if (nameFirst > first + 1 && _view.Tags[nameFirst] == PartOfSpeech.Num && _view.Words[nameFirst + 1] == "," && _view.Words[nameFirst - 1] == ",")
        {
            // "Marley Anderson, 21, a junior from Las Vegas, said": an age between the name and its apposition.
            var name = NounPhrases.Left(_view, nameFirst - 1, first);
            nameFirst = name >= 0 ? name : nameFirst;
        }

        return nameFirst >= 0 && StartsClause(nameFirst, first) ? (nameFirst, cueFirst) : Relative(comma, first);
    }

    /// <summary>The comma that opens a short aside closed by <paramref name="comma"/>: a prepositional phrase or adverbs
    /// ("in her dissent", "of course", "meanwhile"), or -1.</summary>
    private int Aside(int comma, int first)
    {
        for (var i = comma - 1; i > first && comma - i <= MaxAside; i--)
        {
            if (_view.Words[i] == ",")
            {
                var opener = i + 1;
                if (opener == comma || !(_view.Tags[opener] is PartOfSpeech.Adp or PartOfSpeech.Adv) || _words.Relatives.Contains(_view.Words[opener]))
                {
                    return -1;
                }

                return _view.Tags[opener] == PartOfSpeech.Adp || Enumerable.Range(opener, comma - opener).All(k => _view.Tags[k] == PartOfSpeech.Adv) ? i : -1;
            }

            if (_view.Tags[i] is PartOfSpeech.Verb or PartOfSpeech.Aux || _view.Tokens[i].Kind == TokenKind.Punctuation)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A speaker's name opens the sentence or follows a comma, a colon, a quotation mark or an opening conjunction ("But").</summary>
    private bool StartsClause(int nameFirst, int first)
        => nameFirst == first || _view.Words[nameFirst - 1] is "," or ":" || _view.IsQuote(nameFirst - 1)
            || nameFirst - 1 == first && _view.Tags[first] is PartOfSpeech.CConj or PartOfSpeech.Adv;

    /// <summary>"Murphy, who was elected to the House in 2012, argued": a name and its relative clause before the cue.</summary>
    private (int First, int End)? Relative(int comma, int first)
    {
        for (var i = comma - 1; i > first + 1; i--)
        {
            if (_view.Words[i] is ";" or ":" || _view.IsQuote(i))
            {
                return null;
            }

            if (_words.Relatives.Contains(_view.Words[i]) && _view.Words[i - 1] == ",")
            {
                // "Sanders, meanwhile, who sits at zero endorsements, said": the name may come before an aside.
                var nameEnd = Aside(i - 1, first) is var open && open > first ? open : i - 1;
                var nameFirst = NounPhrases.Left(_view, nameEnd, first);
                return nameFirst >= 0 && StartsClause(nameFirst, first) ? (nameFirst, comma + 1) : null;
            }

            if (_words.Relatives.Contains(_view.Words[i]) && NounPhrases.Left(_view, i, first) is var appositionFirst && appositionFirst > first + 1 && _view.Words[appositionFirst - 1] == ",")
            {
                // "Mark Penn, the Democratic pollster who worked for both Clintons, argued": an apposition with its own relative clause.
                var nameFirst = NounPhrases.Left(_view, appositionFirst - 1, first);
                return nameFirst >= 0 && StartsClause(nameFirst, first) ? (nameFirst, comma + 1) : null;
            }
        }

        return null;
    }

    /// <summary>The subject of the clause before a participle cue: the noun phrase before the clause's first finite verb
    /// ("Despite the storm, the crew stayed, seeking help": "the crew", not the object of "Despite"); else the first noun
    /// phrase.</summary>
    private (int First, int End)? Subject(int first, int before)
    {
        for (var j = first + 1; j < before; j++)
        {
            var finite = _view.Tags[j] == PartOfSpeech.Aux || _view.Tags[j] == PartOfSpeech.Verb && !_view.Words[j].EndsWith("ing", StringComparison.Ordinal);
            if (!finite || !NounPhrases.IsNominal(_view, j - 1))
            {
                continue;
            }

            var subjectFirst = NounPhrases.Left(_view, j, first);
            if (subjectFirst >= 0 && (subjectFirst == first || _view.Tags[subjectFirst - 1] != PartOfSpeech.Adp))
            {
                return (subjectFirst, j);
            }

            break;
        }

        var i = first;
        while (i < before && !NounPhrases.IsNominal(_view, i))
        {
            i++;
        }

        var end = NounPhrases.Right(_view, i, before);
        return end > i ? (i, end) : null;
    }

    private bool HasFirstPerson(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (_view.IsFirstPerson(i, _words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a company called Cambridge Analytica", "a play titled ...": a naming participle right after an indefinite
    /// noun phrase is a reduced relative clause, not a statement.</summary>
    private bool NamesSomething(CueMatch cue, int first)
    {
        if (cue.First != cue.HeadFirst || cue.First <= first || !_words.Naming.Contains(_view.Words[cue.HeadFirst]) || _view.Tags[cue.First - 1] is not (PartOfSpeech.Noun or PartOfSpeech.PropN) || _view.Tags[cue.First - 1] == PartOfSpeech.PropN && !NamesObject(cue.First, first))
        {
            return false;
        }

        var phrase = NounPhrases.Left(_view, cue.First, first);
        return phrase >= 0 && _words.Indefinites.Contains(_view.Words[phrase]) || NamesObject(cue.First, first);
    }

    /// <summary>"Carson shared a syllabus for a psychology class called ...", "the founder of a group called ...": a
    /// noun phrase with an indefinite article after a verb (an object, not the subject) that "called" follows.</summary>
    private bool NamesObject(int cueFirst, int first)
    {
        var indefinite = false;
        var i = cueFirst - 1;
        for (; i >= first && cueFirst - i <= 10; i--)
        {
            if (_view.Tags[i] is not (PartOfSpeech.Det or PartOfSpeech.Adj or PartOfSpeech.Noun or PartOfSpeech.PropN or PartOfSpeech.Num or PartOfSpeech.Adp) || _view.Words[i] == ",")
            {
                break;
            }

            indefinite |= _words.Indefinites.Contains(_view.Words[i]);
        }

        return indefinite && i >= first && _view.Tags[i] is PartOfSpeech.Verb or PartOfSpeech.Aux;
    }

    /// <summary>"'I said, This must stop,' he recalled": a cue inside a quotation is part of what is quoted, which belongs
    /// to the quotation's own speaker (PolNeAR gives each word to the outermost attribution). A transcript's "NAME:" label
    /// opens what it quotes.</summary>
    private bool Quoted(CueMatch cue) => cue.Entry.Class != CueClass.Label && _view.InQuotation[cue.HeadFirst];

    /// <summary>"Asked if Moscow believed ...": a cue inside a question put to the speaker is no statement.</summary>
    private bool InQuestion(int first, int cueFirst)
    {
        for (var i = cueFirst - 1; i >= first && _view.Words[i] is not ("," or ";" or ":"); i--)
        {
            if (_words.Questions.Contains(_view.Words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of the content in a sentence: before a final period or semicolon (a question or exclamation mark
    /// is kept), unless a closing quote follows it.</summary>
    private int ContentLimit(int first, int end)
    {
        var last = end;
        if (last > first && _view.IsQuote(last - 1))
        {
            return last;
        }

        while (last > first && _view.Words[last - 1] is "." or ";")
        {
            last--;
        }

        return last;
    }
}
