using System.Runtime.InteropServices;

namespace Aqua.Runtime;

/// <summary>
/// The process's stdout or stderr as a write-only stream: write(2) on the file descriptor, through
/// the .NET runtime's own native shim (libSystem.Native, which the console streams call too).
/// </summary>
/// <remarks>
/// <see cref="Console.OpenStandardOutput"/> initialises the terminal (terminfo, signal handlers) on
/// its first write, which cost a program that prints once about 3 ms of its whole-process time
/// (27.2 against 24.5 ms), as much as some short programs' work. A <see cref="FileStream"/> over the descriptor would not do: on a regular
/// file it writes at its own offsets (pwrite), so stdout and stderr redirected to one file would
/// overwrite each other. Like the console stream, a reader that has gone away (EPIPE, as in
/// <c>app | head -1</c>) is not an error: the rest of the output is dropped. Any other failure
/// (a full disk, a closed descriptor) is an <see cref="OutputError"/>, which Host.Run reports.
/// Windows keeps the console streams.
/// </remarks>
internal sealed class StandardStream : Stream
{
    private readonly int _fd;
    private bool _readerGone;

    private StandardStream(int fd) => _fd = fd;

    /// <summary>stdout (1) or stderr (2).</summary>
    public static Stream Open(int fd)
    {
        if (OperatingSystem.IsWindows()) return fd == 1 ? Console.OpenStandardOutput() : Console.OpenStandardError();
        return new StandardStream(fd);
    }

    // errno values: EINTR and EPIPE are the same on Linux, macOS and the BSDs; EAGAIN is not.
    private const int EINTR = 4, EPIPE = 32;
    private static readonly int EAGAIN = OperatingSystem.IsLinux() ? 11 : 35;

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Write", SetLastError = true)]
    private static extern int NativeWrite(nint fd, ref byte buffer, int bufferSize);

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty && !_readerGone)
        {
            int written = NativeWrite(_fd, ref MemoryMarshal.GetReference(buffer), buffer.Length);
            if (written >= 0)
            {
                buffer = buffer.Slice(written);
                continue;
            }
            int errno = Marshal.GetLastPInvokeError();
            if (errno == EPIPE) _readerGone = true;
            else if (errno == EAGAIN) Thread.Sleep(1); // a non-blocking descriptor whose pipe is full
            else if (errno != EINTR) throw new OutputError(_fd == 1 ? "stdout" : "stderr", Marshal.GetPInvokeErrorMessage(errno));
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Flush()
    {
        // Nothing is buffered here (the StreamWriter above buffers).
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}

/// <summary>
/// The program's output could not be written (a full disk, a closed descriptor): Host.Run reports
/// it as a runtime error instead of letting it end the process with a .NET stack trace.
/// </summary>
public sealed class OutputError(string stream, string reason) : IOException($"cannot write to {stream}: {reason}");
