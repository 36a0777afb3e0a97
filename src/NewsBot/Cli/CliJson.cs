using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsBot.Cli;

/// <summary>JSON-lines output of the command-line verbs: camelCase keys, nulls written, readable Indonesian text.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Line<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>ISO 8601 UTC ("2020-05-02T06:43:00Z") or null.</summary>
    public static string? Instant(DateTimeOffset? instant) =>
        instant?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
