using BenchmarkDotNet.Running;

// On demand, never in CI: dotnet run -c Release --project benchmarks/NewsBot.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
