using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Snapshots;

/// <summary>Names for the process-wide objects a snapshot refers to instead of copying: builtin
/// types, builtin functions and methods, and natives the prelude binds. Both directions are
/// built once; a new builtin type must be added to <see cref="Types"/> (a test checks that every
/// static PyType field in the engine is listed).</summary>
internal static class BuiltinRegistry
{
    /// <summary>The prelude's native helpers: created per prelude, so they are restored by name.</summary>
    private static readonly Dictionary<string, NativeFunction> PreludeNatives = new(
        Modules.Asyncio.AsyncioLoop.Natives
            .Append(new("__sort_by_keys", ListMethods.SortByKeys))
            .Append(new("__json_encode", Modules.Json.JsonModule.EncodeNative)), StringComparer.Ordinal);

    private static readonly Lazy<Tables> Lazy = new(Build);

    public static IEnumerable<PyType> Types =>
    [
        PyTypes.Object, PyTypes.Type, PyTypes.Int, PyTypes.Bool, PyTypes.Float, PyTypes.Str, PyTypes.Bytes,
        PyTypes.List, PyTypes.Tuple, PyTypes.Dict, PyTypes.Set, PyTypes.FrozenSet, PyTypes.NoneType,
        PyTypes.NotImplementedType, PyTypes.Ellipsis, PyTypes.Range, PyTypes.Slice, PyTypes.Function,
        PyTypes.BuiltinFunction, PyTypes.Method, PyTypes.Generator, PyTypes.Module, PyTypes.Cell, PyTypes.Code,
        PyTypes.Traceback, PyTypes.Iterator, PyTypes.DictKeys, PyTypes.DictValues, PyTypes.DictItems,
        SequenceIterator.ListIteratorType, SequenceIterator.TupleIteratorType, SequenceIterator.StrIteratorType,
        SequenceIterator.BytesIteratorType, SequenceIterator.ListReverseIteratorType, RangeIterator.IteratorType,
        HashTableIterator.DictKeyIteratorType, HashTableIterator.DictValueIteratorType,
        HashTableIterator.DictItemIteratorType, HashTableIterator.SetIteratorType,
        EnumerateIterator.EnumerateType, ZipIterator.ZipType, PyModuleStream.StreamType,
        Modules.Json.JsonErrors.DecodeErrorType, Modules.Re.RegexError.Type, Modules.Re.ReTypes.Pattern, Modules.Re.ReTypes.Match,
        Modules.Functools.PyPartial.PartialType, Modules.Functools.FunctoolsNatives.CacheInfoType, Modules.Sys.SysModule.VersionInfoType,
        Modules.String.PyTemplate.TemplateType, Modules.Typing.PyTypingForm.FormType,
        DescriptorTypes.Property, DescriptorTypes.ClassMethod, DescriptorTypes.StaticMethod, DescriptorTypes.Super,
        PyGenericAlias.AliasType, PyUnionType.UnionTypeType,
        .. ExceptionTypes.All, .. AsyncTypes.All,
        .. Modules.Datetime.DatetimeTypes.All,
        .. Modules.Hashlib.HashlibModule.Types,
        .. Modules.ModuleErrors.Types,
        .. Modules.Random.RandomModule.Types,
        .. Modules.Uuid.UuidModule.Types,
        .. Modules.Fractions.FractionsModule.Types,
        .. Modules.Statistics.StatisticsModule.Types,
    ];

    public static bool TryGetTypeName(PyType type, out string name) =>
        Lazy.Value.TypeNames.TryGetValue(type, out name!);

    public static PyType? FindType(string name) => Lazy.Value.TypesByName.GetValueOrDefault(name);

    /// <summary>Owner is "" for the builtins namespace, else the name of the type whose dict holds it.</summary>
    public static bool TryGetFunctionKey(PyBuiltinFunction function, out (string Owner, string Name) key) =>
        Lazy.Value.FunctionKeys.TryGetValue(function, out key);

    public static PyBuiltinFunction? FindFunction(string owner, string name) =>
        Lazy.Value.FunctionsByKey.GetValueOrDefault((owner, name));

    public static bool IsPreludeNative(PyBuiltinFunction function) =>
        PreludeNatives.TryGetValue(function.Name, out var native) && function.Function == native && function.OwnerType is null;

    public static PyBuiltinFunction? CreatePreludeNative(string name) =>
        PreludeNatives.TryGetValue(name, out var native) ? new PyBuiltinFunction(name, native) : null;

    private sealed record Tables(
        Dictionary<PyType, string> TypeNames,
        Dictionary<string, PyType> TypesByName,
        Dictionary<PyBuiltinFunction, (string, string)> FunctionKeys,
        Dictionary<(string, string), PyBuiltinFunction> FunctionsByKey);

    private static Tables Build()
    {
        TypeSetup.EnsureInitialized();
        var typeNames = new Dictionary<PyType, string>(ReferenceEqualityComparer.Instance);
        var typesByName = new Dictionary<string, PyType>(StringComparer.Ordinal);
        var functionKeys = new Dictionary<PyBuiltinFunction, (string, string)>(ReferenceEqualityComparer.Instance);
        var functionsByKey = new Dictionary<(string, string), PyBuiltinFunction>();
        void AddFunction(string owner, string name, PyBuiltinFunction f)
        {
            // One object may be reachable under two keys; the first one names it.
            functionKeys.TryAdd(f, (owner, name));
            functionsByKey[(owner, name)] = f;
        }
        foreach (var type in Types)
        {
            // Module types written as Python classes in CPython (binascii.Error) carry their module.
            if (!typesByName.TryAdd(type.QualifiedName, type))
                throw new InvalidOperationException($"Two builtin types are named '{type.QualifiedName}'; snapshots name types uniquely.");
            typeNames[type] = type.QualifiedName;
        }
        foreach (var type in Types)
            foreach (var kv in type.Dict)
                if (kv.Value is PyBuiltinFunction f) AddFunction(type.QualifiedName, kv.Key, f);
        foreach (var kv in BuiltinsTable.All)
            if (kv.Value is PyBuiltinFunction f) AddFunction("", kv.Key, f);
        return new Tables(typeNames, typesByName, functionKeys, functionsByKey);
    }
}
