using Monty.Engine.Builtins;
using Monty.Engine.Compilation;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Snapshots;

/// <summary>What the writer knows besides the graph: the modules seen so far (to name builtins that
/// live in module dicts) and the prelude namespaces' bindings (to name prelude functions).
/// Decides each node's tag: copied state or a reference by name.</summary>
internal sealed class DumpContext
{
    private readonly Dictionary<PyObject, (string Module, string Name)> _moduleAttributes = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<PyModule> _modules = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ModuleNamespace, Dictionary<PyObject, string>> _preludeNames = new(ReferenceEqualityComparer.Instance);

    public DumpContext(IEnumerable<PyModule> importedModules)
    {
        foreach (var module in importedModules) NoteModule(module);
    }

    public NodeTag TagOf(object node) => Classify(node);

    /// <summary>The name a prelude namespace binds this value to, if any.</summary>
    public string? PreludeName(ModuleNamespace ns, PyObject value)
    {
        if (!_preludeNames.TryGetValue(ns, out var names))
        {
            names = new Dictionary<PyObject, string>(ReferenceEqualityComparer.Instance);
            foreach (var kv in ns.Bindings()) names.TryAdd(kv.Value, kv.Key);
            _preludeNames[ns] = names;
        }
        return names.GetValueOrDefault(value);
    }

    public (string Module, string Name) ModuleAttribute(PyObject value) => _moduleAttributes[value];

    private void NoteModule(PyModule module)
    {
        if (!_modules.Add(module)) return;
        foreach (var kv in module.Dict)
            if (kv.Value is PyBuiltinFunction or PyType) _moduleAttributes.TryAdd(kv.Value, (module.Name, kv.Key));
    }

    private NodeTag Classify(object node)
    {
        switch (node)
        {
            case ISubclassInstance:
                return NodeTag.SubclassInstance;
            case PySingleton s:
                return ReferenceEquals(s, PySingleton.None) ? NodeTag.None
                    : ReferenceEquals(s, PySingleton.NotImplemented) ? NodeTag.NotImplemented
                    : NodeTag.Ellipsis;
            case PyBool b:
                return b.Value != 0 ? NodeTag.True : NodeTag.False;
            case PyInt:
                return NodeTag.Int;
            case PyBigInt:
                return NodeTag.BigInt;
            case PyFloat:
                return NodeTag.Float;
            case PyStr:
                return NodeTag.Str;
            case PyBytes:
                return NodeTag.Bytes;
            case PyList:
                return NodeTag.List;
            case PyTuple:
                return NodeTag.Tuple;
            case PyDict:
                return NodeTag.Dict;
            case PySet s:
                return s.Frozen ? NodeTag.FrozenSet : NodeTag.Set;
            case HashTable:
                return NodeTag.HashTable;
            case PyRange:
                return NodeTag.Range;
            case PySlice:
                return NodeTag.Slice;
            case PyCell:
                return NodeTag.Cell;
            case PyFunction f:
                return f.Globals.IsPrelude && PreludeName(f.Globals, f) is not null ? NodeTag.PreludeGlobal : NodeTag.Function;
            case PyBoundMethod:
                return NodeTag.BoundMethod;
            case PyHostFunction:
                return NodeTag.HostFunction;
            case PyBuiltinFunction b:
                if (BuiltinRegistry.TryGetFunctionKey(b, out _)) return NodeTag.BuiltinFunction;
                if (BuiltinRegistry.IsPreludeNative(b)) return NodeTag.PreludeNative;
                if (_moduleAttributes.ContainsKey(b)) return NodeTag.ModuleAttribute;
                throw Unsupported(node, $"builtin function '{b.Name}' has no registered name");
            case PyType t:
                if (BuiltinRegistry.TryGetTypeName(t, out _)) return NodeTag.Type;
                if (_moduleAttributes.ContainsKey(t)) return NodeTag.ModuleAttribute;
                if (!t.IsBuiltin) return NodeTag.UserClass;
                throw Unsupported(node, $"type '{t.Name}' is not a registered builtin type");
            case PyModule m:
                NoteModule(m);
                return NodeTag.Module;
            case PyModuleStream:
                return NodeTag.ModuleStream;
            case PyBareObject:
                return NodeTag.BareObject;
            case PyInstance:
                return NodeTag.Instance;
            case PyGenericAlias:
                return NodeTag.GenericAlias;
            case PyUnionType:
                return NodeTag.UnionType;
            case PyProperty:
                return NodeTag.Property;
            case PyClassMethod:
                return NodeTag.ClassMethod;
            case PyStaticMethod:
                return NodeTag.StaticMethod;
            case PySuper:
                return NodeTag.Super;
            case CodeObject c:
                return PreludeCodeIndex.TryGetPath(c, out _) ? NodeTag.PreludeCode : NodeTag.Code;
            case string[]:
                return NodeTag.SourceLines;
            case ModuleNamespace ns:
                return ns.IsPrelude ? NodeTag.PreludeNamespace : NodeTag.Namespace;
            case Frame:
                return NodeTag.Frame;
            case PyGenerator:
                return NodeTag.Generator;
            case PyBaseException:
                return NodeTag.Exception;
            case SequenceIterator:
                return NodeTag.SequenceIterator;
            case ReverseSequenceIterator:
                return NodeTag.ReverseSequenceIterator;
            case RangeIterator:
                return NodeTag.RangeIterator;
            case HashTableIterator:
                return NodeTag.HashTableIterator;
            case EnumerateIterator:
                return NodeTag.EnumerateIterator;
            case ZipIterator:
                return NodeTag.ZipIterator;
            case DictView:
                return NodeTag.DictView;
            case PyFuture:
                return NodeTag.Future;
            case PyFutureAwaiter:
                return NodeTag.FutureAwaiter;
            case PyYieldOnce:
                return NodeTag.YieldOnce;
            case PyAsyncGenASend:
                return NodeTag.AsyncGenASend;
            case Scheduler:
                return NodeTag.Scheduler;
            case PyNativeValue when Codecs.NativeValueCodec.CanWrite(node):
                return NodeTag.NativeValue;
            case ISnapshotState:
                return NodeTag.NativeState;
            default:
                throw Unsupported(node, "no snapshot codec handles it");
        }
    }

    private static InvalidOperationException Unsupported(object node, string why)
    {
        var pythonType = node is PyObject o ? $" (Python type '{o.Type.Name}')" : "";
        return new InvalidOperationException($"Cannot snapshot a {node.GetType().Name}{pythonType}: {why}.");
    }
}
