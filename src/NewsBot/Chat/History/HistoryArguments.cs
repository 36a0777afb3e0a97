using System.Globalization;
using NewsBot.Alerts;

namespace NewsBot.Chat.History;

/// <summary>What <c>/insiden</c> was asked: one incident (<c>#12</c>), or a company's history with a period and a page.</summary>
public sealed record IncidentsRequest(long? IncidentId, string Company, HistoryPeriod? Period, string PeriodText, int Page);

/// <summary>Splits the arguments of the history commands into their parts.</summary>
public static class HistoryArguments
{
    private static readonly string[] PageWords = ["halaman", "hal", "hlm", "page"];

    /// <summary>
    /// "tokopedia", "tokopedia 2", "tokopedia 2023", "bank bri 30 hari 2", "tokopedia halaman 3", "#12" or "12".
    /// A trailing number is a page unless it reads as a year (1990–2100) right after the company.
    /// </summary>
    public static IncidentsRequest ParseIncidents(string argument, int buttonPage, DateTimeOffset now, ChatZone zone)
    {
        var words = Words(argument, lowerCase: true);
        if (words is [var only] && long.TryParse(only.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return new IncidentsRequest(id, "", null, "", 1);
        }

        var page = TakePage(words, allowBareNumber: true) ?? 1;
        HistoryPeriod? period = null;
        var periodText = "";
        for (var length = Math.Min(3, words.Count - 1); length >= 1 && period is null; length--)
        {
            period = HistoryPeriod.TryParse(words[^length..], now, zone);
            if (period is not null)
            {
                periodText = string.Join(' ', words[^length..]);
                words.RemoveRange(words.Count - length, length);
            }
        }

        return new IncidentsRequest(null, string.Join(' ', words), period, periodText, Math.Max(page, buttonPage));
    }

    /// <summary>"kebocoran data" or "kebocoran data halaman 2": a bare trailing number is a search word ("iphone 15").</summary>
    public static (string Query, int Page) ParseSearch(string argument, int buttonPage)
    {
        var words = Words(argument, lowerCase: false);
        var page = TakePage(words, allowBareNumber: false) ?? 1;
        return (string.Join(' ', words), Math.Max(page, buttonPage));
    }

    /// <summary>Removes a trailing page ("halaman 3", a bare "3", or a lone "halaman" left by a paging button) and returns it.</summary>
    private static int? TakePage(List<string> words, bool allowBareNumber)
    {
        if (words.Count >= 2 && PageWords.Contains(words[^2], StringComparer.OrdinalIgnoreCase) && ReadPage(words[^1]) is { } named)
        {
            words.RemoveRange(words.Count - 2, 2);
            return named;
        }

        if (words.Count >= 2 && PageWords.Contains(words[^1], StringComparer.OrdinalIgnoreCase))
        {
            words.RemoveAt(words.Count - 1);
            return null;
        }

        // "tokopedia 2023" is a year, "tokopedia 2023 2" page 2 of it.
        if (allowBareNumber && words.Count >= 2 && ReadPage(words[^1]) is { } bare
            && !(HistoryPeriod.IsYear(words[^1], out _) && !HistoryPeriod.IsYear(words[^2], out _)))
        {
            words.RemoveAt(words.Count - 1);
            return bare;
        }

        return null;
    }

    private static int? ReadPage(string word) =>
        word.Length > 0 && word.All(char.IsAsciiDigit)
            ? long.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < int.MaxValue ? (int)Math.Max(n, 1) : int.MaxValue
            : null;

    private static List<string> Words(string argument, bool lowerCase) =>
        [.. (lowerCase ? argument.ToLowerInvariant() : argument).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];
}
