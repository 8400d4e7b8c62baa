using Monty.Engine.Compilation;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Snapshots;

/// <summary>State shared by the node codecs while loading: the VM being restored (null for a
/// session), the names the snapshot may refer to, allocation budgets, and the nodes that need
/// checks once the whole graph exists.</summary>
internal sealed class LoadContext(VirtualMachine? vm, IReadOnlyCollection<string> hostFunctions, ulong preludeFingerprint, long slotBudget)
{
    private readonly HashSet<string> _hostFunctions = new(hostFunctions, StringComparer.Ordinal);
    private readonly Dictionary<string, PyModule> _modules = new(StringComparer.Ordinal);
    private long _slotBudget = slotBudget;
    private Prelude? _prelude;

    public VirtualMachine? Vm { get; } = vm;

    public List<CodeObject> Codes { get; } = [];

    public List<Frame> Frames { get; } = [];

    public List<PyGenerator> Generators { get; } = [];

    public List<PyTuple> Tuples { get; } = [];

    public List<PySet> FrozenSets { get; } = [];

    /// <summary>Hash table contents, inserted once every key object is complete.</summary>
    public Dictionary<HashTable, (PyObject[] Keys, PyObject[] Values)> Tables { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The slots each namespace's construction record created, in order.</summary>
    public Dictionary<ModuleNamespace, GlobalSlot[]> NamespaceSlots { get; } = new(ReferenceEqualityComparer.Instance);

    public bool IsHostFunction(string name) => _hostFunctions.Contains(name);

    /// <summary>Modules the snapshot refers to, by name.</summary>
    public IReadOnlyDictionary<string, PyModule> Modules => _modules;

    /// <summary>A module by name, one object per name, as an execution's import cache keeps them.</summary>
    public PyModule? Module(string name)
    {
        if (_modules.TryGetValue(name, out var module)) return module;
        module = Engine.Modules.ModuleRegistry.Create(name);
        if (module is not null) _modules[name] = module;
        return module;
    }

    /// <summary>The namespace prelude objects are restored into: the restored execution's own
    /// prelude, or for a session one fresh prelude. A session may hold prelude objects from several
    /// earlier executions; they are merged, which is safe because scripts cannot change a prelude.
    /// (One prelude per load also keeps a crafted snapshot from making the loader build thousands.)</summary>
    public ModuleNamespace PreludeNamespace() => Vm is not null ? Vm.Prelude.Namespace : (_prelude ??= new Prelude()).Namespace;

    public bool PreludeMatches => preludeFingerprint == PreludeCodeIndex.Fingerprint;

    /// <summary>Takes value slots for a frame from a budget proportional to the snapshot's size,
    /// so a small snapshot cannot make the loader allocate huge frames.</summary>
    public bool TryChargeSlots(int slots)
    {
        _slotBudget -= slots;
        return _slotBudget >= 0;
    }
}
