using BenchmarkDotNet.Running;
using NewsBot.Benchmarks.Summaries;

// Run one group: dotnet run -c Release --project benchmarks/NewsBot.Benchmarks -- --filter '*Summarizer*'
BenchmarkSwitcher.FromAssembly(typeof(SummarizerBenchmarks).Assembly).Run(args);
