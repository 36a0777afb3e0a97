using System.Runtime.InteropServices;
using System.Text;

namespace NewsBot.Cli;

/// <summary>
/// Reads whole local files for `feed parse` into one reused buffer. On Linux it asks the C library directly: open,
/// read to the end, close. File.ReadAllBytes also checks the file twice with fstat and wraps the descriptor in a
/// SafeFileHandle; on this kind of virtual machine a system call costs microseconds, and over the 2,647 files of the
/// parse-speed corpus that was half the time spent reading. Whatever the direct path cannot read (another system, an
/// error of any kind) is read again by File.ReadAllBytes, so failures are reported exactly as before.
/// </summary>
internal sealed class LocalFileReader
{
    private const int ReadOnlyCloseOnExec = 0x80000; // O_RDONLY | O_CLOEXEC, the same value on every Linux architecture .NET runs on.

    private static bool s_direct = OperatingSystem.IsLinux();

    private byte[] _buffer = new byte[64 * 1024];

    /// <summary>The file's bytes; valid until the next call.</summary>
    public ReadOnlySpan<byte> Read(string path) =>
        s_direct && TryReadDirect(path, out var length) ? _buffer.AsSpan(0, length) : File.ReadAllBytes(path);

    private bool TryReadDirect(string path, out int length)
    {
        length = 0;
        if (path.Contains('\0', StringComparison.Ordinal))
        {
            return false;
        }

        var name = Encoding.UTF8.GetBytes(path + "\0");
        int descriptor;
        try
        {
            descriptor = Native.Open(ref name[0], ReadOnlyCloseOnExec);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            s_direct = false;
            return false;
        }

        if (descriptor < 0)
        {
            return false;
        }

        try
        {
            while (true)
            {
                if (length == _buffer.Length)
                {
                    if (_buffer.Length > Array.MaxLength / 2)
                    {
                        return false;
                    }

                    Array.Resize(ref _buffer, _buffer.Length * 2);
                }

                var read = Native.Read(descriptor, ref _buffer[length], _buffer.Length - length);
                if (read <= 0)
                {
                    return read == 0;
                }

                length += (int)read;
            }
        }
        finally
        {
            _ = Native.Close(descriptor);
        }
    }

    private static class Native
    {
        [DllImport("libc", EntryPoint = "open")]
        public static extern int Open(ref byte path, int flags);

        [DllImport("libc", EntryPoint = "read")]
        public static extern nint Read(int descriptor, ref byte buffer, nint count);

        [DllImport("libc", EntryPoint = "close")]
        public static extern int Close(int descriptor);
    }
}
