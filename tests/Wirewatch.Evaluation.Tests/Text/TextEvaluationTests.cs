using Wirewatch.Corpora.Conllu;
using Wirewatch.Evaluation.Text;
using Wirewatch.Testing;
using Wirewatch.Text.Tokenization;

namespace Wirewatch.Evaluation.Tests.Text;

public class TextEvaluationTests
{
    [SharedDataFact]
    public void Gum_news_meets_the_sentence_and_token_targets()
    {
        var shared = SharedData.Locate();
        var gumNews = TextEvaluation.Corpora.Single(c => c.Name == "GUM news").Documents(shared);

        var scores = new TextEvaluation(TextLexicon.Default).Score(gumNews);

        Assert.True(scores.Documents >= 20, $"only {scores.Documents} GUM news documents found");
        Assert.True(scores.Sentences.F1 >= 0.97, $"sentence F1 {scores.Sentences.F1:0.000} is under the 0.97 target");
        Assert.True(scores.Tokens.F1 >= 0.99, $"token F1 {scores.Tokens.F1:0.000} is under the 0.99 target");
    }

    [SharedDataFact]
    public void Laid_out_text_puts_every_gold_word_where_its_form_is()
    {
        var shared = SharedData.Locate();
        var document = TextEvaluation.Corpora.Single(c => c.Name == "GUM news").Documents(shared).First();

        var laidOut = ConlluText.Build(document);

        for (var i = 0; i < laidOut.Words.Count; i++)
        {
            var form = laidOut.Words[i].Slice(laidOut.Text);
            Assert.True(form == laidOut.WordData[i].Form || form.Length > laidOut.WordData[i].Form.Length, $"word {i}: «{form}» vs «{laidOut.WordData[i].Form}»");
        }
    }
}
