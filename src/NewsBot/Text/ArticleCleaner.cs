using System.Text.RegularExpressions;

namespace NewsBot.Text;

/// <summary>
/// The one boilerplate cleaner for article text (feed content, extracted HTML, summarizer input): drops datelines,
/// link-outs, captions, date and byline lines, footers with everything after them, related-article blocks and a
/// trailing reporter code. Paragraphs come back separated by "\n\n". Idempotent.
/// </summary>
public static partial class ArticleCleaner
{
    private const int LookAheadLines = 4;

    public static string Clean(string text) => Clean(text, title: null);

    /// <summary>Cleans <paramref name="text"/>; lines that repeat <paramref name="title"/> (as pages often do above the body) go too.</summary>
    public static string Clean(string text, string? title)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var lines = ReadLines(text);
        var titleKey = title is null ? null : Key(title);
        var kept = new List<string>();
        var bodyStarted = false;
        var datelineDone = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (Boilerplate.IsReadAlsoHeading(line))
            {
                if (StartsRelatedBlock(lines, i + 1))
                {
                    break;
                }

                i++; // the heading's headline is on the next line
                continue;
            }

            if (Boilerplate.IsFooter(line) || (bodyStarted && Boilerplate.IsCreditFooter(line)))
            {
                break;
            }

            if (Boilerplate.IsDateOrMetaLine(line))
            {
                if (bodyStarted && line.Contains("👤", StringComparison.Ordinal))
                {
                    DropTrailingNonBody(kept); // a related-article teaser: its headline is already in `kept`
                    break;
                }

                continue;
            }

            if (Boilerplate.IsDropLine(line) || Boilerplate.IsCaption(line) || Boilerplate.IsCreditFooter(line)
                || (!bodyStarted && Boilerplate.IsByline(line))
                || (titleKey is not null && Key(line) == titleKey))
            {
                continue;
            }

            line = Boilerplate.RemoveInline(line);
            if (!datelineDone)
            {
                var stripped = Dateline.Strip(line);
                datelineDone = stripped.Length != line.Length || IsBody(line);
                line = stripped;
            }

            if (line.Length == 0)
            {
                continue;
            }

            bodyStarted |= IsBody(line);
            kept.Add(line);
        }

        RemoveTrailingReporterCode(kept);
        return string.Join("\n\n", kept);
    }

    /// <summary>Cleans one sentence of pre-split text (IndoSum): inline link-outs; the dateline when it is the first sentence.</summary>
    internal static string CleanSentence(string sentence, bool first)
    {
        var cleaned = Boilerplate.RemoveInline(Whitespace().Replace(sentence, " ").Trim());
        return first ? Dateline.Strip(cleaned) : cleaned;
    }

    /// <summary>A paragraph of running text: ends like a sentence, has a few words, is not a "…" teaser.</summary>
    internal static bool IsBody(string line)
        => Boilerplate.WordCount(line) >= 6
            && line[^1] is '.' or '!' or '?' or '"' or '”' or ')' or '\''
            && !line.EndsWith("..", StringComparison.Ordinal) && !line.EndsWith('…');

    private static List<string> ReadLines(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Replace('\u00A0', ' ').Replace("\u200B", string.Empty, StringComparison.Ordinal)
            .Replace("\uFEFF", string.Empty, StringComparison.Ordinal);
        var lines = new List<string>();
        var previousBlank = true;
        foreach (var raw in normalized.Split('\n'))
        {
            var line = Whitespace().Replace(raw, " ").Trim();
            if (line.Length == 0)
            {
                previousBlank = true;
                continue;
            }

            // A hard-wrapped paragraph: the previous line stops mid-sentence and this one continues in lower case.
            if (!previousBlank && lines.Count > 0 && char.IsLower(line[0]) && !EndsClause(lines[^1]))
            {
                lines[^1] += " " + line;
            }
            else
            {
                lines.Add(line);
            }

            previousBlank = false;
        }

        return lines;
    }

    private static bool EndsClause(string line) => line[^1] is '.' or '!' or '?' or ':' or '"' or '”';

    private static bool StartsRelatedBlock(List<string> lines, int from)
    {
        for (var i = from; i < Math.Min(lines.Count, from + LookAheadLines); i++)
        {
            if (Boilerplate.IsDateOrMetaLine(lines[i]) || lines[i].EndsWith("...", StringComparison.Ordinal)
                || lines[i].EndsWith('…'))
            {
                return true;
            }
        }

        return from >= lines.Count || !lines.Skip(from).Any(IsBody);
    }

    private static void DropTrailingNonBody(List<string> kept)
    {
        while (kept.Count > 0 && !IsBody(kept[^1]))
        {
            kept.RemoveAt(kept.Count - 1);
        }
    }

    private static void RemoveTrailingReporterCode(List<string> kept)
    {
        if (kept.Count == 0)
        {
            return;
        }

        if (kept.Count > 1 && Boilerplate.IsReporterCodeOnly(kept[^1]) && EndsClause(kept[^2]))
        {
            kept.RemoveAt(kept.Count - 1);
            return;
        }

        kept[^1] = Boilerplate.RemoveReporterCode(kept[^1]);
    }

    private static string Key(string line) => Whitespace().Replace(line, " ").Trim().TrimEnd('.', ' ').ToUpperInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
