using System.Net;
using System.Text;

namespace NewsBot.Feeds.Parsing;

/// <summary>Reduces HTML (or text that may contain HTML) to plain text: tags removed, entities decoded, whitespace tidied.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "pre",
        "section", "article", "header", "footer", "hr", "figure", "figcaption", "dd", "dt", "dl",
    };

    /// <summary>Plain text of an HTML fragment; <paramref name="singleLine"/> collapses all whitespace (titles).</summary>
    public static string ToPlainText(string? html, bool singleLine = false)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var text = LooksLikeMarkup(html) ? StripTags(html) : html;
        if (text.Contains('&', StringComparison.Ordinal))
        {
            text = FeedCharset.RepairC1(WebUtility.HtmlDecode(text));
        }

        return Tidy(text, singleLine);
    }

    /// <summary>Collapses runs of spaces; keeps single line breaks unless <paramref name="singleLine"/>.</summary>
    public static string Tidy(string text, bool singleLine)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in text)
        {
            if (c is '\n' or '\r' && !singleLine)
            {
                pendingBreak = builder.Length > 0;
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '\u00A0' && singleLine)
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingBreak)
            {
                builder.Append('\n');
            }
            else if (pendingSpace)
            {
                builder.Append(' ');
            }

            pendingBreak = pendingSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool LooksLikeMarkup(string text)
    {
        var index = text.IndexOf('<', StringComparison.Ordinal);
        while (index >= 0 && index + 1 < text.Length)
        {
            var next = text[index + 1];
            if (char.IsAsciiLetter(next) || next == '/' || IsDeclaration(text, index))
            {
                return true;
            }

            index = text.IndexOf('<', index + 1);
        }

        return false;
    }

    private static bool IsDeclaration(string text, int index) =>
        string.CompareOrdinal(text, index, "<!--", 0, 4) == 0
        || string.Compare(text, index, "<!DOCTYPE", 0, 9, StringComparison.OrdinalIgnoreCase) == 0
        || string.CompareOrdinal(text, index, "<![CDATA[", 0, 9) == 0;

    private static string StripTags(string html)
    {
        var builder = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<' || i + 1 >= html.Length || !(char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '?' || IsDeclaration(html, i)))
            {
                builder.Append(c);
                i++;
                continue;
            }

            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var endComment = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = endComment < 0 ? html.Length : endComment + 3;
                continue;
            }

            var end = html.IndexOf('>', i + 1);
            if (end < 0)
            {
                builder.Append(html, i, html.Length - i);
                break;
            }

            var name = TagName(html, i + 1, end);
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                var closeEnd = close < 0 ? -1 : html.IndexOf('>', close);
                i = closeEnd < 0 ? html.Length : closeEnd + 1;
                continue;
            }

            if (BlockTags.Contains(name))
            {
                builder.Append('\n');
            }

            i = end + 1;
        }

        return builder.ToString();
    }

    private static string TagName(string html, int start, int end)
    {
        if (start < end && html[start] == '/')
        {
            start++;
        }

        var length = 0;
        while (start + length < end && char.IsAsciiLetterOrDigit(html[start + length]))
        {
            length++;
        }

        return html.Substring(start, length);
    }
}
