namespace Monty.Engine.Objects;

/// <summary>What a user class resolves along its MRO, remembered until any type namespace changes
/// (<see cref="TypeDict.Version"/>). Only user classes have one: they belong to one execution, so
/// the cache is never shared between threads.</summary>
internal sealed class TypeCache
{
    public TypeCache(PyType type, int version)
    {
        Version = version;
        GetAttribute = type.FindUserSpecial("__getattribute__");
        GetAttr = type.FindUserSpecial("__getattr__");
        SetAttr = type.FindUserSpecial("__setattr__");
    }

    /// <summary>Bounds each map: getattr with computed names must not grow memory nobody is charged for.</summary>
    public const int MaxEntries = 512;

    public int Version { get; }

    /// <summary>User-defined attribute hooks (null when object's own behaviour applies).</summary>
    public PyObject? GetAttribute { get; }

    public PyObject? GetAttr { get; }

    public PyObject? SetAttr { get; }

    /// <summary>Results of <see cref="PyType.Lookup"/> (null values record misses).</summary>
    public Dictionary<string, PyObject?> Attributes { get; } = new(StringComparer.Ordinal);

    /// <summary>Results of <see cref="PyType.LookupUserSpecial"/>.</summary>
    public Dictionary<string, PyObject?> Specials { get; } = new(StringComparer.Ordinal);

    /// <summary>How calling the class builds an instance; set on first call.</summary>
    public object? ConstructionPlan { get; set; }
}
