using Monty.Engine.Compilation;
using Monty.Engine.Hosting;
using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine;

/// <summary>A REPL-style session: snippets fed one after another share one global namespace.
/// One feed runs at a time; a feed that calls the host stays pending until resumed.</summary>
public sealed class MontySession
{
    private readonly ModuleNamespace _globals = new("__main__");
    private MontyExecution? _running;

    // One import cache shared by every feed, as in a REPL: module state (decimal's context, the
    // random generator) carries from feed to feed and into the session's snapshots.
    private readonly Dictionary<string, PyModule> _modules = new(StringComparer.Ordinal);

    public MontySession(IReadOnlyList<string>? hostFunctions = null, ResourceLimits? limits = null, IMontyOutput? output = null, string scriptName = "main.py",
        MontyGrants? grants = null)
    {
        Grants = grants ?? MontyGrants.None;
        Builtins.TypeSetup.EnsureInitialized();
        HostFunctions = hostFunctions ?? [];
        Limits = limits ?? ResourceLimits.SafeDefaults;
        Output = output;
        ScriptName = scriptName;
        foreach (var name in HostFunctions) _globals.Set(name, new PyHostFunction(name));
    }

    /// <summary>A session restored from a snapshot: its namespace already holds the host functions.</summary>
    internal MontySession(ModuleNamespace globals, IReadOnlyList<string> hostFunctions, ResourceLimits limits, IMontyOutput? output,
        string scriptName, IReadOnlyDictionary<string, PyModule> modules)
    {
        _globals = globals;
        foreach (var kv in modules) _modules[kv.Key] = kv.Value;
        HostFunctions = hostFunctions;
        Limits = limits;
        Output = output;
        ScriptName = scriptName;
    }

    public IReadOnlyList<string> HostFunctions { get; }

    public ResourceLimits Limits { get; }

    public IMontyOutput? Output { get; set; }

    /// <summary>Clock and entropy the session's feeds may use (none by default). Read each time a
    /// script asks, so a host may change it between feeds or before resuming a loaded execution.
    /// Never stored in snapshots: grants belong to the host that runs the code.</summary>
    public MontyGrants Grants { get; set; } = MontyGrants.None;

    public string ScriptName { get; }

    internal ModuleNamespace Globals => _globals;

    internal IReadOnlyDictionary<string, PyModule> ImportedModules => _modules;

    /// <summary>Serializes the session (namespace, host function names, limits, script name) so
    /// <see cref="Load"/> can continue it in another process. Not allowed while a feed waits for
    /// the host: dump that execution instead.</summary>
    public byte[] Dump()
    {
        if (_running is { Status: ExecutionStatus.CallPending })
            throw new InvalidOperationException("A feed is waiting for a host call; dump its execution instead.");
        return Snapshots.SnapshotDumper.DumpSession(this);
    }

    /// <summary>Restores a session from <see cref="Dump"/>. Snapshots are untrusted input: any defect
    /// raises <see cref="MontySnapshotException"/>. Pass limits to replace the ones stored in it.</summary>
    public static MontySession Load(byte[] snapshot, IMontyOutput? output = null, ResourceLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Snapshots.SnapshotLoader.LoadSession(snapshot, output, limits);
    }

    /// <summary>Marks a restored execution as this session's running feed.</summary>
    internal void AttachRunning(MontyExecution execution)
    {
        _running = execution;
        foreach (var kv in execution.Vm!.ImportedModules) _modules.TryAdd(kv.Key, kv.Value);
        execution.Vm.ImportedModules = _modules;
    }

    /// <summary>Compiles and runs a snippet in this session's namespace. Syntax errors come back as a failed execution.</summary>
    public MontyExecution Feed(string code, IReadOnlyDictionary<string, MontyValue>? inputs = null)
    {
        CodeObject compiled;
        try
        {
            compiled = MontyProgram.CompileCode(code, ScriptName);
        }
        catch (MontySyntaxException e)
        {
            return MontyExecution.FailedBeforeStart(this, e.Error);
        }
        return Run(compiled, inputs, null);
    }

    internal MontyExecution Run(CodeObject code, IReadOnlyDictionary<string, MontyValue>? inputs, IReadOnlyList<string>? declaredInputs)
    {
        if (_running is { Status: ExecutionStatus.CallPending })
            throw new InvalidOperationException("A feed is still waiting for a host call; resume it before feeding more code.");
        if (inputs is not null)
        {
            foreach (var kv in inputs) _globals.Set(kv.Key, ValueConverter.FromHost(kv.Value));
        }
        if (declaredInputs is not null)
        {
            foreach (var name in declaredInputs)
                if (inputs is null || !inputs.ContainsKey(name))
                    throw new ArgumentException($"Missing value for input '{name}'.");
        }
        var execution = new MontyExecution(this, new ResourceTracker(Limits));
        _running = execution;
        execution.Vm!.ImportedModules = _modules;
        execution.StartModule(code, _globals);
        return execution;
    }
}
