using BenchmarkDotNet.Running;
using NewsBot.Benchmarks.DeliveryFanOut;

// dotnet run -c Release --project benchmarks/NewsBot.Benchmarks -- --fanout [options]   delivery fan-out harness
// dotnet run -c Release --project benchmarks/NewsBot.Benchmarks -- [BenchmarkDotNet args]  micro-benchmarks
if (args.Length > 0 && args[0] == "--fanout")
{
    return await FanOutHarness.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(FanOutHarness).Assembly).Run(args);
return 0;
