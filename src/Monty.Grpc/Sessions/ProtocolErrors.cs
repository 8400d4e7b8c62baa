using Grpc.Core;

namespace Monty.Grpc.Sessions;

/// <summary>Protocol misuse ends the stream with a gRPC status; these build them so that each
/// status code is chosen in one place and every message says what to do differently.</summary>
internal static class ProtocolErrors
{
    /// <summary>The request is malformed whatever the session's state.</summary>
    public static RpcException InvalidArgument(string message) => new(new Status(StatusCode.InvalidArgument, message));

    /// <summary>The request is well-formed but not allowed in the session's current state.</summary>
    public static RpcException FailedPrecondition(string message) => new(new Status(StatusCode.FailedPrecondition, message));

    public static RpcException ResourceExhausted(string message) => new(new Status(StatusCode.ResourceExhausted, message));

    public static RpcException Unavailable(string message) => new(new Status(StatusCode.Unavailable, message));

    public static RpcException Unauthenticated(string message) => new(new Status(StatusCode.Unauthenticated, message));

    public static RpcException DeadlineExceeded(string message) => new(new Status(StatusCode.DeadlineExceeded, message));

    public static RpcException Aborted(string message) => new(new Status(StatusCode.Aborted, message));
}
