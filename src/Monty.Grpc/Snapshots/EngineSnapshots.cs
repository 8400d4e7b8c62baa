using Monty.Engine;
using Monty.Grpc.Sessions;

namespace Monty.Grpc.Snapshots;

/// <summary>Snapshots through the engine's Dump/Load. The server prefixes one byte saying what
/// the engine bytes hold (a session, or a feed suspended at host calls), so that clients can
/// treat snapshots as opaque bytes.</summary>
internal sealed class EngineSnapshots : ISessionSnapshots
{
    private const byte SessionKind = 1;
    private const byte SuspendedKind = 2;

    public byte[] Dump(MontySession session, MontyExecution? suspended)
    {
        var body = suspended is null ? session.Dump() : suspended.Dump();
        var data = new byte[body.Length + 1];
        data[0] = suspended is null ? SessionKind : SuspendedKind;
        body.CopyTo(data, 1);
        return data;
    }

    public RestoredSession Load(byte[] data, IMontyOutput output)
    {
        if (data.Length == 0) throw ProtocolErrors.InvalidArgument("load.snapshot is empty");
        var body = data.AsSpan(1).ToArray();
        try
        {
            switch (data[0])
            {
                case SessionKind:
                    return new RestoredSession(MontySession.Load(body, output), null);
                case SuspendedKind:
                    var execution = MontyExecution.Load(body, output);
                    return new RestoredSession(execution.Session, execution);
                default:
                    throw ProtocolErrors.InvalidArgument($"load.snapshot is not a Monty snapshot (kind byte {data[0]})");
            }
        }
        catch (MontySnapshotException e)
        {
            throw ProtocolErrors.InvalidArgument($"load.snapshot: {e.Message}");
        }
    }
}
