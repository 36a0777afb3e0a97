using System.Net;
using Microsoft.AspNetCore.Http;
using NewsBot.Feeds.Fetching;

namespace NewsBot.Tests.Feeds.Fetching;

/// <summary>
/// The SSRF list: every URL is refused and the loopback listener sees no connection. Nothing is allowed to be
/// private here; names resolve through a test table (never real DNS), private targets are only ever refused.
/// </summary>
public sealed class SsrfGuardTests
{
    private static readonly Dictionary<string, IPAddress[]> Dns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["localhost"] = [IPAddress.Loopback],
        ["foo.localhost"] = [IPAddress.Loopback],
        ["intranet.example"] = [IPAddress.Parse("10.0.0.1")],
        ["rebind.example"] = [IPAddress.Loopback],
        ["mixed.example"] = [IPAddress.Parse("93.184.216.34"), IPAddress.Loopback],
        ["metadata.example"] = [IPAddress.Parse("169.254.169.254")],
        ["mapped.example"] = [IPAddress.Parse("::ffff:127.0.0.1")],
    };

    public static TheoryData<string> RefusedUrls => new()
    {
        "http://127.0.0.1:{port}/", "http://127.1:{port}/", "http://2130706433:{port}/", "http://0x7f000001:{port}/",
        "http://0177.0.0.1:{port}/", "http://127.0.0.1.:{port}/", "http://[::1]:{port}/", "http://[::ffff:127.0.0.1]:{port}/",
        "http://[::ffff:7f00:1]:{port}/", "http://0.0.0.0:{port}/", "http://[::]:{port}/", "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/", "http://10.0.0.1/", "http://172.16.0.1/", "http://192.168.1.1/", "http://[fc00::1]/", "http://[fe80::1]/",
        "http://[64:ff9b::a00:1]/", "http://localhost:{port}/", "http://foo.localhost:{port}/", "http://intranet.example/",
        "http://rebind.example:{port}/", "http://mixed.example:{port}/", "http://metadata.example/", "http://mapped.example:{port}/",
        "http://unresolvable.example/", "http://user@127.0.0.1:{port}/", "http://user:pass@localhost:{port}/", "ftp://127.0.0.1/",
        "file:///etc/passwd", "gopher://127.0.0.1:70/", "http://public.example:22/", "http://public.example:25/", "http://public.example:6379/",
    };

    [Theory]
    [MemberData(nameof(RefusedUrls))]
    public async Task FetchAsync_SsrfTarget_IsRefusedWithoutConnecting(string template)
    {
        // Arrange
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("<rss/>"));
        var url = new Uri(template.Replace("{port}", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        using var fetcher = FetcherFactory.Create(new FetchOptions(), Dns);

        // Act
        var result = await fetcher.FetchAsync(url, null, CancellationToken.None);

        // Assert
        Assert.NotNull(result.Failure);
        Assert.Null(result.Body);
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public async Task FetchAsync_AllowedPrivateHost_IsFetched()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("<rss/>"));
        using var fetcher = FetcherFactory.Create(FetcherFactory.Loopback());

        var result = await fetcher.FetchAsync(server.Url("/feed"), null, CancellationToken.None);

        Assert.Null(result.Failure);
        Assert.Equal(1, server.Requests);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.0.1", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("100.128.0.1", true)]
    [InlineData("169.254.169.254", false)]
    [InlineData("198.18.0.1", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("255.255.255.255", false)]
    [InlineData("0.1.2.3", false)]
    [InlineData("8.8.8.8", true)]
    [InlineData("93.184.216.34", true)]
    [InlineData("::1", false)]
    [InlineData("::", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("::ffff:8.8.8.8", true)]
    [InlineData("::7f00:1", false)]
    [InlineData("64:ff9b::a00:1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("ff02::1", false)]
    [InlineData("2001:db8::1", false)]
    [InlineData("2606:4700:4700::1111", true)]
    public void IsPublic_Address_MatchesSpecialPurposeRegistry(string address, bool expected)
    {
        Assert.Equal(expected, AddressPolicy.IsPublic(IPAddress.Parse(address)));
    }
}
