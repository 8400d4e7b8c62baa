namespace Monty.Engine.Objects;

/// <summary>list[int], dict[str, int]...: what subscripting a builtin generic type gives, so
/// annotations evaluate as in CPython (types.GenericAlias).</summary>
internal sealed class PyGenericAlias(PyType origin, PyObject[] args) : PyObject
{
    public static readonly PyType AliasType = new("GenericAlias", PyTypes.Object, isBaseType: false);

    public PyType Origin { get; } = origin;

    public PyObject[] Args { get; } = args;

    public override PyType Type => AliasType;
}

/// <summary>int | None: a union of types (types.UnionType), usable in isinstance.</summary>
internal sealed class PyUnionType(PyObject[] args) : PyObject
{
    public static readonly PyType UnionTypeType = new("UnionType", PyTypes.Object, isBaseType: false);

    public PyObject[] Args { get; } = args;

    public override PyType Type => UnionTypeType;
}
