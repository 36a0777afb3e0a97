using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NewsBot.Alerts;
using NewsBot.Chat;
using NewsBot.Delivery;

namespace NewsBot.Benchmarks.DeliveryFanOut;

/// <summary>
/// A Telegram-shaped platform with no limiter at all: measures the dispatcher, HTTP and SQLite path alone
/// ("limits off").
/// </summary>
internal sealed class BareHttpPlatform(HttpClient http, Uri baseUrl, string name) : IChatPlatform
{
    private readonly Uri _send = new(baseUrl, "botbench/sendMessage");

    public string Name => name;

    public Task<SendOutcome> SendAlertAsync(ChatAddress chat, Alert alert, string deliveryKey, CancellationToken cancellationToken) =>
        SendAsync(chat, alert.Title, deliveryKey, cancellationToken);

    public Task<SendOutcome> SendDigestAsync(ChatAddress chat, AlertDigest digest, string deliveryKey, CancellationToken cancellationToken) =>
        SendAsync(chat, AlertText.DigestHeading(digest), deliveryKey, cancellationToken);

    private async Task<SendOutcome> SendAsync(ChatAddress chat, string title, string deliveryKey, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.PostAsJsonAsync(_send, new { chat_id = long.Parse(chat.ExternalId, CultureInfo.InvariantCulture), text = title + " " + deliveryKey }, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return SendOutcome.RateLimited(TimeSpan.FromSeconds(1));
            }

            if (!response.IsSuccessStatusCode)
            {
                return SendOutcome.Retry(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
            }

            var json = await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken);
            return SendOutcome.Sent(json?["result"]?["message_id"]?.ToJsonString());
        }
        catch (HttpRequestException ex)
        {
            return SendOutcome.Retry(ex.GetType().Name);
        }
    }
}
