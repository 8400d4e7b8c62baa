namespace Monty.Engine.Objects;

/// <summary>A Python type object. Builtin types are process-wide and immutable to scripts;
/// user classes (created per execution) carry a mutable dict.</summary>
internal sealed class PyType : PyObject
{
    public PyType(string name, PyType? @base, bool isBuiltin = true, bool isBaseType = true)
    {
        Name = name;
        Base = @base;
        IsBuiltin = isBuiltin;
        IsBaseType = isBaseType;
        Bases = @base is null ? [] : [@base];
        Mro = @base is null ? [this] : [this, .. @base.Mro];
    }

    public string Name { get; }

    public PyType? Base { get; }

    public PyType[] Bases { get; set; }

    /// <summary>Method resolution order, this type first.</summary>
    public PyType[] Mro { get; set; }

    /// <summary>Attributes defined on this type (methods, descriptors, class attributes).</summary>
    public Dictionary<string, PyObject> Dict { get; } = new(StringComparer.Ordinal);

    public bool IsBuiltin { get; }

    /// <summary>For types an engine module defines (json.JSONDecodeError, re.Pattern): the module
    /// CPython names in reprs and tracebacks ("json.decoder"); null for builtins and user classes.</summary>
    public string? ModuleName { get; init; }

    /// <summary>The name as reprs and tracebacks print it: qualified for engine-module types.</summary>
    public string QualifiedName => ModuleName is null ? Name : ModuleName + "." + Name;

    /// <summary>Whether the type can be subclassed (bool, NoneType, function... cannot).</summary>
    public bool IsBaseType { get; }

    /// <summary>Set for types whose instances are created by calling the type (int(), list()...).</summary>
    public Func<PyType, PyObject[], KeywordArgs?, PyObject>? Constructor { get; set; }

    public override PyType Type => PyTypes.Type;

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        foreach (var t in Mro)
            if (ReferenceEquals(t, other)) return true;
        return false;
    }

    /// <summary>Finds an attribute along the MRO, or null.</summary>
    public PyObject? Lookup(string name)
    {
        foreach (var t in Mro)
            if (t.Dict.TryGetValue(name, out var v)) return v;
        return null;
    }

    public override string ToString() => Name;
}
