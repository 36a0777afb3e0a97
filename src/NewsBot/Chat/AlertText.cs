using System.Globalization;
using System.Text;
using NewsBot.Alerts;

namespace NewsBot.Chat;

/// <summary>Plain-text rendering of an alert (the console chat, and the text base other platforms escape).</summary>
public static class AlertText
{
    public static string Headline(Alert alert) =>
        (alert.IsUpdate ? Texts.UpdatePrefix + ": " : "") + $"{alert.CompanyName} — {Texts.IncidentTypeLabel(alert.Type)}";

    /// <summary>"Status: Dugaan/klaim · Jumlah data: 91 juta · Jenis data: NIK, email · Pelaku: Bjorka", or empty.</summary>
    public static string FactsLine(Alert alert)
    {
        var parts = new List<string>();
        if (alert.Facts.Status != Analysis.IncidentStatus.Unknown)
        {
            parts.Add($"{Texts.StatusField}: " + Texts.StatusLabel(alert.Facts.Status));
        }

        if (alert.Facts.Records is { } records)
        {
            parts.Add($"{Texts.RecordsField}: " + Texts.FormatCount(records, alert.Facts.RecordsQualifier));
        }

        if (alert.Facts.DataTypes.Count > 0)
        {
            parts.Add($"{Texts.DataTypesField}: " + string.Join(", ", alert.Facts.DataTypes));
        }

        if (alert.Facts.Actor is { Length: > 0 } actor)
        {
            parts.Add($"{Texts.ActorField}: " + actor);
        }

        return string.Join(" · ", parts);
    }

    public static string Plain(Alert alert)
    {
        var text = new StringBuilder()
            .AppendLine("🔔 " + Headline(alert))
            .AppendLine(Texts.FormatDateTime(alert.PublishedAt, alert.Zone))
            .AppendLine()
            .AppendLine(alert.Summary);
        var facts = FactsLine(alert);
        if (facts.Length > 0)
        {
            text.AppendLine().AppendLine(facts);
        }

        text.AppendLine();
        foreach (var source in alert.Sources)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{Texts.SourceField}: {source.Outlet} — {source.Title}").AppendLine(source.Url);
        }

        if (alert.Why.Length > 0)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"{Texts.WhyPrefix}: {alert.Why}");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>A digest as plain text: a heading, then per alert its headline, time, title, gist and first source.</summary>
    public static string Plain(AlertDigest digest)
    {
        var text = new StringBuilder().AppendLine("🗞 " + DigestHeading(digest));
        var number = 0;
        foreach (var alert in digest.Alerts)
        {
            text.AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"{++number}. {Headline(alert)}")
                .AppendLine("   " + Texts.FormatDateTime(alert.PublishedAt, alert.Zone))
                .AppendLine("   " + alert.Title);
            if (Gist(alert) is { Length: > 0 } gist)
            {
                text.AppendLine("   " + gist);
            }

            foreach (var source in alert.Sources.Take(1))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"   {Texts.SourceField}: {source.Outlet} — {source.Url}");
            }

            if (AlsoReported.Plain(AlsoReported.Outlets(alert)) is { Length: > 0 } also)
            {
                text.AppendLine("   " + also);
            }

            if (WhyLine(alert) is { Length: > 0 } why)
            {
                text.AppendLine("   " + why);
            }
        }

        return text.ToString().TrimEnd();
    }

    public static string DigestHeading(AlertDigest digest) =>
        Texts.DigestHeading(digest.Reason, digest.Alerts.Count, digest.Part, digest.Parts);

    /// <summary>"Mengapa Anda menerima ini: …" for a digest entry (at most <paramref name="max"/> characters), or empty.</summary>
    public static string WhyLine(Alert alert, int max = 200)
    {
        if (alert.Why.Length == 0)
        {
            return "";
        }

        var line = $"{Texts.WhyPrefix}: {alert.Why}";
        return line.Length <= max ? line : line[..(char.IsHighSurrogate(line[max - 2]) ? max - 2 : max - 1)].TrimEnd() + "…";
    }

    /// <summary>The summary's first sentence, at most <paramref name="max"/> characters: a digest entry's one line.</summary>
    public static string Gist(Alert alert, int max = 240)
    {
        var sentences = Text.SentenceSplitter.Split(alert.Summary);
        var first = sentences.Count > 0 ? sentences[0].Trim() : "";
        if (first.Length <= max)
        {
            return first;
        }

        var cut = char.IsHighSurrogate(first[max - 2]) ? max - 2 : max - 1;
        return first[..cut].TrimEnd() + "…";
    }
}
