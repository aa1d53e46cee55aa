using Wirewatch.Core;
using Wirewatch.Extraction.Entities;
using Wirewatch.Extraction.Gazetteers;
using Wirewatch.Text;
using Wirewatch.Text.Reading;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Extraction.Tests.Entities;

/// <summary>Who-is-who on its own: the names layer is given, so only the grouping, roles and links are tested.</summary>
public class WhoIsWhoTests
{
    private const string Article =
        "Russia accused the United States on Wednesday. Kremlin spokesman Dmitry Peskov said Moscow would respond. " +
        "Peskov did not provide evidence for his claims.\n\n" +
        "John Kirby, the strategic communications coordinator for the US National Security Council, denied it. " +
        "I would simply tell you that Mr. Peskov is lying, Kirby said.\n\n" +
        "Deputy Foreign Minister Sergei Ryabkov spoke to Channel 1. Washington is a party to the conflict, he said. " +
        "Sergey Ryabkov also met the IAEA, the International Atomic Energy Agency.\n\n" +
        "The capital's military chief said drones were destroyed over kiev. The regional military chief said Kyiv was safe.\n\n" +
        "Ivan Petrenko begged the doctors to treat Anna Berg, but she grew worse. He said they had refused.\n\n" +
        "Pavel Orlov met Mrs. Olga Sims on Monday. He said the talks went well.";

    private static readonly (string Name, EntityType Type)[] Names =
    [
        ("Russia", EntityType.Gpe), ("United States", EntityType.Gpe), ("US", EntityType.Gpe), ("Kremlin", EntityType.Fac),
        ("Dmitry Peskov", EntityType.Person), ("Peskov", EntityType.Person), ("Moscow", EntityType.Gpe), ("John Kirby", EntityType.Person),
        ("Kirby", EntityType.Person), ("National Security Council", EntityType.Org), ("Sergei Ryabkov", EntityType.Person),
        ("Sergey Ryabkov", EntityType.Person), ("Channel 1", EntityType.Org), ("Washington", EntityType.Gpe), ("IAEA", EntityType.Org),
        ("International Atomic Energy Agency", EntityType.Org), ("kiev", EntityType.Gpe), ("Kyiv", EntityType.Gpe),
        ("Ivan Petrenko", EntityType.Person), ("Anna Berg", EntityType.Person), ("Pavel Orlov", EntityType.Person), ("Olga Sims", EntityType.Person),
    ];

    private static readonly Lazy<Document> Analysed = new(Analyse);

    [Fact]
    public void A_person_mentioned_by_full_name_surname_and_title_is_one_entity_with_their_pronoun()
    {
        var peskov = Entity("Dmitry Peskov");

        Assert.Equal(EntityType.Person, peskov.Type);
        Assert.Equal(["Dmitry Peskov", "Peskov", "his", "Peskov"], Texts(peskov));
        Assert.Equal(MentionKind.Pronoun, peskov.Mentions[2].Kind);
    }

    [Fact]
    public void A_pronoun_skips_a_nearer_person_already_called_by_the_other_gender()
    {
        Assert.Equal(["Anna Berg", "she"], Texts(Entity("Anna Berg")));
        Assert.Equal(["Ivan Petrenko", "He"], Texts(Entity("Ivan Petrenko")));
    }

    [Fact]
    public void A_pronoun_skips_a_nearer_person_whose_title_marks_the_other_gender()
    {
        Assert.Equal(["Olga Sims"], Texts(Entity("Olga Sims")));
        Assert.Equal(["Pavel Orlov", "He"], Texts(Entity("Pavel Orlov")));
    }

    [Fact]
    public void Roles_come_from_the_title_before_the_name_and_the_apposition_after_it()
    {
        Assert.Equal(["Kremlin spokesman"], Entity("Dmitry Peskov").Roles);
        Assert.Equal(["strategic communications coordinator for the US National Security Council"], Entity("John Kirby").Roles);
        Assert.Equal(["Deputy Foreign Minister"], Entity("Sergei Ryabkov").Roles);
    }

    [Fact]
    public void Spelling_variants_of_a_first_name_and_of_a_place_are_one_entity()
    {
        Assert.Equal(["Sergei Ryabkov", "he", "Sergey Ryabkov"], Texts(Entity("Sergei Ryabkov")));
        Assert.Equal(["kiev", "Kyiv"], Texts(Entity("kiev")));
        Assert.Equal(["United States", "US"], Texts(Entity("United States")));
    }

    [Fact]
    public void An_acronym_is_the_organisation_it_abbreviates()
        => Assert.Equal(["IAEA", "International Atomic Energy Agency"], Texts(Entity("International Atomic Energy Agency")));

    [Fact]
    public void A_described_person_with_no_name_is_an_entity_named_by_the_description()
    {
        var chief = Entity("The capital's military chief");
        var regional = Entity("The regional military chief");

        Assert.Equal(MentionKind.Nominal, Assert.Single(chief.Mentions).Kind);
        Assert.NotEqual(chief.Id, regional.Id);
    }

    [Fact]
    public void A_capital_acting_stands_for_its_country_and_a_place_in_a_sentence_does_not()
    {
        var russia = Entity("Russia");
        var moscow = Entity("Moscow");
        var kyiv = Entity("kiev");

        Assert.Equal(russia.Id, Assert.Single(moscow.Mentions).StandsFor);
        Assert.All(kyiv.Mentions, m => Assert.Null(m.StandsFor));
    }

    private static Entity Entity(string name) => Analysed.Value.Entities.Single(e => e.Name == name);

    private static List<string> Texts(Entity entity) => entity.Mentions.Select(m => Analysed.Value[m.Span]).ToList();

    private static Document Analyse()
    {
        var document = ArticleText.Create("test", new DateOnly(2023, 5, 5), DateOrigin.Option, null, null, Article);
        Pipeline.Build(TextPipeline.Components(TextLexicon.Default)).Run(document);
        var found = new List<NameMention>();
        foreach (var (name, type) in Names.OrderByDescending(n => n.Name.Length))
        {
            for (var i = document.Text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = document.Text.IndexOf(name, i + 1, StringComparison.Ordinal))
            {
                var span = new TextSpan(i, i + name.Length);
                var whole = (i == 0 || !char.IsLetter(document.Text[i - 1])) && (span.End == document.Text.Length || !char.IsLetter(document.Text[span.End]));
                if (whole && !found.Exists(f => f.Span.Overlaps(span)))
                {
                    found.Add(new NameMention(span, type));
                }
            }
        }

        document.Names = [.. found.OrderBy(f => f.Span.Start)];
        new WhoIsWhoComponent(EntityLexicon.Default, new GazetteerPlaces(Gazetteer.Default)).Process(document);
        return document;
    }
}
