namespace NewsBot.Tests.Discord.Fakes;

public sealed class FakeInteraction(string id, string token, DateTimeOffset createdAt)
{
    public string Id { get; } = id;

    public string Token { get; } = token;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public bool Answered { get; set; }

    public int? CallbackType { get; set; }
}
