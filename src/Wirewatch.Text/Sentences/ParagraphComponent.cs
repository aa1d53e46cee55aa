using Wirewatch.Core;

namespace Wirewatch.Text.Sentences;

/// <summary>Adds paragraphs: runs of text between blank lines, trimmed of surrounding white space.</summary>
public sealed class ParagraphComponent : IPipelineComponent
{
    public string Name => "paragraphs";

    public Layers Needs => Layers.FoldedText;

    public Layers Adds => Layers.Paragraphs;

    public void Process(Document document) => document.Paragraphs = Split(document.FoldedText);

    public static List<TextSpan> Split(string text)
    {
        var paragraphs = new List<TextSpan>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            var start = i;
            var end = i;
            while (i < text.Length)
            {
                if (text[i] == '\n' && IsBlankLineAfter(text, i))
                {
                    break;
                }

                if (!char.IsWhiteSpace(text[i]))
                {
                    end = i + 1;
                }

                i++;
            }

            paragraphs.Add(new TextSpan(start, end));
        }

        return paragraphs;
    }

    // A newline followed by only spaces and then another newline: a blank line.
    private static bool IsBlankLineAfter(string text, int newline)
    {
        for (var j = newline + 1; j < text.Length; j++)
        {
            if (text[j] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[j]))
            {
                return false;
            }
        }

        return true;
    }
}
