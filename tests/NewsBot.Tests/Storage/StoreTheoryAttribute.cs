using NewsBot.Storage;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace NewsBot.Tests.Storage;

/// <summary>
/// A theory whose every data row runs once per storage provider, like <see cref="StoreFactAttribute"/>. Rows must be
/// serializable (inline data), so that each row and provider is its own test case.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("NewsBot.Tests.Storage.StoreTheoryDiscoverer", "NewsBot.Tests")]
public sealed class StoreTheoryAttribute : TheoryAttribute;

public sealed class StoreTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow) =>
        Enum.GetValues<StorageProvider>().Select(provider => new ProviderTestCase(
            DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, provider, dataRow));

    protected override IEnumerable<IXunitTestCase> CreateTestCasesForTheory(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        [new ExecutionErrorTestCase(
            DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod,
            "A [StoreTheory] needs serializable data rows, each run once per storage provider.")];
}
