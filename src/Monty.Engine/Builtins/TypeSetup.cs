using Monty.Engine.Objects;

namespace Monty.Engine.Builtins;

/// <summary>Installs the methods of every builtin type, once per process.</summary>
internal static class TypeSetup
{
    private static readonly object Gate = new();
    private static bool _done;

    public static void EnsureInitialized()
    {
        if (Volatile.Read(ref _done)) return;
        lock (Gate)
        {
            if (_done) return;
            TypeConstructors.Register();
            StrMethods.Register(PyTypes.Str);
            BytesMethods.Register(PyTypes.Bytes);
            ListMethods.Register(PyTypes.List);
            TupleMethods.Register(PyTypes.Tuple);
            DictMethods.Register(PyTypes.Dict);
            SetMethods.Register(PyTypes.Set, PyTypes.FrozenSet);
            NumberMethods.Register(PyTypes.Int, PyTypes.Float);
            ExceptionMethods.Register();
            GeneratorMethods.Register(PyTypes.Generator);
            StrFormatMethods.Register(PyTypes.Str);
            DunderMethods.Register();
            RangeMethods.Register(PyTypes.Range, PyTypes.Slice);
            ObjectMethods.Register();
            ContainerInit.Register();
            Volatile.Write(ref _done, true);
        }
    }

    /// <summary>Adds a method to a builtin type; args[0] is self when called.</summary>
    public static void Method(PyType type, string name, NativeFunction fn) =>
        type.Dict[name] = new PyBuiltinFunction(name, fn, type.Name);

    /// <summary>Adds a function to a builtin type that is not bound to instances (CPython's
    /// classmethods such as dict.fromkeys and int.from_bytes); args has no receiver.</summary>
    public static void StaticMethod(PyType type, string name, NativeFunction fn) =>
        type.Dict[name] = new PyBuiltinFunction(name, fn);
}
