using Grpc.Core;
using Monty.Protocol.V1;

namespace Monty.Client;

/// <summary>How to open a session. Every property is optional.</summary>
public sealed class MontySessionOptions
{
    /// <summary>Name shown in tracebacks ("main.py" when null).</summary>
    public string? ScriptName { get; init; }

    /// <summary>The functions the script may call.</summary>
    public HostFunctions Functions { get; init; } = new();

    public MontyLimits? Limits { get; init; }

    /// <summary>Receives printed text as it arrives (stdout and stderr). Without it, output is
    /// still available through <see cref="MontySession.StreamAsync"/>.</summary>
    public Action<OutputStream, string>? Output { get; init; }

    /// <summary>Streamed (default), buffered (fewer, larger messages) or discarded output.</summary>
    public OutputMode OutputMode { get; init; } = OutputMode.Streamed;

    /// <summary>How long the server waits for a host function's result (the server's bound when null).</summary>
    public TimeSpan? CallResultTimeout { get; init; }

    /// <summary>When the whole session must end; the server stops it then (gRPC deadline).</summary>
    public DateTime? Deadline { get; init; }

    /// <summary>Which Python exception a host function's .NET exception becomes.</summary>
    public HostExceptionMapper ExceptionMapper { get; init; } = PythonError.FromException;

    /// <summary>Extra metadata for the session's call.</summary>
    public Metadata? Headers { get; init; }

    internal Configure ToConfigure()
    {
        var configure = new Configure
        {
            ScriptName = ScriptName ?? "",
            Limits = Limits?.ToWire() ?? new Limits(),
            Options = new SessionOptions { OutputMode = OutputMode },
        };
        configure.HostFunctions.AddRange(Functions.Names);
        if (CallResultTimeout is { } timeout) configure.Options.CallResultTimeoutMs = (ulong)Math.Max(0, timeout.TotalMilliseconds);
        return configure;
    }
}
