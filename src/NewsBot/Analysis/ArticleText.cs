using System.Text.RegularExpressions;

namespace NewsBot.Analysis;

/// <summary>Splits an article into title, lead and body for analysis and drops link-out lines ("Baca juga: …").</summary>
internal static partial class ArticleText
{
    public static string StripLinkOuts(string text) => InlineLinkOutRegex().Replace(LinkOutLineRegex().Replace(text, ""), " ");

    /// <summary>The title, or the first sentence when the feed gives none (then the body starts after it).</summary>
    public static (string Title, string Body) TitleAndBody(string? title, string text)
    {
        if (!string.IsNullOrWhiteSpace(title))
        {
            return (title.Trim(), text);
        }

        var m = FirstSentenceRegex().Match(text);
        return m.Success ? (m.Value.Trim(), text[m.Length..]) : (text, "");
    }

    [GeneratedRegex(@"^[ \t]*(?:Baca juga|Baca Juga|BACA JUGA|Lihat juga|Simak juga)\b.*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex LinkOutLineRegex();

    [GeneratedRegex(@"\((?:Baca(?: juga)?|Lihat juga)\s*:[^)]*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineLinkOutRegex();

    [GeneratedRegex(@"^[\s\S]{20,300}?[.!?](?=\s+[\p{Lu}""“]|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex FirstSentenceRegex();
}
