using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Snapshots.Codecs;

/// <summary>A user class: name, bases and metaclass (to rebuild the MRO), then its namespace.</summary>
internal sealed class UserClassCodec : NodeCodec<PyType>
{
    protected override void Construction(PyType node, RecordSink sink)
    {
        sink.String(node.Name);
        sink.Refs(node.Bases);
        sink.Ref(node.Metaclass);
    }

    protected override void Contents(PyType node, RecordSink sink)
    {
        sink.String(node.QualName);
        sink.String(node.ModuleName);
        sink.Bool(node.InstancesHaveDict);
        sink.Int(node.SlotNames is null ? 0 : node.SlotNames.Count + 1);
        if (node.SlotNames is not null)
            foreach (var name in node.SlotNames) sink.String(name);
        AttributeDict.Write(node.Dict, sink);
        sink.Refs(node.Subclasses ?? []);
    }

    protected override PyType Construct(GraphReader reader)
    {
        var name = reader.Input.String("class name");
        var bases = reader.Refs<PyType>("class bases");
        var meta = reader.OptionalRef<PyType>("metaclass");
        if (bases.Length == 0) throw reader.Error($"class '{name}' has no bases");
        if (meta is not null && (!meta.IsSubtypeOf(PyTypes.Type) || meta.IsBuiltin))
            throw reader.Error($"class '{name}' has an invalid metaclass");
        try
        {
            return new PyType(name, bases, ClassBuilder.Linearize(bases), meta);
        }
        catch (PyException)
        {
            throw reader.Error($"class '{name}' has an inconsistent method resolution order");
        }
    }

    protected override void Fill(PyType node, GraphReader reader)
    {
        node.QualName = reader.Input.String("class qualname");
        node.ModuleName = reader.Input.String("class module");
        node.InstancesHaveDict = reader.Input.Bool("instances have dict");
        var slots = reader.Input.Int("slot count");
        if (slots > 0)
        {
            var count = reader.Input.CheckCount((ulong)(slots - 1), "slot count", 1);
            node.SlotNames = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++) node.SlotNames.Add(reader.Input.String("slot name"));
        }
        var dict = AttributeDict.Read(reader);
        if (dict is not null)
            foreach (var kv in dict) node.Dict[kv.Key] = kv.Value;
        var subclasses = reader.Refs<PyType>("subclasses");
        if (subclasses.Length > 0) node.Subclasses = [.. subclasses];
    }
}

/// <summary>An instance of a user class: its class, then its attribute dict or slot values.</summary>
internal sealed class InstanceCodec : NodeCodec<PyInstance>
{
    protected override void Construction(PyInstance node, RecordSink sink) => sink.Ref(node.Class);

    protected override void Contents(PyInstance node, RecordSink sink)
    {
        sink.Ref(node.Dict);
        AttributeDict.Write(node.Slots, sink);
    }

    protected override PyInstance Construct(GraphReader reader)
    {
        var cls = reader.Ref<PyType>("instance class");
        if (cls.IsBuiltin || cls.BuiltinBase != PyTypes.Object) throw reader.Error($"'{cls.Name}' cannot have plain instances");
        return new PyInstance(cls);
    }

    protected override void Fill(PyInstance node, GraphReader reader)
    {
        node.Dict = reader.OptionalRef<PyDict>("instance dict");
        node.Slots = AttributeDict.Read(reader);
    }
}

internal sealed class PropertyCodec : NodeCodec<PyProperty>
{
    protected override void Construction(PyProperty node, RecordSink sink) { }

    protected override void Contents(PyProperty node, RecordSink sink)
    {
        sink.Ref(node.Getter);
        sink.Ref(node.Setter);
        sink.Ref(node.Deleter);
        sink.Ref(node.Doc);
        sink.OptionalString(node.Name);
    }

    protected override PyProperty Construct(GraphReader reader) => new(null, null, null, null);

    protected override void Fill(PyProperty node, GraphReader reader)
    {
        node.Getter = reader.OptionalRef<PyObject>("property getter");
        node.Setter = reader.OptionalRef<PyObject>("property setter");
        node.Deleter = reader.OptionalRef<PyObject>("property deleter");
        node.Doc = reader.OptionalRef<PyObject>("property doc");
        node.Name = reader.Input.OptionalString("property name");
    }
}

