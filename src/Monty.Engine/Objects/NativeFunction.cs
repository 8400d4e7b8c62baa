namespace Monty.Engine.Objects;

/// <summary>Signature of every builtin implemented in C#. For methods, args[0] is self.
/// A builtin that must run Python code returns a <see cref="TailCall"/> instead of calling it.</summary>
internal delegate PyObject NativeFunction(PyObject[] args, KeywordArgs? kwargs);

/// <summary>A builtin function or (unbound) builtin method.</summary>
internal sealed class PyBuiltinFunction(string name, NativeFunction function, string? ownerType = null) : PyObject
{
    public string Name { get; } = name;

    public NativeFunction Function { get; } = function;

    /// <summary>For methods, the name of the type defining them ("str" for str.upper); null for plain builtins.</summary>
    public string? OwnerType { get; } = ownerType;

    /// <summary>Whether the builtin always consumes its iterable arguments completely, so the VM
    /// may turn generator arguments into lists before calling it (instead of the builtin
    /// discovering the generator and asking for a retry).</summary>
    public bool ConsumesIterables { get; } = IsConsumer(name);

    public override PyType Type => PyTypes.BuiltinFunction;

    private static bool IsConsumer(string name) => name is "sorted" or "sum" or "min" or "max" or "join" or "extend"
        or "update" or "union" or "intersection" or "difference" or "symmetric_difference" or "issubset" or "issuperset"
        or "isdisjoint" or "fromkeys" or "intersection_update" or "difference_update" or "symmetric_difference_update";
}

/// <summary>A function object or method bound to its receiver.</summary>
internal sealed class PyBoundMethod(PyObject self, PyObject function) : PyObject
{
    public PyObject Self { get; } = self;

    public PyObject Function { get; } = function;

    public override PyType Type => Function is PyBuiltinFunction ? PyTypes.BuiltinFunction : PyTypes.Method;
}

/// <summary>Returned by a builtin to ask the VM to call a Python callable in its place and use
/// that call's result as the builtin's result. Builtins never run Python code on the .NET stack:
/// this keeps every Python frame on the VM's frame stack, where it can suspend for host calls.</summary>
internal sealed class TailCall(PyObject callable, PyObject[] args, KeywordArgs? kwargs = null) : PyObject
{
    public PyObject Callable { get; } = callable;

    public PyObject[] Args { get; } = args;

    public KeywordArgs? Kwargs { get; } = kwargs;

    public override PyType Type => PyTypes.Object;
}

/// <summary>A function the host provides. Calling it suspends the execution until the host answers.</summary>
internal sealed class PyHostFunction(string name) : PyObject
{
    public string Name { get; } = name;

    public override PyType Type => PyTypes.BuiltinFunction;
}
