using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsBot.Tests.Telegram.Fakes;

public sealed partial class FakeBotApi
{
    private Task<(int, JsonNode)> DispatchAsync(string method, JsonElement body, CancellationToken ct) => method switch
    {
        "getme" => Task.FromResult(Ok(new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "NewsBot", ["username"] = BotUsername })),
        "getupdates" => GetUpdatesAsync(body, ct),
        "sendmessage" => Task.FromResult(SendMessage(body)),
        "editmessagetext" => Task.FromResult(EditMessageText(body)),
        "answercallbackquery" => Task.FromResult(Ok(true)),
        "setmycommands" => Task.FromResult(SetMyCommands(body)),
        "getchatmember" => Task.FromResult(GetChatMember(body)),
        "setwebhook" => Task.FromResult(SetWebhook(body)),
        "deletewebhook" => Task.FromResult(DeleteWebhook()),
        "getwebhookinfo" => Task.FromResult(Ok(new JsonObject { ["url"] = WebhookUrl ?? "", ["has_custom_certificate"] = false, ["pending_update_count"] = PendingUpdates })),
        _ => Task.FromResult<(int, JsonNode)>((404, new JsonObject { ["ok"] = false, ["error_code"] = 404, ["description"] = "Not Found" })),
    };

    private async Task<(int, JsonNode)> GetUpdatesAsync(JsonElement body, CancellationToken ct)
    {
        if (WebhookUrl is not null)
        {
            return Error(new FakeFailure(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"));
        }

        if (Interlocked.Exchange(ref _polling, 1) == 1)
        {
            return Error(new FakeFailure(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"));
        }

        try
        {
            long offset = Long(body, "offset") ?? 0;
            int limit = (int)(Long(body, "limit") ?? 100);
            TimeSpan wait = TimeSpan.FromSeconds(Long(body, "timeout") ?? 0);
            wait = wait < MaxPollWait ? wait : MaxPollWait;
            JsonArray batch = Take(offset, limit);
            if (batch.Count == 0 && wait > TimeSpan.Zero)
            {
                await _updateArrived.WaitAsync(wait, ct);
                batch = Take(offset, limit);
            }

            return Ok(batch);
        }
        finally
        {
            Volatile.Write(ref _polling, 0);
        }
    }

    private JsonArray Take(long offset, int limit)
    {
        lock (_updatesGate)
        {
            // An offset confirms (forgets) every earlier update, as Telegram does.
            _updates.RemoveAll(u => (long)u["update_id"]! < offset);
            return new JsonArray(_updates.Take(limit).Select(u => u.DeepClone()).ToArray());
        }
    }

    private (int, JsonNode) SendMessage(JsonElement body)
    {
        if (Long(body, "chat_id") is not long chatId)
        {
            return BadRequest("chat_id is empty");
        }

        if (_failures.TryGetValue(chatId, out var queue) && queue.TryDequeue(out FakeFailure? failure))
        {
            return Error(failure);
        }

        if (RateGate?.TryPass(chatId, TimeProvider.System.GetUtcNow()) is int retryAfter)
        {
            return Error(FakeFailure.TooManyRequests(retryAfter));
        }

        (string? visible, string? error) = CheckText(body);
        if (error is not null)
        {
            return BadRequest(error);
        }

        return Ok(new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _nextMessageId),
            ["date"] = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < 0 ? "supergroup" : "private" },
            ["text"] = visible,
        });
    }

    private static (int, JsonNode) EditMessageText(JsonElement body)
    {
        (string? visible, string? error) = CheckText(body);
        return error is not null
            ? BadRequest(error)
            : Ok(new JsonObject
            {
                ["message_id"] = Long(body, "message_id") ?? 0,
                ["date"] = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds(),
                ["chat"] = new JsonObject { ["id"] = Long(body, "chat_id") ?? 0, ["type"] = "private" },
                ["text"] = visible,
            });
    }

    /// <summary>Validates text, parse mode and inline keyboard like Telegram; returns the visible text or an error.</summary>
    private static (string? Visible, string? Error) CheckText(JsonElement body)
    {
        string text = body.TryGetProperty("text", out JsonElement t) ? t.GetString() ?? "" : "";
        string visible = text;
        if (body.TryGetProperty("parse_mode", out JsonElement mode) && string.Equals(mode.GetString(), "HTML", StringComparison.OrdinalIgnoreCase))
        {
            TelegramHtmlResult parsed = TelegramHtmlParser.Parse(text);
            if (!parsed.Ok)
            {
                return (null, "can't parse entities: " + parsed.Error);
            }

            visible = parsed.VisibleText;
        }

        if (visible.Trim().Length == 0)
        {
            return (null, "message text is empty");
        }

        if (visible.Length > 4096)
        {
            return (null, "message is too long");
        }

        if (body.TryGetProperty("reply_markup", out JsonElement markup) && markup.TryGetProperty("inline_keyboard", out JsonElement rows))
        {
            foreach (JsonElement button in rows.EnumerateArray().SelectMany(r => r.EnumerateArray()))
            {
                bool hasUrl = button.TryGetProperty("url", out _);
                bool hasData = button.TryGetProperty("callback_data", out JsonElement data);
                if (hasUrl == hasData || (hasData && Encoding.UTF8.GetByteCount(data.GetString() ?? "") is 0 or > 64))
                {
                    return (null, "BUTTON_DATA_INVALID");
                }
            }
        }

        return (visible, null);
    }

    private static (int, JsonNode) SetMyCommands(JsonElement body)
    {
        if (!body.TryGetProperty("commands", out JsonElement commands) || commands.GetArrayLength() > 100)
        {
            return BadRequest("commands must be a list of at most 100");
        }

        foreach (JsonElement command in commands.EnumerateArray())
        {
            string name = command.GetProperty("command").GetString() ?? "";
            string description = command.GetProperty("description").GetString() ?? "";
            if (!CommandName().IsMatch(name) || description.Length is 0 or > 256)
            {
                return BadRequest("BOT_COMMAND_INVALID");
            }
        }

        return Ok(true);
    }

    private (int, JsonNode) GetChatMember(JsonElement body)
    {
        long chatId = Long(body, "chat_id") ?? 0;
        long userId = Long(body, "user_id") ?? 0;
        string status = _members.TryGetValue((chatId, userId), out string? s) ? s : "member";
        var member = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "User" },
            ["status"] = status,
        };
        if (status == "restricted")
        {
            member["is_member"] = true;
        }

        return Ok(member);
    }

    private (int, JsonNode) SetWebhook(JsonElement body)
    {
        string url = body.TryGetProperty("url", out JsonElement u) ? u.GetString() ?? "" : "";
        WebhookUrl = url.Length == 0 ? null : url;
        WebhookSecret = body.TryGetProperty("secret_token", out JsonElement s) ? s.GetString() : null;
        return Ok(true);
    }

    private (int, JsonNode) DeleteWebhook()
    {
        WebhookUrl = null;
        WebhookSecret = null;
        return Ok(true);
    }

    private static long? Long(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
