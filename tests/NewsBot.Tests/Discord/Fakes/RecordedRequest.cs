namespace NewsBot.Tests.Discord.Fakes;

public sealed record RecordedRequest(string Method, string Path, string? Authorization, string? UserAgent, string? Body, int Status, TimeSpan At);
