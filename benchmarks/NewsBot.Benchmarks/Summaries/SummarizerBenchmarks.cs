using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using NewsBot.Analysis;
using NewsBot.Summaries;

namespace NewsBot.Benchmarks.Summaries;

/// <summary>
/// Extractive summarizer throughput on IndoSum tune articles read from ../shared/corpora (not copied into the repo).
/// Each invocation summarises <see cref="Articles"/> articles, so Mean is the time per article: articles/s = 1 s / Mean.
/// </summary>
[MemoryDiagnoser]
public class SummarizerBenchmarks
{
    private const int Articles = 200;

    private readonly ExtractiveSummarizer _summarizer = new(Options.Create(new SummaryOptions()));
    private List<SummaryRequest> _requests = [];
    private List<List<string>> _sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        var lines = File.ReadLines(Path.Combine(FindShared(), "corpora", "indosum", "tune-01.jsonl")).Take(Articles).ToList();
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var paragraphs = doc.RootElement.GetProperty("paragraphs").EnumerateArray()
                .Select(p => p.EnumerateArray().Select(s => string.Join(' ', s.EnumerateArray().Select(t => t.GetString()))).ToList())
                .ToList();
            _sentences.Add(paragraphs.SelectMany(p => p).ToList());
            var text = string.Join("\n\n", paragraphs.Select(p => string.Join(' ', p)));
            _requests.Add(new SummaryRequest(string.Empty, text, "id", [], [], IncidentType.Other, IncidentFacts.None, null));
        }
    }

    /// <summary>The chat path: clean, split, rank, fit 3 sentences into 500 characters.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int SummarizeFullText()
    {
        var total = 0;
        foreach (var request in _requests)
        {
            total += _summarizer.Summarize(request).Length;
        }

        return total;
    }

    /// <summary>The evaluation path: pre-split sentences, 3 sentences, no length bound.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int SummarizePreSplit()
    {
        var total = 0;
        foreach (var sentences in _sentences)
        {
            total += ExtractiveSummarizer.Summarize(sentences, title: null, 3).Count;
        }

        return total;
    }

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsBot.sln")))
            {
                return Path.Combine(dir.FullName, "..", "shared");
            }
        }

        throw new DirectoryNotFoundException("NewsBot.sln not found above " + AppContext.BaseDirectory);
    }
}
