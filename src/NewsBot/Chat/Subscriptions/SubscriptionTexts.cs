using System.Globalization;
using System.Text;
using NewsBot.Alerts;
using NewsBot.Analysis;
using NewsBot.Delivery;
using NewsBot.Incidents;

namespace NewsBot.Chat.Subscriptions;

/// <summary>The Indonesian answers of /ikuti, /berhenti and /langganan.</summary>
public static class SubscriptionTexts
{
    public const string Usage =
        "Tulis nama perusahaannya, misalnya: /ikuti tokopedia, bukalapak (atau /ikuti semua). " +
        "Hanya jenis tertentu: /ikuti tokopedia hanya kebocoran, peretasan.";

    public const string StopUsage =
        "Tulis nama perusahaannya, misalnya: /berhenti tokopedia (atau /berhenti semua). " +
        "Hanya jenis tertentu: /berhenti tokopedia kebocoran, atau /berhenti semua kebocoran.";
    public const string NoneRecorded = "Belum ada insiden tercatat untuk yang Anda ikuti; peringatan dikirim saat ada berita baru.";
    public const string RecentHeader = "3 insiden terakhir dari yang Anda ikuti (terbaru dulu):";

    public static string TypeList => string.Join(", ", IncidentTypeWords.Main.Select(m => m.Word));

    public static string Followed(IEnumerable<string> names, IReadOnlySet<IncidentType> types) =>
        $"Chat ini sekarang mengikuti {string.Join(", ", names)}{Only(types)}.";

    public static string FollowedAll(IReadOnlySet<IncidentType> types) =>
        $"Chat ini sekarang mengikuti semua perusahaan yang dipantau{Only(types)}.";

    public static string Stopped(IEnumerable<string> names, bool excludedFromAll) =>
        $"Chat ini berhenti mengikuti {string.Join(", ", names)}." +
        (excludedFromAll ? " Perusahaan itu dikecualikan dari \"semua\", jadi peringatannya tidak dikirim lagi." : "");

    public const string RulesNow = "Langganan chat ini sekarang:";

    /// <summary>"/berhenti tokopedia kebocoran"; <paramref name="names"/> null when the types stop for everything followed.</summary>
    public static string StoppedTypes(IEnumerable<string>? names, IReadOnlySet<IncidentType> types) =>
        $"Peringatan {IncidentTypeWords.Join(types)} " +
        (names is null ? "tidak dikirim lagi ke chat ini, untuk semua yang diikutinya." : $"tentang {string.Join(", ", names)} tidak dikirim lagi ke chat ini; jenis lain tetap dikirim.");

    public static string NotReceiving(string name, IReadOnlySet<IncidentType> types) =>
        $"Chat ini memang tidak menerima peringatan {IncidentTypeWords.Join(types)} tentang {name}.";

    public const string StoppedAll = "Semua langganan chat ini sudah dihapus.";

    public static string NotFollowed(string name) => $"Chat ini memang tidak mengikuti {name}.";

    public static string Unknown(string name, IReadOnlyList<string> suggestions, string command) => suggestions.Count == 0
        ? $"Perusahaan \"{name}\" tidak dikenal. Lihat daftarnya dengan /perusahaan, atau lacak sendiri dengan /lacak {name}."
        : $"Perusahaan \"{name}\" tidak dikenal. Mungkin maksud Anda: {string.Join(", ", suggestions)}? " +
          $"Ketik /{command} {suggestions[0].ToLowerInvariant()}.";

    /// <summary>The last incidents as one compact block: date, company, type, title, outlet and link.</summary>
    public static string Recent(IReadOnlyList<RecentIncident> incidents, ChatZone zone)
    {
        if (incidents.Count == 0)
        {
            return NoneRecorded;
        }

        var text = new StringBuilder(RecentHeader);
        foreach (var incident in incidents)
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"• {Texts.FormatDate(incident.FirstReportedAt, zone)} — {incident.CompanyName}, {Texts.IncidentTypeLabel(incident.Type)}: {incident.Title}");
            if (incident.FirstSource is { Url: { Length: > 0 } url } source)
            {
                text.Append(CultureInfo.InvariantCulture, $" ({source.Outlet}) {url}");
            }
        }

        return text.ToString();
    }

    /// <summary>Every line of /langganan: what is followed, exclusions, filters.</summary>
    public static string Rules(SubscriptionRules rules, Func<string, string> name)
    {
        if (rules.IsEmpty)
        {
            return Texts.NoSubscriptions;
        }

        var lines = new List<string>();
        if (rules.AllTypes is { } all)
        {
            lines.Add($"Chat ini mengikuti semua perusahaan yang dipantau{Only(all)}.");
            if (rules.Excluded.Count > 0)
            {
                lines.Add("Kecuali: " + string.Join(", ", rules.Excluded.Select(name).Order(StringComparer.OrdinalIgnoreCase)) + ".");
            }
        }

        if (rules.Companies.Count > 0)
        {
            var entries = rules.Companies.Select(c => name(c.Key) + Only(c.Value)).Order(StringComparer.OrdinalIgnoreCase);
            lines.Add((rules.FollowsAll ? "Aturan khusus: " : "Chat ini mengikuti: ") + string.Join("; ", entries) + ".");
        }

        return string.Join("\n", lines);
    }

    // A filter left by /berhenti holds the unnamed "other" type too; it reads better as what was left out.
    private static string Only(IReadOnlySet<IncidentType> types) =>
        types.Count == 0 ? ""
        : types.Contains(IncidentType.Other) ? (Enum.GetValues<IncidentType>().Except(types).ToList() is { Count: > 0 } left ? $" (kecuali {IncidentTypeWords.Join(left)})" : "")
        : $" (hanya {IncidentTypeWords.Join(types)})";
}
