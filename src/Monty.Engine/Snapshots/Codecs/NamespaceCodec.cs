using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Snapshots.Codecs;

/// <summary>A module namespace: slot names in creation order (bound or not, so definition order
/// survives), then their values. Builtin shadows and per-code slot caches are rebuilt.</summary>
internal sealed class NamespaceCodec : NodeCodec<ModuleNamespace>
{
    protected override void Construction(ModuleNamespace node, RecordSink sink)
    {
        sink.String(node.Name);
        var slots = node.Slots.ToArray();
        sink.Int(slots.Length);
        foreach (var slot in slots) sink.String(slot.Name);
    }

    protected override void Contents(ModuleNamespace node, RecordSink sink)
    {
        foreach (var slot in node.Slots) sink.Ref(slot.Value);
    }

    protected override ModuleNamespace Construct(GraphReader reader)
    {
        var ns = new ModuleNamespace(reader.Input.String("namespace name"));
        var slots = new GlobalSlot[reader.Input.Count("slot count")];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < slots.Length; i++)
        {
            var name = reader.Input.String("slot name");
            if (!seen.Add(name)) throw reader.Error($"slot '{name}' appears twice");
            slots[i] = ns.Slot(name);
        }
        reader.Context.NamespaceSlots[ns] = slots;
        return ns;
    }

    protected override void Fill(ModuleNamespace node, GraphReader reader)
    {
        foreach (var slot in reader.Context.NamespaceSlots[node]) slot.Value = reader.OptionalRef<PyObject>("slot value");
    }
}
