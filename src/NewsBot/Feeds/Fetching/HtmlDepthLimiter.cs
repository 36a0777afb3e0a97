using System.Text;

namespace NewsBot.Feeds.Fetching;

/// <summary>
/// HTML tree building is quadratic in nesting depth (each start tag scans the stack of open elements), so a
/// hostile page of 100,000 nested divs would take minutes to parse. Before parsing, start tags deeper than
/// <see cref="MaxDepth"/> are dropped together with their end tags; the text stays, only the structure flattens.
/// </summary>
internal static class HtmlDepthLimiter
{
    public const int MaxDepth = 256;

    private static readonly HashSet<string> NoDepth = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements, and elements HTML closes implicitly (an unclosed <p> or <li> must not look like nesting).
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody", "thead",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title" };

    public static string Flatten(string html)
    {
        if (html.AsSpan().Count('<') <= MaxDepth)
        {
            return html;
        }

        StringBuilder? output = null;
        int depth = 0, suppressed = 0, copied = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var end = html.IndexOf('>', i + 1);
            if (end < 0)
            {
                break;
            }

            var closing = html[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < end && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = end + 1; // comment, doctype, stray '<'
                continue;
            }

            var name = html[nameStart..nameEnd];
            if (!closing && RawText.Contains(name))
            {
                var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }

            var drop = false;
            if (NoDepth.Contains(name) || (!closing && html[end - 1] == '/'))
            {
                // no change in depth
            }
            else if (closing)
            {
                drop = suppressed > 0;
                suppressed -= drop ? 1 : 0;
                depth -= drop || depth == 0 ? 0 : 1;
            }
            else if (depth >= MaxDepth)
            {
                drop = true;
                suppressed++;
            }
            else
            {
                depth++;
            }

            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copied, i - copied);
                copied = end + 1;
            }

            i = end + 1;
        }

        if (output is null)
        {
            return html;
        }

        output.Append(html, copied, html.Length - copied);
        return output.ToString();
    }
}
