using System.Reflection;
using BenchmarkDotNet.Running;

// On demand, never in CI: dotnet run -c Release --project benchmarks/NewsBot.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args);
