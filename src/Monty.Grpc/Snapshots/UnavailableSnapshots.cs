using Monty.Engine;
using Monty.Grpc.Sessions;

namespace Monty.Grpc.Snapshots;

/// <summary>Used while the engine has no snapshot API: Dump and Load end the stream with FAILED_PRECONDITION.</summary>
internal sealed class UnavailableSnapshots : ISessionSnapshots
{
    public const string Message = "snapshots are not available in this build";

    public byte[] Dump(MontySession session, MontyExecution? suspended) => throw ProtocolErrors.FailedPrecondition(Message);

    public RestoredSession Load(byte[] data, IMontyOutput output) => throw ProtocolErrors.FailedPrecondition(Message);
}
