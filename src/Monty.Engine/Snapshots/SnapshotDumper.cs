using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Snapshots;

/// <summary>Writes sessions and suspended executions (format: see <see cref="SnapshotFormat"/>).</summary>
internal static class SnapshotDumper
{
    public static byte[] DumpSession(MontySession session)
    {
        var context = new DumpContext(session.ImportedModules.Values);
        var graph = new GraphWriter(context);
        graph.Visit([session.Globals, .. session.ImportedModules.Values]);
        var w = new SnapshotWriter();
        SettingsCodec.WriteHeader(w, SnapshotKind.Session);
        SettingsCodec.WriteSession(w, session);
        graph.Write(w);
        var refs = new ByteSink(context, w, graph.Ids);
        refs.Ref(session.Globals);
        WriteModules(w, refs, session.ImportedModules);
        return w.ToArray();
    }

    public static byte[] DumpExecution(MontySession session, VirtualMachine vm, ResourceTracker tracker)
    {
        if (!vm.IsSuspended) throw new InvalidOperationException("The execution is not waiting for a host call.");
        var pending = vm.Pending;
        var context = new DumpContext(session.ImportedModules.Values);
        var graph = new GraphWriter(context);
        var callObjects = new List<object?>();
        foreach (var call in vm.OutstandingCalls())
        {
            callObjects.AddRange(call.Args);
            callObjects.AddRange(call.Kwargs?.Values ?? []);
        }
        callObjects.AddRange(vm.AsyncCalls.Select(c => c.Future));
        graph.Visit([session.Globals, vm.Top, vm.HandledException, .. callObjects, vm.SchedulerOrNull, .. vm.ImportedModules.Values]);
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
        w.Bool(pending is not null);
        if (pending is not null) WriteCall(w, refs, pending);
        w.VarUInt((ulong)vm.AsyncCalls.Count);
        foreach (var call in vm.AsyncCalls)
        {
            WriteCall(w, refs, call.Call);
            refs.Ref(call.Future);
        }
        w.Bool(vm.WaitingForHost);
        refs.Ref(vm.SchedulerOrNull);
        WriteModules(w, refs, vm.ImportedModules);
        return w.ToArray();
    }

    /// <summary>The imported modules by name, so that loading restores their state (see ModuleCodec).</summary>
    private static void WriteModules(SnapshotWriter w, ByteSink refs, IReadOnlyDictionary<string, PyModule> modules)
    {
        w.VarUInt((ulong)modules.Count);
        foreach (var kv in modules)
        {
            w.String(kv.Key);
            refs.Ref(kv.Value);
        }
    }

    private static void WriteCall(SnapshotWriter w, ByteSink refs, PendingHostCall call)
    {
        w.VarInt(call.CallId);
        w.String(call.FunctionName);
        refs.Refs(call.Args);
        w.VarUInt((ulong)(call.Kwargs?.Count ?? 0));
        for (var i = 0; i < (call.Kwargs?.Count ?? 0); i++)
        {
            w.String(call.Kwargs!.Names[i]);
            refs.Ref(call.Kwargs.Values[i]);
        }
    }
}
