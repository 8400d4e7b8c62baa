using Monty.Engine.Builtins;
using Monty.Engine.Compilation;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>One global variable: its value (null when unbound) and the builtin it shadows.</summary>
internal sealed class GlobalSlot(string name, PyObject? builtin)
{
    public string Name { get; } = name;

    public PyObject? Value { get; set; }

    public PyObject? Builtin { get; } = builtin;
}

/// <summary>A module's global namespace. Slots are stable objects so functions resolve each
/// global name once, at creation, and LOAD_GLOBAL becomes an array read.</summary>
internal sealed class ModuleNamespace
{
    private readonly Dictionary<string, GlobalSlot> _slots = new(StringComparer.Ordinal);
    private readonly Dictionary<CodeObject, GlobalSlot[]> _resolved = new(ReferenceEqualityComparer.Instance);

    public ModuleNamespace(string name) => Name = name;

    public string Name { get; }

    /// <summary>True for a <see cref="Prelude"/>'s namespace, which snapshots recreate rather than copy.</summary>
    public bool IsPrelude { get; init; }

    /// <summary>Every slot, bound or not, in creation order (snapshots preserve that order).</summary>
    public IEnumerable<GlobalSlot> Slots => _slots.Values;

    public GlobalSlot Slot(string name)
    {
        if (!_slots.TryGetValue(name, out var slot))
        {
            slot = new GlobalSlot(name, BuiltinsTable.Lookup(name));
            _slots.Add(name, slot);
        }
        return slot;
    }

    public PyObject? Get(string name) => _slots.TryGetValue(name, out var s) ? s.Value : null;

    public void Set(string name, PyObject value) => Slot(name).Value = value;

    /// <summary>The bound names in definition order (unbound slots skipped).</summary>
    public IEnumerable<KeyValuePair<string, PyObject>> Bindings()
    {
        foreach (var kv in _slots)
            if (kv.Value.Value is { } v) yield return new(kv.Key, v);
    }

    /// <summary>Slots for every name a code object uses, resolved once per code object.</summary>
    public GlobalSlot[] SlotsFor(CodeObject code)
    {
        if (_resolved.TryGetValue(code, out var slots)) return slots;
        slots = new GlobalSlot[code.Names.Length];
        for (var i = 0; i < slots.Length; i++) slots[i] = Slot(code.Names[i]);
        _resolved.Add(code, slots);
        return slots;
    }
}
