namespace NewsBot.Text;

/// <summary>
/// A small hand-made list of Indonesian news abbreviations (not the CC BY-SA wiktionary list):
/// the ones that practically never end a sentence. Acronyms such as WIB, KPK or Tbk are not here:
/// they end a sentence when the next word starts with a capital.
/// </summary>
internal static class Abbreviations
{
    /// <summary>Followed by a name or number, never sentence-final (lower case, without the period).</summary>
    private static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "rp", "pt", "cv", "jl", "jln", "gg", "prof", "dr", "drs", "dra", "ir", "h", "hj", "kh", "ust", "tn", "ny", "nn", "sdr", "sdri",
        "bpk", "yth", "kab", "kec", "kel", "prov", "kol", "pol", "mr", "mrs", "ms", "st", "vs", "hlm", "tel", "telp",
        "a.n", "u.p", "u.b", "d.a", "s.h", "m.h", "m.si", "s.si", "s.kom", "m.kom", "s.e", "m.m", "s.t",
        "m.t", "s.pd", "m.pd", "s.sos", "s.ip", "s.ag", "m.ag", "s.ked", "s.psi", "ph.d", "m.a", "m.sc", "b.sc", "lc",
    };

    /// <summary>True when the word before a period (without that period) is an abbreviation that never ends a sentence.</summary>
    public static bool IsNeverFinal(string word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        // Single initials ("M. Nasir") and dotted abbreviations whose parts are at most three letters
        // ("a.n", "a.m.v.b", "S.Kom") are abbreviations; "github.io" or "detik.com" are domains.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (NeverFinal.Contains(word))
        {
            return true;
        }

        if (word.Contains('.', StringComparison.Ordinal))
        {
            var parts = word.Split('.');
            return parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsLetter));
        }

        return false;
    }
}
