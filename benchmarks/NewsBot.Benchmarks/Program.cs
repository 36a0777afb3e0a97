using System.Reflection;
using BenchmarkDotNet.Running;

// On demand, never in CI: dotnet run -c Release --project benchmarks/NewsBot.Benchmarks -- --filter '*'
// (The executing assembly, not typeof(Program): NewsBot's own top-level Program is visible here through InternalsVisibleTo.)
BenchmarkSwitcher.FromAssembly(Assembly.GetExecutingAssembly()).Run(args);
