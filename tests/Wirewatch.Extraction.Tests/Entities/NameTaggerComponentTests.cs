using Wirewatch.Core;
using Wirewatch.Extraction.Entities;
using Wirewatch.Extraction.Gazetteers;
using Wirewatch.Extraction.PartsOfSpeech;
using Wirewatch.Text;
using Wirewatch.Text.Reading;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Extraction.Tests.Entities;

/// <summary>
/// The names layer on lower-cased text, where a first name before a surname still shows a person, and a word
/// beside an organisation cue an organisation.
/// </summary>
public class NameTaggerComponentTests
{
    [Theory]
    [InlineData("the company's chief executive, steve jobs, unveiled the phone on monday. it goes on sale in june.", "steve jobs")]
    [InlineData("the plant was sold on tuesday. the romanian official sebastian vladescu signed the deal.", "sebastian vladescu")]
    [InlineData("ford motor company ceo alan mulally announced on monday that the taurus would return.", "alan mulally")]
    [InlineData("she met socialite paris hilton at the party on friday.", "paris hilton")]
    public void A_first_name_before_a_noun_is_a_person_in_lower_cased_text(string text, string person)
    {
        var names = Analyse(text);

        Assert.Contains((person, EntityType.Person), names);
    }

    [Theory]
    [InlineData("the deal with automaker chrysler failed on thursday. chrysler said it would appeal.", "chrysler")]
    [InlineData("a ford spokesman said on monday that the plant would stay open.", "ford")]
    public void A_word_beside_an_organisation_cue_is_an_organisation_in_lower_cased_text(string text, string organisation)
    {
        var names = Analyse(text);

        Assert.Contains((organisation, EntityType.Org), names);
        Assert.DoesNotContain(names, n => n.Text == organisation && n.Type != EntityType.Org);
    }

    [Theory]
    [InlineData("the plants in st. louis will close next year. the company said so on monday.", "louis")]
    [InlineData("she studied at duke university for four years. the school said so on monday.", "duke")]
    [InlineData("the leaders met in paris yesterday and agreed a plan.", "paris")]
    public void A_first_name_inside_a_place_or_before_an_organisation_word_is_not_taken_for_a_person(string text, string word)
    {
        var names = Analyse(text);

        Assert.DoesNotContain(names, n => n.Type == EntityType.Person && n.Text.StartsWith(word, StringComparison.Ordinal));
    }

    private static List<(string Text, EntityType Type)> Analyse(string text)
    {
        var document = ArticleText.Create("test", null, DateOrigin.Unknown, null, null, text);
        NamePipeline.Instance.Run(document);
        return document.Names.Select(n => (n.Span.Slice(document.Text), n.Type)).ToList();
    }
}
