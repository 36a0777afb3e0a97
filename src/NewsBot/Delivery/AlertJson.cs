using System.Text.Json;
using System.Text.Json.Serialization;
using NewsBot.Chat;

namespace NewsBot.Delivery;

/// <summary>
/// The one JSON shape of an <see cref="Alert"/> in <c>outbox.payload</c>: web defaults (camelCase) with
/// enums as strings, so rows stay readable and survive reordering of enum members.
/// </summary>
public static class AlertJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(Alert alert) => JsonSerializer.Serialize(alert, Options);

    public static Alert Deserialize(string json) =>
        JsonSerializer.Deserialize<Alert>(json, Options) ?? throw new JsonException("Outbox payload is null.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
