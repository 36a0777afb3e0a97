using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace NewsBot.Telegram;

/// <summary>
/// Typed client for the Telegram Bot API. Every method is a JSON POST to <c>{base}/bot{token}/{method}</c>;
/// the envelope is decoded into the result or a <see cref="TelegramApiException"/>, transport failures
/// become <see cref="TelegramRequestException"/>. No message produced here contains the token.
/// </summary>
public sealed partial class TelegramBotClient(HttpClient http, TelegramBotClientOptions options)
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };
    private static readonly object EmptyArguments = new Dictionary<string, object>();

    /// <summary>Calls <paramref name="method"/> and decodes its result; null when Telegram (or an emulator) returns null.</summary>
    public async Task<TResult?> CallAsync<TResult>(string method, object? arguments, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        arguments ??= EmptyArguments;
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(arguments, arguments.GetType(), TelegramJson.Options);
        using var request = new HttpRequestMessage(HttpMethod.Post, options.MethodUri(method));
        request.Content = new ByteArrayContent(json);
        request.Content.Headers.ContentType = JsonMediaType;

        HttpStatusCode status;
        byte[] body;
        try
        {
            using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            status = response.StatusCode;
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new TelegramRequestException(method, Redact($"Telegram {method} request failed ({ex.GetType().Name}, {ex.HttpRequestError}): {ex.Message}"), isTimeout: false, ex.HttpRequestError);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TelegramRequestException(method, Redact($"Telegram {method} request timed out ({ex.GetType().Name})."), isTimeout: true, HttpRequestError.Unknown);
        }

        return Decode<TResult>(method, status, body);
    }

    private TResult? Decode<TResult>(string method, HttpStatusCode status, byte[] body)
    {
        ApiResponse? envelope = null;
        try
        {
            envelope = JsonSerializer.Deserialize<ApiResponse>(body, TelegramJson.Options);
        }
        catch (JsonException)
        {
            // Not JSON at all (proxy error page, emulator 500): reported below with the HTTP status.
        }

        if (envelope?.Ok is not bool ok)
        {
            throw new TelegramApiException(method, (int)status, Redact($"Not a Bot API response (HTTP {(int)status}): {Snippet(body)}"));
        }

        if (!ok)
        {
            int code = envelope.ErrorCode ?? (int)status;
            TimeSpan? retryAfter = envelope.Parameters?.RetryAfter is int seconds ? TimeSpan.FromSeconds(seconds) : null;
            throw new TelegramApiException(method, code, Redact(envelope.Description ?? "(no description)"), retryAfter, envelope.Parameters?.MigrateToChatId);
        }

        if (envelope.Result.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return default;
        }

        try
        {
            return envelope.Result.Deserialize<TResult>(TelegramJson.Options);
        }
        catch (JsonException ex)
        {
            throw new TelegramApiException(method, (int)status, Redact($"Unexpected result shape: {ex.Message}"));
        }
    }

    private string Redact(string text) => TokenRedactor.Redact(text, options.Token);

    private static string Snippet(byte[] body)
    {
        string text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200));
        return text.ReplaceLineEndings(" ");
    }
}
