using Wirewatch.Core;

namespace Wirewatch.Extraction.Statements;

/// <summary>
/// Pairs each denial with the earlier claim it rebuts: a claim by someone else that names the denier as the
/// accused, or whose speaker the denial's sentence names ("accused the president's spokesperson of lying"), or
/// that is about what the denial talks about; accusations before plain assertions, nearer before farther.
/// A claim is rebutted at most once by the same speaker.
/// </summary>
internal sealed class DisputeFinder
{
    private const int MinimumScore = 3;
    private readonly ArticleView _view;

    public DisputeFinder(ArticleView view)
    {
        _view = view;
    }

    public IReadOnlyList<Dispute> Find(IReadOnlyList<Statement> statements)
    {
        var disputes = new List<Dispute>();
        var paired = new HashSet<string>(StringComparer.Ordinal);
        for (var d = 0; d < statements.Count; d++)
        {
            var denial = statements[d];
            if (denial.Kind != StatementKind.Denial || denial.Speaker is not { } speaker)
            {
                continue;
            }

            var denier = Identity(speaker);
            var sentence = SentenceOf(denial.Cue);
            var named = Identities(sentence).ToHashSet(StringComparer.Ordinal);
            var talkedAbout = denial.Content.SelectMany(Identities).Concat(denial.About).ToHashSet(StringComparer.Ordinal);
            var anaphoric = talkedAbout.Count == 0;
            var nearestAccusation = true;
            Statement? best = null;
            var bestScore = MinimumScore - 1;
            for (var c = d - 1; c >= 0; c--)
            {
                var claim = statements[c];
                if (claim.Kind is StatementKind.Denial || claim.Speaker is not { } claimSpeaker)
                {
                    continue;
                }

                var claimant = Identity(claimSpeaker);
                if (claimant.Overlaps(denier) || claimant.Count == 0 || paired.Contains(claim.Id))
                {
                    continue;
                }

                var score = 0;
                if (claim.About.Any(denier.Contains))
                {
                    score += 3;
                }

                if (claimant.Overlaps(named) || claimant.Overlaps(denial.About))
                {
                    score += 3;
                }

                if (claim.About.Any(talkedAbout.Contains))
                {
                    score += 1;
                }

                if (claim.Kind == StatementKind.Accusation)
                {
                    score += 2;
                    if (anaphoric && nearestAccusation)
                    {
                        // "called the claims a lie", "denied any involvement": the last accusation made.
                        score += 2;
                    }

                    nearestAccusation = false;
                }

                if (c == d - 1)
                {
                    score += 1;
                }

                if (score > bestScore)
                {
                    bestScore = score;
                    best = claim;
                }
            }

            if (best is not null)
            {
                // "Russia claimed ..., calling it ...": the claim is the first statement of that speaker in the sentence.
                var sentenceOfClaim = SentenceOf(best.Cue);
                var group = statements.Where(x => x.Speaker?.EntityId == best.Speaker?.EntityId && sentenceOfClaim.Contains(x.Cue)).ToList();
                best = group.Count > 0 ? group[0] : best;
                paired.UnionWith(group.Select(x => x.Id));
                paired.Add(best.Id);
                var about = best.About.FirstOrDefault(a => denier.Contains(a) || talkedAbout.Contains(a))
                    ?? (best.About.Count > 0 ? best.About[0] : denial.About.Count > 0 ? denial.About[0] : null);
                disputes.Add(new Dispute(best.Id, denial.Id, about));
            }
        }

        return disputes;
    }

    /// <summary>Who a speaker is: the entity, and the one it stands for when the words are a metonym.</summary>
    private HashSet<string> Identity(EntitySpan speaker)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (speaker.EntityId is { } id)
        {
            ids.Add(id);
            ids.UnionWith(_view.EntitiesIn(speaker.Span).Where(e => e != id && _view.TypeOf(e) == _view.TypeOf(id)));
        }

        return ids;
    }

    private IEnumerable<string> Identities(TextSpan span) => _view.EntitiesIn(span);

    private TextSpan SentenceOf(TextSpan cue)
    {
        foreach (var sentence in _view.Document.Sentences)
        {
            if (sentence.Contains(cue))
            {
                return sentence;
            }
        }

        return cue;
    }
}
