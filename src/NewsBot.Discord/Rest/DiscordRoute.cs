namespace NewsBot.Discord.Rest;

/// <summary>
/// One REST call: <paramref name="Template"/> names the route for rate limits and logs (never holds tokens),
/// <paramref name="MajorId"/> is the top-level resource (channel, guild, application or interaction id),
/// <paramref name="Path"/> is the real relative path.
/// </summary>
public sealed record DiscordRoute(HttpMethod Method, string Template, string MajorId, string Path, bool IsInteraction = false)
{
    /// <summary>Key before Discord told us the bucket hash: method + template + major id.</summary>
    public string Key => $"{Method.Method} {Template} {MajorId}";

    public override string ToString() => $"{Method.Method} {Template}";
}
