namespace NewsBot.Tests.Discord.Fakes;

public sealed record FakeFault(int Status, string? Json, IReadOnlyDictionary<string, string> Headers)
{
    public static FakeFault RateLimited(double retryAfter, bool global, string bucket = "messages") => new(
        429,
        $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"global":{{(global ? "true" : "false")}}}""",
        global
            ? new Dictionary<string, string> { ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global", ["Retry-After"] = "1" }
            : new Dictionary<string, string> { ["X-RateLimit-Bucket"] = bucket, ["X-RateLimit-Limit"] = "5", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture), ["X-RateLimit-Scope"] = "user", ["Retry-After"] = "1" });

    public static FakeFault ServerError() => new(502, """{"message":"Bad Gateway","code":0}""", new Dictionary<string, string>());
}
