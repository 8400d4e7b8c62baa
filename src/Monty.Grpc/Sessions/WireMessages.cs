using Monty.Engine;
using Monty.Protocol.V1;

namespace Monty.Grpc.Sessions;

/// <summary>Engine results as protocol messages.</summary>
internal static class WireMessages
{
    public static Usage Usage(ResourceUsage? usage, TimeSpan wall)
    {
        var u = new Usage { WallTimeUs = Micros(wall) };
        if (usage is null) return u;
        u.ExecutionTimeUs = Micros(usage.Elapsed);
        u.Instructions = (ulong)usage.Instructions;
        u.PeakMemoryBytes = (ulong)usage.PeakMemoryBytes;
        u.Allocations = (ulong)usage.Allocations;
        u.Suspensions = (ulong)usage.Suspensions;
        u.OutputBytes = (ulong)usage.OutputBytes;
        return u;
    }

    /// <summary>A failure raised by the script or by an engine limit.</summary>
    public static Failed Failed(MontyError error)
    {
        var limit = Limit(error.LimitKind);
        var failed = new Failed
        {
            ExceptionType = error.TypeName,
            Message = Values.Utf16.Scrub(error.Message),
            FormattedTraceback = Values.Utf16.Scrub(error.FormattedTraceback),
            Limit = limit,
            Reason = limit == Protocol.V1.Limit.Unspecified ? FailureReason.ScriptError : FailureReason.LimitExceeded,
        };
        foreach (var f in error.Traceback)
        {
            var frame = new Protocol.V1.TracebackFrame
            {
                FileName = f.FileName,
                Line = (uint)Math.Max(0, f.Line),
                Column = (uint)Math.Max(0, f.Column),
                EndLine = (uint)Math.Max(0, f.EndLine),
                EndColumn = (uint)Math.Max(0, f.EndColumn),
                FunctionName = f.FunctionName,
            };
            if (f.SourceLine is not null) frame.SourceLine = Values.Utf16.Scrub(f.SourceLine);
            failed.Traceback.Add(frame);
        }
        return failed;
    }

    /// <summary>A failure decided by the server (cancel, timeout, shutdown...), not raised by code.</summary>
    public static Failed Failed(string exceptionType, string message, FailureReason reason, Limit limit) => new()
    {
        ExceptionType = exceptionType,
        Message = message,
        FormattedTraceback = $"{exceptionType}: {message}\n",
        Reason = reason,
        Limit = limit,
    };

    private static Limit Limit(string? kind) => kind switch
    {
        null => Protocol.V1.Limit.Unspecified,
        "time" => Protocol.V1.Limit.Time,
        "memory" => Protocol.V1.Limit.Memory,
        "allocations" => Protocol.V1.Limit.Allocations,
        "output" => Protocol.V1.Limit.Output,
        "suspensions" => Protocol.V1.Limit.Suspensions,
        "recursion" => Protocol.V1.Limit.Recursion,
        _ => Protocol.V1.Limit.Unspecified,
    };

    private static ulong Micros(TimeSpan t) => t <= TimeSpan.Zero ? 0 : (ulong)(t.Ticks / TimeSpan.TicksPerMicrosecond);
}
