using System.Diagnostics;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NewsBot.Analysis;
using NewsBot.Companies;

namespace NewsBot.Benchmarks.Analysis;

/// <summary>
/// Company matching plus privacy relevance of a 4 KB article against 500 companies / 3,000 aliases:
/// the analyser's single Aho–Corasick pass versus a baseline of one compiled Regex per alias (and per cue).
/// Pinned to one core (processor affinity 1).
/// </summary>
[Config(typeof(Config))]
public class MatchingBenchmarks
{
    private ArticleAnalyzer _analyzer = null!;
    private Regex[] _aliasRegexes = [];
    private Regex[] _cueRegexes = [];
    private string _article = "";

    [GlobalSetup]
    public void Setup()
    {
        // One core, as the target says (affinity mask 1 = first core); the in-process run inherits it.
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            Process.GetCurrentProcess().ProcessorAffinity = 1;
        }

        var companies = SyntheticCatalogue.Companies(500);
        _article = SyntheticCatalogue.Article(companies, named: 6);
        _analyzer = new ArticleAnalyzer(new CompanyCatalog(companies));
        var aliases = companies.SelectMany(c => new[] { c.Name }.Concat(c.Aliases).Concat(c.CapsAliases).Concat(c.Products)).ToList();
        _aliasRegexes = [.. aliases.Select(a => new Regex(@"\b" + Regex.Escape(a) + @"\b", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant))];
        var cues = CueForms();
        _cueRegexes = [.. cues.Select(c => new Regex(@"\b" + Regex.Escape(c) + @"\b", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant))];
        if (_aliasRegexes.Length != 3_000)
        {
            throw new InvalidOperationException($"Expected 3,000 aliases, got {_aliasRegexes.Length}.");
        }
    }

    [Benchmark(Description = "Aho-Corasick: companies + relevance")]
    public int SinglePass()
    {
        var (companies, relevant) = _analyzer.MatchAndClassify("Data pengguna diduga bocor", _article);
        return companies + (relevant ? 1 : 0);
    }

    [Benchmark(Baseline = true, Description = "Baseline: one compiled Regex per alias and cue")]
    public int RegexPerAlias()
    {
        var found = 0;
        foreach (var regex in _aliasRegexes)
        {
            found += regex.Count(_article);
        }

        var cues = 0;
        foreach (var regex in _cueRegexes)
        {
            cues += regex.Count(_article);
        }

        return found + (cues >= 2 ? 1 : 0);
    }

    private static List<string> CueForms()
    {
        var assembly = typeof(ArticleAnalyzer).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Analysis.Data.cues.tsv", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        var forms = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                forms.Add(line.Split('\t')[0]);
            }
        }

        return forms;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // In process: the generated-project build times out on a busy machine. One core: see Setup.
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(StatisticColumn.OperationsPerSecond);
        }
    }
}
