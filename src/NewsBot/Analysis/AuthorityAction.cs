namespace NewsBot.Analysis;

/// <summary>
/// Whether an authority named at a position is the one acting ("Kominfo panggil WhatsApp", "OJK menjatuhkan sanksi",
/// "Regulator fines Meta"): its name followed within two words by an action verb. In a story that is not a breach (policy,
/// data collection, enforcement), an authority the title has act is a subject beside the company it acts on.
/// </summary>
internal static class AuthorityAction
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "panggil", "memanggil", "minta", "meminta", "denda", "mendenda", "jatuhkan", "menjatuhkan", "blokir", "memblokir",
        "sanksi", "menyanksi", "tegur", "menegur", "selidiki", "menyelidiki", "usut", "mengusut", "periksa", "memeriksa",
        "investigasi", "menginvestigasi", "audit", "mengaudit", "surati", "menyurati", "larang", "melarang", "putus", "memutus",
        "tangkap", "menangkap", "cabut", "mencabut", "perintahkan", "memerintahkan",
        "fines", "fined", "summons", "summoned", "orders", "ordered", "bans", "banned", "blocks", "blocked",
        "investigates", "investigating", "probes", "probing", "sanctions", "sanctioned", "arrests", "arrested",
    };

    /// <summary>True when one of the two words after <paramref name="end"/> in folded <paramref name="text"/> is an action verb.</summary>
    public static bool After(string text, int end)
    {
        var words = text.AsSpan(end, Math.Min(40, text.Length - end)).ToString()
            .Split([' ', ',', ':', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return words.Take(2).Any(w => Verbs.Contains(w.TrimEnd('.', ';')));
    }
}
