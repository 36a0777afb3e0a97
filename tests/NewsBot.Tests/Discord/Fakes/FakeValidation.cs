using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsBot.Tests.Discord.Fakes;

/// <summary>The documented Discord limits the fake enforces with 400 / 50035, as Discord would.</summary>
internal static partial class FakeValidation
{
    private static readonly HashSet<string> Locales = ["id", "en-US", "en-GB"];

    public static string? Message(JsonElement body)
    {
        if (Text(body, "content") > 2000)
        {
            return "content longer than 2000";
        }

        if (!body.TryGetProperty("embeds", out var embeds))
        {
            return null;
        }

        if (embeds.GetArrayLength() > 10)
        {
            return "more than 10 embeds";
        }

        var total = 0;
        foreach (var embed in embeds.EnumerateArray())
        {
            if (Text(embed, "title") > 256 || Text(embed, "description") > 4096)
            {
                return "embed title or description too long";
            }

            var footer = embed.TryGetProperty("footer", out var f) ? Text(f, "text") : 0;
            if (footer > 2048)
            {
                return "embed footer too long";
            }

            total += Text(embed, "title") + Text(embed, "description") + footer;
            if (embed.TryGetProperty("fields", out var fields))
            {
                if (fields.GetArrayLength() > 25)
                {
                    return "more than 25 fields";
                }

                foreach (var field in fields.EnumerateArray())
                {
                    if (Text(field, "name") is 0 or > 256 || Text(field, "value") is 0 or > 1024)
                    {
                        return "field name or value out of range";
                    }

                    total += Text(field, "name") + Text(field, "value");
                }
            }
        }

        return total > 6000 ? "embeds longer than 6000 in total" : null;
    }

    public static string? Commands(JsonElement commands)
    {
        foreach (var command in commands.EnumerateArray())
        {
            if (Invalid(command))
            {
                return "invalid command " + command.GetProperty("name").GetString();
            }

            if (command.TryGetProperty("default_member_permissions", out var p) && p.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return "default_member_permissions must be a string";
            }

            if (command.TryGetProperty("options", out var options))
            {
                var optional = false;
                foreach (var option in options.EnumerateArray())
                {
                    var required = option.TryGetProperty("required", out var r) && r.GetBoolean();
                    if (Invalid(option) || (required && optional))
                    {
                        return "invalid option";
                    }

                    optional |= !required;
                }
            }
        }

        return null;
    }

    private static bool Invalid(JsonElement item)
    {
        var names = new List<string> { item.GetProperty("name").GetString() ?? "" };
        var descriptions = new List<string> { item.GetProperty("description").GetString() ?? "" };
        foreach (var (property, list) in new[] { ("name_localizations", names), ("description_localizations", descriptions) })
        {
            if (item.TryGetProperty(property, out var localized) && localized.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in localized.EnumerateObject())
                {
                    if (!Locales.Contains(entry.Name))
                    {
                        return true;
                    }

                    list.Add(entry.Value.GetString() ?? "");
                }
            }
        }

        return names.Any(n => !NamePattern().IsMatch(n) || !string.Equals(n, n.ToLowerInvariant(), StringComparison.Ordinal)) || descriptions.Any(d => d.Length is 0 or > 100);
    }

    private static int Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Length : 0;

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();
}
