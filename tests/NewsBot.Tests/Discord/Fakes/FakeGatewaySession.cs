namespace NewsBot.Tests.Discord.Fakes;

/// <summary>A Gateway session: its sequence counter and every dispatch sent, for replay on RESUME.</summary>
public sealed class FakeGatewaySession(string id)
{
    public string Id { get; } = id;

    public long Sequence { get; set; }

    public List<(long Sequence, string Json)> Events { get; } = [];
}
