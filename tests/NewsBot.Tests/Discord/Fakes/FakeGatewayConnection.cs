using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NewsBot.Tests.Discord.Fakes;

internal sealed class FakeGatewayConnection(WebSocket socket, HttpContext context) : IDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public WebSocket Socket { get; } = socket;

    public HttpContext Context { get; } = context;

    public FakeGatewaySession? Session { get; set; }

    public bool IsOpen => Socket.State == WebSocketState.Open && !Closed;

    /// <summary>Set once the fake sent a close frame: nothing more is sent, so a late reset cannot eat the close.</summary>
    public bool Closed { get; private set; }

    /// <summary>Sends one message, optionally split into frames of <paramref name="chunk"/> bytes.</summary>
    public async Task SendAsync(string json, int chunk = int.MaxValue)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        await _sendLock.WaitAsync();
        try
        {
            if (Closed)
            {
                return;
            }

            for (var offset = 0; offset < bytes.Length; offset += chunk)
            {
                var count = Math.Min(chunk, bytes.Length - offset);
                await Socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count >= bytes.Length, CancellationToken.None);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync();
        try
        {
            Closed = true;
            await Socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task<string?> ReceiveAsync()
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await Socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }

    public void Dispose()
    {
        // Wait for a send or close in progress so its Release never hits a disposed semaphore.
        _sendLock.Wait(TimeSpan.FromSeconds(2));
        _sendLock.Dispose();
    }
}
