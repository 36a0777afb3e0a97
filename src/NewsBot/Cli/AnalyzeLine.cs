using System.Globalization;
using System.Text.Json;

namespace NewsBot.Cli;

/// <summary>One input line of <c>newsbot analyze</c>, checked field by field so a bad line gets an error naming the problem.</summary>
internal sealed record AnalyzeLine(string Id, string Title, string Text, string? Url, DateTimeOffset? Published, string Source)
{
    public static AnalyzeLine? Parse(string line, out string error)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            error = "not valid JSON: " + ex.Message;
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"expected a JSON object with \"id\" and \"text\", got {root.ValueKind.ToString().ToLowerInvariant()}";
                return null;
            }

            var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind is JsonValueKind.String or JsonValueKind.Number ? idValue.ToString() : "";
            if (id.Length == 0)
            {
                error = "\"id\" is missing or not a string";
                return null;
            }

            if (String(root, "text") is not { Length: > 0 } text)
            {
                error = "\"text\" is missing, empty or not a string";
                return null;
            }

            DateTimeOffset? published = null;
            if (root.TryGetProperty("published", out var date) && date.ValueKind != JsonValueKind.Null)
            {
                if (date.ValueKind != JsonValueKind.String
                    || !DateTimeOffset.TryParse(date.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    error = "\"published\" is not an ISO 8601 date";
                    return null;
                }

                published = parsed;
            }

            error = "";
            return new AnalyzeLine(id, String(root, "title") ?? "", text, String(root, "url"), published, String(root, "source") ?? "");
        }
    }

    /// <summary>The line's "id" when it has one, for the error line.</summary>
    public static string? TryReadId(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("id", out var id) ? id.ToString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
