using System.Globalization;
using NewsBot.Alerts;
using NewsBot.Analysis;
using NewsBot.Incidents;

namespace NewsBot.Pipeline;

/// <summary>Builds the alert for a new incident, or the "Pembaruan" for a follow-up, whose summary opens with what changed.</summary>
public static class AlertBuilder
{
    public static Alert Build(ArticleAnalysis analysis, IncidentDecision decision, IncidentFacts incidentFacts, string title, string summary, DateTimeOffset publishedAt, AlertSource source)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(decision);
        var subject = analysis.Subjects.First();
        var isUpdate = decision.Kind == DecisionKind.FollowUp;
        var text = isUpdate ? (Changes(decision.Changes) + " " + summary).Trim() : summary;
        return new Alert(subject.Name, analysis.Type, isUpdate, publishedAt, title, text, [source], isUpdate ? incidentFacts : analysis.Facts, Why(subject, analysis));
    }

    /// <summary>"Yang baru: dikonfirmasi oleh perusahaan; jumlah data naik dari 15 juta menjadi 91 juta."</summary>
    public static string Changes(IReadOnlyList<FactChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var parts = changes.Select(change => change.Kind switch
        {
            FactChangeKind.Confirmed => "dikonfirmasi oleh pihak perusahaan",
            FactChangeKind.Denied => "dibantah oleh pihak perusahaan",
            FactChangeKind.MoreRecords => $"jumlah data naik dari {Count(change.From)} menjadi {Count(change.To)}",
            FactChangeKind.RegulatorActs => (change.Detail is { Length: > 0 } authority ? authority : "regulator") + " mulai bertindak",
            FactChangeKind.SuspectArrested => "terduga pelaku ditangkap",
            _ => "",
        }).Where(p => p.Length > 0).ToList();
        return parts.Count == 0 ? "" : "Yang baru: " + string.Join("; ", parts) + ".";
    }

    private static string Count(long? value) => value switch
    {
        null => "?",
        >= 1_000_000_000 => Round(value.Value / 1e9) + " miliar",
        >= 1_000_000 => Round(value.Value / 1e6) + " juta",
        >= 1_000 => Round(value.Value / 1e3) + " ribu",
        _ => value.Value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Round(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.GetCultureInfo("id-ID"));

    private static string Why(CompanyMatch company, ArticleAnalysis analysis)
    {
        var matched = string.Join(", ", company.Matched.Distinct().Select(m => $"\"{m}\""));
        var cues = string.Join(", ", analysis.Cues.Take(5));
        return $"berita ini tentang {company.Name} (cocok: {matched}) dan menyebut {cues}.";
    }
}
