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
    // The standard sortable format ("s") is the same text without the zone and is written without a format parser.
    public static string? Instant(DateTimeOffset? instant) =>
        instant is { } value ? value.UtcDateTime.ToString("s", System.Globalization.CultureInfo.InvariantCulture) + "Z" : null;
}
