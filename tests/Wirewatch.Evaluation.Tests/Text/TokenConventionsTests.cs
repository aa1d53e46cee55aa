using Wirewatch.Core;
using Wirewatch.Evaluation.Text;

namespace Wirewatch.Evaluation.Tests.Text;

public class TokenConventionsTests
{
    [Fact]
    public void Attached_hyphen_runs_become_one_span_and_spaced_dashes_do_not()
    {
        const string Text = "long-term - well-to-do";
        var spans = new[] { S(0, 4), S(4, 5), S(5, 9), S(10, 11), S(12, 16), S(16, 17), S(17, 19), S(19, 20), S(20, 22) };

        var joined = TokenConventions.JoinHyphenated(Text, spans);

        Assert.Equal(["long-term", "-", "well-to-do"], joined.Select(s => s.Slice(Text)));
    }

    private static TextSpan S(int start, int end) => new(start, end);
}
