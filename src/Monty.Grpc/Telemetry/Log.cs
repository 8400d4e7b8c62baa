using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Monty.Grpc.Telemetry;

/// <summary>Structured log events (source-generated: no formatting cost when disabled).</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "Session {SessionId} configured: {HostFunctionCount} host functions, script {ScriptName}")]
    public static partial void SessionConfigured(ILogger logger, string sessionId, int hostFunctionCount, string scriptName);

    [LoggerMessage(2, LogLevel.Debug, "Session {SessionId} closed after {FeedCount} feeds")]
    public static partial void SessionClosed(ILogger logger, string sessionId, ulong feedCount);

    [LoggerMessage(3, LogLevel.Information, "Session {SessionId} ended by protocol misuse: {StatusCode} {Detail}")]
    public static partial void ProtocolMisuse(ILogger logger, string sessionId, StatusCode statusCode, string detail);

    [LoggerMessage(4, LogLevel.Debug, "Session {SessionId} feed {FeedId} {Outcome} ({Reason}) in {WallMs} ms, {Suspensions} host calls")]
    public static partial void FeedEnded(ILogger logger, string sessionId, ulong feedId, string outcome, string reason, double wallMs, ulong suspensions);

    [LoggerMessage(5, LogLevel.Debug, "Session {SessionId}: the client went away")]
    public static partial void ClientGone(ILogger logger, string sessionId);

    [LoggerMessage(6, LogLevel.Warning, "Session refused: {Reason}")]
    public static partial void SessionRefused(ILogger logger, string reason);

    [LoggerMessage(7, LogLevel.Information, "Shutting down: {ActiveSessions} sessions open, grace period {GraceSeconds} s")]
    public static partial void ShutdownStarted(ILogger logger, int activeSessions, double graceSeconds);

    [LoggerMessage(8, LogLevel.Error, "Session {SessionId} failed unexpectedly")]
    public static partial void SessionCrashed(ILogger logger, string sessionId, Exception exception);

    [LoggerMessage(9, LogLevel.Warning, "Session {SessionId}: authentication failed ({Reason})")]
    public static partial void AuthFailed(ILogger logger, string sessionId, string reason);
}
