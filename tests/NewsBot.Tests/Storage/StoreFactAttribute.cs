using NewsBot.Storage;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace NewsBot.Tests.Storage;

/// <summary>
/// A fact that runs once per storage provider: SQLite, and PostgreSQL (skipped with the reason when no test server
/// is configured outside CI, see <see cref="TestPostgres"/>). The test reads its provider through <see cref="TestStore"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("NewsBot.Tests.Storage.StoreFactDiscoverer", "NewsBot.Tests")]
public sealed class StoreFactAttribute : FactAttribute;

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        Enum.GetValues<StorageProvider>().Select(provider => new ProviderTestCase(
            diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, provider));
}

/// <summary>One provider's run of a <see cref="StoreFactAttribute"/> test.</summary>
public sealed class ProviderTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ProviderTestCase()
    {
    }

    public ProviderTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod, StorageProvider provider, object[]? arguments = null)
        : base(sink, display, displayOptions, testMethod, arguments) => Provider = provider;

    public StorageProvider Provider { get; private set; }

    public override async Task<RunSummary> RunAsync(
        IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
    {
        TestStore.Current = Provider;
        return await base.RunAsync(diagnosticMessageSink, messageBus, constructorArguments, aggregator, cancellationTokenSource);
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue(nameof(Provider), Provider.ToString());
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        Provider = Enum.Parse<StorageProvider>(data.GetValue<string>(nameof(Provider)));
        base.Deserialize(data);
    }

    protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) =>
        $"{base.GetDisplayName(factAttribute, displayName)} [{Provider}]";

    protected override string? GetSkipReason(IAttributeInfo factAttribute) =>
        base.GetSkipReason(factAttribute) ?? (Provider == StorageProvider.Postgres ? TestPostgres.SkipReason : null);

    protected override string GetUniqueID() => $"{base.GetUniqueID()}-{Provider}";
}
