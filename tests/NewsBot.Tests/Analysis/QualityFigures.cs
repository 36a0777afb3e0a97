using NewsBot.Analysis;
using NewsBot.Incidents;
using NewsBot.Pipeline;
using NewsBot.Tests.Pipeline;

namespace NewsBot.Tests.Analysis;

/// <summary>Runs the analyser and the bot's article pipeline over the development set and computes the quality figures.</summary>
internal sealed class QualityFigures
{
    private QualityFigures()
    {
    }

    public int Articles { get; private set; }

    public double SubjectPrecision { get; private set; }

    public double SubjectRecall { get; private set; }

    public double RelevancePrecision { get; private set; }

    public double RelevanceRecall { get; private set; }

    public double TypeAccuracy { get; private set; }

    public double GroupingPrecision { get; private set; }

    public double GroupingRecall { get; private set; }

    public double GroupingF1 { get; private set; }

    public double RecordsAccuracy { get; private set; }

    public double DataTypesAccuracy { get; private set; }

    public int RecordsStated { get; private set; }

    public int DataTypesStated { get; private set; }

    public List<string> Errors { get; } = [];

    public static QualityFigures Compute(IReadOnlyList<DevItem> items, ArticleAnalyzer analyzer) =>
        Compute(items, i => analyzer.Analyze(i.Input));

    /// <summary>The figures for any decision function from dev item to analysis (the analyser today, a whole pipeline later).</summary>
    public static QualityFigures Compute(IReadOnlyList<DevItem> items, Func<DevItem, ArticleAnalysis> decide)
    {
        var f = new QualityFigures { Articles = items.Count };
        var results = items.Select(i => (Item: i, Result: decide(i))).ToList();
        f.Subjects(results);
        f.Relevance(results);
        f.Facts(results);
        f.Grouping(results);
        return f;
    }

    private static double Ratio(int a, int b) => b == 0 ? 1 : (double)a / b;

    private void Subjects(List<(DevItem Item, ArticleAnalysis Result)> results)
    {
        int tp = 0, predicted = 0, gold = 0;
        foreach (var (item, result) in results)
        {
            var p = result.Subjects.Select(s => s.Slug).ToHashSet();
            var g = item.Subjects.ToHashSet();
            tp += p.Intersect(g).Count();
            predicted += p.Count;
            gold += g.Count;
            if (!p.SetEquals(g))
            {
                Errors.Add($"subjects {item.Id}: expected [{string.Join(",", g)}] got [{string.Join(",", p)}]");
            }
        }

        SubjectPrecision = Ratio(tp, predicted);
        SubjectRecall = Ratio(tp, gold);
    }

    private void Relevance(List<(DevItem Item, ArticleAnalysis Result)> results)
    {
        int tp = 0, predicted = 0, gold = 0, typeRight = 0;
        foreach (var (item, result) in results)
        {
            tp += item.Relevant && result.Relevant ? 1 : 0;
            predicted += result.Relevant ? 1 : 0;
            gold += item.Relevant ? 1 : 0;
            typeRight += item.Relevant && result.Relevant && item.Type == result.Type ? 1 : 0;
            if (item.Relevant != result.Relevant)
            {
                Errors.Add($"relevance {item.Id}: expected {item.Relevant} got {result.Relevant} ({result.Score}: {string.Join("|", result.Cues)})");
            }
            else if (item.Relevant && item.Type != result.Type)
            {
                Errors.Add($"type {item.Id}: expected {item.Type} got {result.Type}");
            }
        }

        RelevancePrecision = Ratio(tp, predicted);
        RelevanceRecall = Ratio(tp, gold);
        TypeAccuracy = Ratio(typeRight, tp);
    }

    private void Facts(List<(DevItem Item, ArticleAnalysis Result)> results)
    {
        int recordsRight = 0, typesRight = 0;
        foreach (var (item, result) in results)
        {
            if (item.Records is { } expected)
            {
                RecordsStated++;
                var got = result.Facts.Records;
                if (got is { } g && Math.Abs(g - expected) <= expected / 100)
                {
                    recordsRight++;
                }
                else
                {
                    Errors.Add($"records {item.Id}: expected {expected} got {got}");
                }
            }

            if (item.DataTypes is { } types)
            {
                DataTypesStated++;
                var got = result.Facts.DataTypes;
                var missing = types.Except(got).ToList();
                var extra = got.Except(types).ToList();
                if (missing.Count == 0 && extra.Count <= 1)
                {
                    typesRight++;
                }
                else
                {
                    Errors.Add($"datatypes {item.Id}: missing [{string.Join(",", missing)}] extra [{string.Join(",", extra)}]");
                }
            }
        }

        RecordsAccuracy = Ratio(recordsRight, RecordsStated);
        DataTypesAccuracy = Ratio(typesRight, DataTypesStated);
    }

    private void Grouping(List<(DevItem Item, ArticleAnalysis Result)> results)
    {
        // The one pipeline the bot runs, as one batch in publication order over an empty incident book.
        var pipeline = new ArticlePipeline(Analyzers.Default, new CountingSummarizer());
        var ordered = results.OrderBy(r => r.Item.Input.Published ?? DateTimeOffset.MinValue).ToList();
        var batch = ordered.Select(r => (new PipelineArticle(r.Item.Id, r.Item.Input.Title ?? "", r.Item.Input.Text, r.Item.Input.Url, r.Item.Input.Source ?? "", r.Item.Input.Published), r.Result)).ToList();
        var decided = pipeline.DecideAsync(batch, new IncidentBook(IncidentGrouper.DefaultWindow), DateTimeOffset.UnixEpoch, CancellationToken.None).GetAwaiter().GetResult();
        var assigned = ordered.Select((r, i) => (r.Item, Incident: decided[i].Decision.Kind == DecisionKind.None ? (long?)null : decided[i].Decision.IncidentId)).ToList();

        var labelled = assigned.Where(a => a.Item.Incident is not null).ToList();
        int tp = 0, predicted = 0, gold = 0;
        for (var i = 0; i < labelled.Count; i++)
        {
            for (var j = i + 1; j < labelled.Count; j++)
            {
                var g = labelled[i].Item.Incident == labelled[j].Item.Incident;
                var p = labelled[i].Incident is { } a && a == labelled[j].Incident;
                tp += g && p ? 1 : 0;
                gold += g ? 1 : 0;
                predicted += p ? 1 : 0;
                if (g != p)
                {
                    Errors.Add($"grouping {labelled[i].Item.Id} ~ {labelled[j].Item.Id}: expected {(g ? "same" : "different")} ({labelled[i].Incident} vs {labelled[j].Incident})");
                }
            }
        }

        GroupingPrecision = Ratio(tp, predicted);
        GroupingRecall = Ratio(tp, gold);
        GroupingF1 = GroupingPrecision + GroupingRecall == 0 ? 0 : 2 * GroupingPrecision * GroupingRecall / (GroupingPrecision + GroupingRecall);
    }
}
