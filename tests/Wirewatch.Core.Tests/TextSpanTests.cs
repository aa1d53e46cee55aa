using Wirewatch.Core;

namespace Wirewatch.Core.Tests;

public class TextSpanTests
{
    [Fact]
    public void A_span_is_half_open()
    {
        var span = new TextSpan(2, 5);

        Assert.Equal(3, span.Length);
        Assert.True(span.Contains(2));
        Assert.True(span.Contains(4));
        Assert.False(span.Contains(5));
        Assert.Equal("llo", span.Slice("hello"));
    }

    [Fact]
    public void Adjacent_spans_do_not_overlap()
    {
        Assert.False(new TextSpan(0, 3).Overlaps(new TextSpan(3, 6)));
        Assert.True(new TextSpan(0, 4).Overlaps(new TextSpan(3, 6)));
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(5, 4)]
    public void A_span_that_ends_before_it_starts_is_refused(int start, int end)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(start, end));
}