internal sealed class ClassMethodCodec : NodeCodec<PyClassMethod>
{
    protected override void Construction(PyClassMethod node, RecordSink sink) => sink.Ref(node.Function);

    protected override PyClassMethod Construct(GraphReader reader) => new(reader.Ref<PyObject>("classmethod function"));
}

internal sealed class StaticMethodCodec : NodeCodec<PyStaticMethod>
{
    protected override void Construction(PyStaticMethod node, RecordSink sink) => sink.Ref(node.Function);

    protected override PyStaticMethod Construct(GraphReader reader) => new(reader.Ref<PyObject>("staticmethod function"));
}

internal sealed class SuperCodec : NodeCodec<PySuper>
{
    protected override void Construction(PySuper node, RecordSink sink)
    {
        sink.Ref(node.ThisType);
        sink.Ref(node.Self);
        sink.Ref(node.SelfType);
    }

    protected override PySuper Construct(GraphReader reader) =>
        new(reader.Ref<PyType>("super type"), reader.Ref<PyObject>("super self"), reader.Ref<PyType>("super self type"));
}

/// <summary>An instance of a user subclass of list, dict or tuple: class, layout, contents, attributes.</summary>
internal sealed class SubclassInstanceCodec : NodeCodec<PyObject>
{
    protected override void Construction(PyObject node, RecordSink sink)
    {
        sink.Ref(node.Type);
        switch (node)
        {
            case PyTupleInstance t:
                sink.Byte(0);
                sink.Int(t.Count);
                break;
            case PyListInstance:
                sink.Byte(1);
                break;
            case PyDictInstance d:
                sink.Byte(2);
                sink.Ref(d.Table);
                break;
        }
    }

    protected override void Contents(PyObject node, RecordSink sink)
    {
        switch (node)
        {
            case PyTupleInstance t:
                foreach (var item in t.Items) sink.Ref(item);
                break;
            case PyListInstance l:
                sink.Refs(l.Items);
                break;
        }
        sink.Ref(((ISubclassInstance)node).Attributes);
    }

    protected override PyObject Construct(GraphReader reader)
    {
        var cls = reader.Ref<PyType>("instance class");
        var kind = reader.Input.Byte("container kind");
        var layout = kind switch { 0 => PyTypes.Tuple, 1 => PyTypes.List, 2 => PyTypes.Dict, _ => throw reader.Error($"unknown container kind {kind}") };
        if (cls.IsBuiltin || cls.BuiltinBase != layout) throw reader.Error($"'{cls.Name}' is not a subclass of {layout.Name}");
        switch (kind)
        {
            case 0:
                {
                    var tuple = new PyTupleInstance(cls, new PyObject[reader.Input.Count("tuple length")]);
                    reader.Context.Tuples.Add(tuple);
                    return tuple;
                }
            case 1:
                return new PyListInstance(cls);
            default:
                return new PyDictInstance(cls, reader.Ref<HashTable>("dict table"));
        }
    }

    protected override void Fill(PyObject node, GraphReader reader)
    {
        switch (node)
        {
            case PyTupleInstance t:
                for (var i = 0; i < t.Items.Length; i++) t.Items[i] = reader.Ref<PyObject>("tuple item");
                break;
            case PyListInstance l:
                l.Items.AddRange(reader.Refs<PyObject>("list item"));
                break;
        }
        // The dict itself, not a copy: it may be filled only after this instance.
        ((ISubclassInstance)node).Attributes = reader.Ref<PyDict>("instance attributes");
    }
}

/// <summary>list[int]: origin type and arguments (annotations keep these in class state).</summary>
internal sealed class GenericAliasCodec : NodeCodec<PyGenericAlias>
{
    protected override void Construction(PyGenericAlias node, RecordSink sink)
    {
        sink.Ref(node.Origin);
        sink.Refs(node.Args);
    }

    protected override PyGenericAlias Construct(GraphReader reader) =>
        new(reader.Ref<PyType>("alias origin"), reader.Refs<PyObject>("alias arguments"));
}

/// <summary>int | None: its member types.</summary>
internal sealed class UnionTypeCodec : NodeCodec<PyUnionType>
{
    protected override void Construction(PyUnionType node, RecordSink sink) => sink.Refs(node.Args);

    protected override PyUnionType Construct(GraphReader reader) => new(reader.Refs<PyObject>("union members"));
}
