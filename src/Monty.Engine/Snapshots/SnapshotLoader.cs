using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Snapshots;

/// <summary>Reads sessions and suspended executions. Every step validates; any defect is a
/// <see cref="MontySnapshotException"/>. Order: header and settings, the node table, the roots,
/// then whole-graph checks (acyclic immutables, hash tables, bytecode, frames) before anything
/// is handed to the VM.</summary>
internal static class SnapshotLoader
{
    public static MontySession LoadSession(byte[] data, IMontyOutput? output, ResourceLimits? limits)
    {
        return Guard(() =>
        {
            var r = new SnapshotReader(data);
            var fingerprint = SettingsCodec.ReadHeader(r, SnapshotKind.Session);
            var (scriptName, hostFunctions, savedLimits) = SettingsCodec.ReadSession(r);
            var context = new LoadContext(null, hostFunctions, fingerprint, SlotBudget(data));
            var graph = new GraphReader(r, context);
            graph.ReadNodes();
            var globals = ReadGlobals(graph);
            ReadModules(graph, new Dictionary<string, PyModule>(StringComparer.Ordinal));
            r.ExpectEnd();
            CheckGraph(context).Validate(null, int.MaxValue);
            return new MontySession(globals, hostFunctions, limits ?? savedLimits, output, scriptName, context.Modules);
        });
    }

    public static MontyExecution LoadExecution(byte[] data, IMontyOutput? output, ResourceLimits? limits)
    {
        return Guard(() =>
        {
            var r = new SnapshotReader(data);
            var fingerprint = SettingsCodec.ReadHeader(r, SnapshotKind.Execution);
            var (scriptName, hostFunctions, savedLimits) = SettingsCodec.ReadSession(r);
            var effectiveLimits = limits ?? savedLimits;
            var tracker = new ResourceTracker(effectiveLimits);
            SettingsCodec.ReadUsage(r, tracker);
            var vm = new VirtualMachine(tracker, NullOutput.Instance);
            var context = new LoadContext(vm, hostFunctions, fingerprint, SlotBudget(data));
            var graph = new GraphReader(r, context);
            graph.ReadNodes();
            var globals = ReadGlobals(graph);
            var top = graph.Ref<Frame>("top frame");
            var handled = graph.OptionalRef<PyBaseException>("handled exception");
            var nextCallId = r.VarInt("next call id");
            var pending = r.Bool("synchronous call presence") ? ReadPending(graph) : null;
            var asyncCount = r.Count("async call count", 3);
            var asyncCalls = new List<AsyncHostCall>(asyncCount);
            var callIds = new HashSet<long>();
            if (pending is not null) callIds.Add(pending.CallId);
            for (var i = 0; i < asyncCount; i++)
            {
                var call = ReadPending(graph);
                var future = graph.Ref<PyFuture>("host call future");
                if (future.Kind != FutureKind.HostCall || future.CallId != call.CallId) throw r.Error("a host call's future belongs to another call");
                asyncCalls.Add(new AsyncHostCall(call, future));
                callIds.Add(call.CallId);
            }
            if (callIds.Count != asyncCount + (pending is null ? 0 : 1)) throw r.Error("two pending calls share an id");
            if (callIds.Count > 0 && nextCallId <= callIds.Max()) throw r.Error("next call id does not follow the pending calls' ids");
            var waitingForHost = r.Bool("waiting for host");
            if (waitingForHost == (pending is not null)) throw r.Error("an execution waits either for its synchronous call or for async calls");
            if (waitingForHost && asyncCount == 0) throw r.Error("waiting for host calls without any outstanding");
            var scheduler = graph.OptionalRef<Scheduler>("scheduler");
            ReadModules(graph, vm.ImportedModules);
            r.ExpectEnd();
            var depth = CheckGraph(context).Validate(top, Math.Min(effectiveLimits.MaxRecursionDepth, SnapshotFormat.MaxFrameChain));
            vm.NextCallId = nextCallId;
            vm.RestoreSuspended(top, depth, pending, handled);
            vm.RestoreAsync(scheduler, asyncCalls, waitingForHost);
            var session = new MontySession(globals, hostFunctions, effectiveLimits, output, scriptName, context.Modules);
            return MontyExecution.Restore(session, tracker, vm);
        });
    }

    private static ModuleNamespace ReadGlobals(GraphReader graph)
    {
        var globals = graph.Ref<ModuleNamespace>("session globals");
        return globals.IsPrelude ? throw graph.Error("session globals are a prelude namespace") : globals;
    }

    private static PendingHostCall ReadPending(GraphReader graph)
    {
        var r = graph.Input;
        var callId = r.VarInt("pending call id");
        var name = r.String("pending function name");
        if (!graph.Context.IsHostFunction(name)) throw r.Error($"pending call to '{name}', which the session does not declare");
        var args = graph.Refs<PyObject>("pending argument");
        var kwCount = r.Count("pending keyword count", 2);
        KeywordArgs? kwargs = null;
        if (kwCount > 0)
        {
            var names = new string[kwCount];
            var values = new PyObject[kwCount];
            for (var i = 0; i < kwCount; i++)
            {
                names[i] = r.String("keyword name");
                values[i] = graph.Ref<PyObject>("keyword value");
            }
            kwargs = new KeywordArgs(names, values);
        }
        return new PendingHostCall(callId, name, args, kwargs);
    }

    private static void ReadModules(GraphReader graph, Dictionary<string, PyModule> modules)
    {
        var count = graph.Input.Count("imported module count", 2);
        for (var i = 0; i < count; i++)
        {
            var name = graph.Input.String("imported module name");
            var module = graph.Ref<PyModule>("imported module");
            if (module.Name != name || !modules.TryAdd(name, module))
                throw graph.Input.Error($"imported module '{name}' is listed twice or under another name");
        }
    }

    /// <summary>Whole-graph checks; returns the validator for the frame checks that follow.</summary>
    private static StateValidator CheckGraph(LoadContext context)
    {
        static MontySnapshotException Invalid(string message) => new("Invalid snapshot: " + message);
        ImmutableGraph.CheckAcyclic(context, Invalid);
        new TableRestorer(context, Invalid).RestoreAll();
        var validator = new StateValidator(context, Invalid);
        validator.VerifyCode();
        return validator;
    }

    /// <summary>Frame value slots a snapshot may allocate: generous for real frames, bounded by size.</summary>
    private static long SlotBudget(byte[] data) => (1L << 20) + 64L * data.Length;

    /// <summary>Loading is written to raise only MontySnapshotException; anything else escaping is a
    /// loader bug, still reported as a bad snapshot (marked "unexpected") rather than crashing the host.</summary>
    private static T Guard<T>(Func<T> load)
    {
        Builtins.TypeSetup.EnsureInitialized();
        try
        {
            return load();
        }
        catch (MontySnapshotException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new MontySnapshotException($"Invalid snapshot (unexpected {e.GetType().Name}: {e.Message})", e);
        }
    }
}
