using System.Net;
using Microsoft.Extensions.Options;

namespace NewsBot.Observability;

/// <summary>
/// `newsbot health --http`: asks the running bot's own /healthz, for container health checks (the runtime image has no
/// curl). A wildcard listen address is probed on loopback.
/// </summary>
public static class HealthProbe
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter error)
    {
        var options = services.GetRequiredService<IOptions<HealthOptions>>().Value;
        if (!options.Enabled || options.Port == 0)
        {
            await error.WriteLineAsync("newsbot health: the health endpoint is off (Health:Enabled false or Health:Port 0)");
            return 1;
        }

        var address = IPAddress.Parse(options.Address);
        var host = address.Equals(IPAddress.Any) ? IPAddress.Loopback : address.Equals(IPAddress.IPv6Any) ? IPAddress.IPv6Loopback : address;
        var url = new UriBuilder("http", host.ToString(), options.Port, "/healthz").Uri;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(url);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return 0;
            }

            await error.WriteLineAsync($"newsbot health: {url} answered {(int)response.StatusCode}");
            return 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"newsbot health: {url} did not answer: {ex.Message}");
            return 1;
        }
    }
}
