using System.Net;
using System.Text;

namespace NewsBot.Tests.Telegram.Fakes;

/// <summary>Answers every request with one fixed status and body (for replies no real server would give).</summary>
public sealed class StubHandler(HttpStatusCode status, string body) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
}
