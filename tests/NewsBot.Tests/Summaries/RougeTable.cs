using System.Globalization;
using System.Text;

namespace NewsBot.Tests.Summaries;

/// <summary>Mean ROUGE F1 (×100) of two systems per IndoSum category and over the whole set.</summary>
internal sealed class RougeTable
{
    public const string All = "(semua)";

    private readonly Dictionary<string, List<(RougeScore Baseline, RougeScore System)>> _rows = new(StringComparer.Ordinal);

    public static RougeTable Evaluate(
        IReadOnlyList<IndoSumArticle> articles, Func<IndoSumArticle, string> baseline, Func<IndoSumArticle, string> system)
    {
        var table = new RougeTable();
        var scored = articles.AsParallel().AsOrdered()
            .Select(a => (a.Category, Rouge.Score(baseline(a), a.Summary), Rouge.Score(system(a), a.Summary)))
            .ToList();
        foreach (var (category, b, s) in scored)
        {
            table.Add(category, b, s);
            table.Add(All, b, s);
        }

        return table;
    }

    public (RougeScore Baseline, RougeScore System) Mean(string category)
    {
        var rows = _rows[category];
        return (Average(rows.Select(r => r.Baseline)), Average(rows.Select(r => r.System)));
    }

    public string Render(string baselineName, string systemName)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"| category | n | {baselineName} R-1 | R-2 | R-L | {systemName} R-1 | R-2 | R-L | Δ R-1 |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var category in _rows.Keys.Order(StringComparer.Ordinal))
        {
            var (b, s) = Mean(category);
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {category} | {_rows[category].Count} | {b.R1:F2} | {b.R2:F2} | {b.RL:F2} | {s.R1:F2} | {s.R2:F2} | {s.RL:F2} | {s.R1 - b.R1:+0.00;-0.00} |");
        }

        return sb.ToString();
    }

    private void Add(string category, RougeScore baseline, RougeScore system)
    {
        if (!_rows.TryGetValue(category, out var list))
        {
            _rows[category] = list = [];
        }

        list.Add((baseline, system));
    }

    private static RougeScore Average(IEnumerable<RougeScore> scores)
    {
        var list = scores.ToList();
        return new RougeScore(100 * list.Average(s => s.R1), 100 * list.Average(s => s.R2), 100 * list.Average(s => s.RL));
    }
}
