using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Snapshots;

/// <summary>Writes sessions and suspended executions (format: see <see cref="SnapshotFormat"/>).</summary>
internal static class SnapshotDumper
{
    public static byte[] DumpSession(MontySession session)
    {
        var context = new DumpContext(session.ImportedModules);
        var graph = new GraphWriter(context);
        graph.Visit([session.Globals]);
        var w = new SnapshotWriter();
        SettingsCodec.WriteHeader(w, SnapshotKind.Session);
        SettingsCodec.WriteSession(w, session);
        graph.Write(w);
        new ByteSink(context, w, graph.Ids).Ref(session.Globals);
        return w.ToArray();
    }

    public static byte[] DumpExecution(MontySession session, VirtualMachine vm, ResourceTracker tracker)
    {
        var pending = vm.Pending ?? throw new InvalidOperationException("The execution is not waiting for a host call.");
        var context = new DumpContext(session.ImportedModules);
        var graph = new GraphWriter(context);
        var kwargs = pending.Kwargs?.Values ?? [];
        graph.Visit([session.Globals, vm.Top, vm.HandledException, .. pending.Args, .. kwargs, .. vm.ImportedModules.Values]);
        var w = new SnapshotWriter();
        SettingsCodec.WriteHeader(w, SnapshotKind.Execution);
        SettingsCodec.WriteSession(w, session);
        SettingsCodec.WriteUsage(w, tracker);
        graph.Write(w);
        var refs = new ByteSink(context, w, graph.Ids);
        refs.Ref(session.Globals);
        refs.Ref(vm.Top);
        refs.Ref(vm.HandledException);
        w.VarInt(vm.NextCallId);
        w.VarInt(pending.CallId);
        w.String(pending.FunctionName);
        refs.Refs(pending.Args);
        w.VarUInt((ulong)(pending.Kwargs?.Count ?? 0));
        for (var i = 0; i < (pending.Kwargs?.Count ?? 0); i++)
        {
            w.String(pending.Kwargs!.Names[i]);
            refs.Ref(pending.Kwargs.Values[i]);
        }
        w.VarUInt((ulong)vm.ImportedModules.Count);
        foreach (var kv in vm.ImportedModules)
        {
            w.String(kv.Key);
            refs.Ref(kv.Value);
        }
        return w.ToArray();
    }
}
