using System.Net;
using System.Text;

namespace NewsBot.Tests.Feeds.Fetching.Extraction;

/// <summary>
/// A page template: HTML with {{TITLE}}, {{DESCRIPTION}} and {{BODY}}, and a leading comment that says how the outlet
/// marks up the body: "paragraph:" ({} = the text, {n} = its number), "separator:", "readalso:" (a "Baca juga" line),
/// "insert N:" (markup after the N-th paragraph).
/// </summary>
internal sealed class PageTemplate
{
    private readonly string html;
    private readonly string paragraph = "<p>{}</p>";
    private readonly string separator = "\n";
    private readonly string readAlso = "<p><strong>{}</strong></p>";
    private readonly Dictionary<int, string> inserts = [];

    private PageTemplate(string name, string text)
    {
        Name = name;
        var end = text.IndexOf("-->", StringComparison.Ordinal);
        html = text[(end + 3)..].TrimStart();
        foreach (var line in text[..end].Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? "" : line[..colon].Trim();
            var value = colon < 0 ? "" : line[(colon + 1)..].Trim();
            if (key == "paragraph")
            {
                paragraph = value;
            }
            else if (key == "separator")
            {
                separator = value;
            }
            else if (key == "readalso")
            {
                readAlso = value;
            }
            else if (key.StartsWith("insert ", StringComparison.Ordinal))
            {
                inserts[int.Parse(key["insert ".Length..], System.Globalization.CultureInfo.InvariantCulture)] = value;
            }
        }
    }

    public string Name { get; }

    public static PageTemplate Load(string path) => new(Path.GetFileName(path), File.ReadAllText(path));

    public string Render(string title, IReadOnlyList<string> paragraphs)
    {
        var body = new StringBuilder();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0)
            {
                body.Append(separator).Append('\n');
            }

            body.Append(Paragraph(paragraphs[i], i + 1));
            if (inserts.TryGetValue(i + 1, out var insert) && i + 1 < paragraphs.Count)
            {
                body.Append('\n').Append(insert);
            }
        }

        var description = paragraphs.Count == 0 ? "" : paragraphs[0][..Math.Min(150, paragraphs[0].Length)];
        return html.Replace("{{TITLE}}", Encode(title), StringComparison.Ordinal)
            .Replace("{{DESCRIPTION}}", Encode(description), StringComparison.Ordinal)
            .Replace("{{BODY}}", body.ToString(), StringComparison.Ordinal);
    }

    private string Paragraph(string text, int number)
    {
        var readAlsoLine = ExtractionSet.ReadAlsoLine().Match(text);
        if (readAlsoLine.Success)
        {
            var headline = text[readAlsoLine.Length..].TrimStart(':', ' ');
            return readAlso.Contains("Baca juga", StringComparison.OrdinalIgnoreCase)
                ? readAlso.Replace("{}", Encode(headline), StringComparison.Ordinal)
                : readAlso.Replace("{}", Encode(text), StringComparison.Ordinal);
        }

        var inline = ExtractionSet.InlineReadAlso().Match(text);
        var encoded = inline.Success
            ? Encode(text[..inline.Index]) + " (Baca juga: <a href=\"/baca/1\">" + Encode(inline.Value.Trim()[1..^1].Split(':', 2)[1].Trim()) + "</a>)" + Encode(text[(inline.Index + inline.Length)..])
            : Encode(text);
        return paragraph.Replace("{n}", (number - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{}", encoded, StringComparison.Ordinal);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
