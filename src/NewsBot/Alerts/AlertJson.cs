using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsBot.Alerts;

/// <summary>
/// The JSON shapes of <c>outbox.payload</c>: an <see cref="Alert"/>, or an <see cref="AlertDigest"/> for digest
/// rows. Web defaults (camelCase) with enums as strings, so rows stay readable and survive reordering of enum members.
/// </summary>
public static class AlertJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(Alert alert) => JsonSerializer.Serialize(alert, Options);

    public static string Serialize(AlertDigest digest) => JsonSerializer.Serialize(digest, Options);

    public static Alert Deserialize(string json) =>
        JsonSerializer.Deserialize<Alert>(json, Options) ?? throw new JsonException("Outbox payload is null.");

    public static AlertDigest DeserializeDigest(string json) =>
        JsonSerializer.Deserialize<AlertDigest>(json, Options) is { Alerts.Count: > 0 } digest
            ? digest
            : throw new JsonException("Digest payload is null or empty.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
