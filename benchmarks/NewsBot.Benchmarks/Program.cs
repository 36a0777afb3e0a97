using System.Reflection;
using BenchmarkDotNet.Running;
using NewsBot.Benchmarks.DeliveryFanOut;
using NewsBot.Benchmarks.Feeds.Damage;
using NewsBot.Benchmarks.Feeds.Libraries;
using NewsBot.Benchmarks.Polling;
using NewsBot.Benchmarks.Search;

// On demand, never in CI: dotnet run -c Release --project benchmarks/NewsBot.Benchmarks -- --filter '*'
// Delivery fan-out harness: dotnet run -c Release --project benchmarks/NewsBot.Benchmarks -- --fanout [options]
if (args.Length > 0 && args[0] == "--fanout")
{
    return await FanOutHarness.RunAsync(args[1..]);
}

// Damaged feeds, newsbot against feedparser: dotnet run -c Release --project benchmarks/NewsBot.Benchmarks -- --damaged-feeds [--seed 1] [--count 1300]
if (args.Length > 0 && args[0] == "--damaged-feeds")
{
    return await DamagedFeedRun.RunAsync(args[1..]);
}

// Feed libraries against the own parser: dotnet run -c Release --project benchmarks/NewsBot.Benchmarks -- --feed-libraries
if (args.Length > 0 && args[0] == "--feed-libraries")
{
    return FeedLibraryRun.Run();
}

// History and search: dotnet run -c Release --project benchmarks/NewsBot.Benchmarks -- --search [--seed N] [--queries N]
if (args.Length > 0 && args[0] == "--search")
{
    return await SearchBenchmark.RunAsync(args[1..]);
}

// Polling at scale against a loopback feed farm: dotnet run -c Release --project benchmarks/NewsBot.Benchmarks -- --polling [--feeds 1000] [--interval 00:02:00] [--intervals 3]
if (args.Length > 0 && args[0] == "--polling")
{
    return await PollingHarness.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args);
return 0;
