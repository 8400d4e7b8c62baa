using Monty.Engine;

namespace Monty.Grpc.Snapshots;

/// <summary>Turns a session into bytes and back (Dump and Load requests); a seam so tests can
/// drive the protocol around it with a stand-in.</summary>
internal interface ISessionSnapshots
{
    /// <summary>Serializes a session between feeds, or one whose feed waits for host calls
    /// (<paramref name="suspended"/> is that feed).</summary>
    /// <exception cref="Grpc.Core.RpcException">When snapshots cannot be taken.</exception>
    byte[] Dump(MontySession session, MontyExecution? suspended);

    /// <summary>Restores bytes from <see cref="Dump"/>, possibly taken by another process.
    /// The bytes are untrusted: a corrupt snapshot is INVALID_ARGUMENT, never a crash.</summary>
    /// <exception cref="Grpc.Core.RpcException">When the bytes cannot be loaded.</exception>
    RestoredSession Load(byte[] data, IMontyOutput output);
}

/// <summary>A loaded session; <see cref="Suspended"/> is set when the snapshot held a feed waiting for host calls.</summary>
internal sealed record RestoredSession(MontySession Session, MontyExecution? Suspended);
