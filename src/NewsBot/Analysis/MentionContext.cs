using NewsBot.Text;

namespace NewsBot.Analysis;

/// <summary>
/// Occurrences that name a company only in passing, whatever their position: a comparison ("setelah Tokopedia",
/// "saingan Telegram dan Signal"), a channel ("grup WhatsApp", "lewat Instagram", "ramai di TikTok") or a place
/// ("RS Pusat Pertamina"), a platform ("versi iOS") or a recipient ("melapor kepada Kominfo"). Such occurrences never make a company the subject by position.
/// </summary>
internal static class MentionContext
{
    private static readonly HashSet<string> Before = new(StringComparer.Ordinal)
    {
        "saingan", "pesaing", "rival", "rivals", "kompetitor", "competitor", "competitors", "seperti", "setelah", "menyusul", "selain",
        "mirip", "ketimbang", "dibanding", "dibandingkan", "versus", "vs", "like", "after", "following", "than",
        "saingi", "menyaingi", "kalahkan", "mengalahkan", "melawan", "lawan", "beat", "beats",
        "versi", "version", "kepada",
        "grup", "group", "lewat", "melalui", "via", "unggahan", "postingan", "kanal", "channel",
    };

    // Places named after a company ("RS Pusat Pertamina", "Gedung BRI"), one or two words before it.
    private static readonly HashSet<string> Place = new(StringComparer.Ordinal)
    {
        "rs", "rsud", "rsup", "sakit", "gedung", "stadion", "bandara", "hotel", "menara", "wisma",
    };

    // Two-word contexts ending in a preposition: "beralih ke Telegram", "ramai di TikTok", "rumah sakit Pertamina".
    private static readonly HashSet<string> BeforePreposition = new(StringComparer.Ordinal)
    {
        "beralih", "pindah", "warganet", "netizen", "dibagikan", "diunggah", "viral", "ramai", "beredar", "tersebar", "switch", "moved",
    };

    public static bool[] Flags(IReadOnlyList<CompanyOccurrence> occurrences, FoldedText text)
    {
        var flags = new bool[occurrences.Count];
        var s = text.Text;
        for (var i = 0; i < occurrences.Count; i++)
        {
            var o = occurrences[i];
            var (w1, w1Start) = WordBefore(s, o.Start);
            var (w2, _) = w1Start > 0 ? WordBefore(s, w1Start) : ("", 0);
            flags[i] = Before.Contains(w1)
                || (w1 is "ke" or "di" or "to" or "on" && BeforePreposition.Contains(w2))
                || Place.Contains(w1) || Place.Contains(w2)
                || (i > 0 && flags[i - 1] && IsCoordinated(s, occurrences[i - 1].End, o.Start));
        }

        return flags;
    }

    private static bool IsCoordinated(string s, int from, int to)
    {
        if (to - from > 8 || to < from)
        {
            return false;
        }

        var between = s[from..to].Trim(' ', ',');
        return between is "" or "dan" or "atau" or "serta" or "and" or "or";
    }

    private static (string Word, int Start) WordBefore(string s, int position)
    {
        var end = position;
        while (end > 0 && !FoldedText.IsWordChar(s[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && FoldedText.IsWordChar(s[start - 1]))
        {
            start--;
        }

        return (s[start..end], start);
    }
}
