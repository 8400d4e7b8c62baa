using System.Text;
using Monty.Engine;
using Monty.Grpc.Values;
using Monty.Protocol.V1;
using EngineStream = Monty.Engine.OutputStream;
using WireStream = Monty.Protocol.V1.OutputStream;

namespace Monty.Grpc.Sessions;

/// <summary>Receives the script's print() text (on the engine step's thread) and turns it into
/// Output messages according to the session's output mode.</summary>
internal sealed class SessionOutput(ResponseWriter writer, OutputMode mode, int bufferBytes) : IMontyOutput
{
    /// <summary>Chunk size in UTF-16 units: at most 48 KiB of UTF-8, well under any response cap.</summary>
    private const int ChunkChars = 16 * 1024;

    private readonly StringBuilder _pending = new();
    private EngineStream _pendingStream;
    private int _pendingBytes;

    /// <summary>Set while a cancelled feed is wound down: its output must not follow its terminal message.</summary>
    public bool Muted { get; set; }

    public void Write(EngineStream stream, string text)
    {
        if (Muted || mode == OutputMode.Discarded || text.Length == 0) return;
        if (mode != OutputMode.Buffered)
        {
            Send(stream, text);
            return;
        }
        if (_pending.Length > 0 && stream != _pendingStream) Flush();
        _pendingStream = stream;
        _pending.Append(text);
        _pendingBytes += Encoding.UTF8.GetByteCount(text);
        if (_pendingBytes >= bufferBytes) Flush();
    }

    /// <summary>Sends buffered text; called before every call request and terminal message.</summary>
    public void Flush()
    {
        if (_pending.Length == 0) return;
        var text = _pending.ToString();
        _pending.Clear();
        _pendingBytes = 0;
        if (!Muted) Send(_pendingStream, text);
    }

    private void Send(EngineStream stream, string text)
    {
        var wire = stream == EngineStream.Stderr ? WireStream.Stderr : WireStream.Stdout;
        text = Utf16.Scrub(text);
        if (text.Length <= ChunkChars)
        {
            writer.Send(new SessionResponse { Output = new Output { Stream = wire, Text = text } });
            return;
        }
        foreach (var chunk in Utf16.Chunks(text, ChunkChars))
            writer.Send(new SessionResponse { Output = new Output { Stream = wire, Text = chunk } });
    }
}
