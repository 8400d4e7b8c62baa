namespace Monty.Engine.Objects;

/// <summary>A Python type object. Builtin types are process-wide and immutable to scripts;
/// user classes (created per execution) carry a mutable dict.</summary>
internal sealed class PyType : PyObject
{
    public PyType(string name, PyType? @base, bool isBuiltin = true, bool isBaseType = true)
    {
        Name = name;
        QualName = name;
        Base = @base;
        IsBuiltin = isBuiltin;
        IsBaseType = isBaseType;
        Bases = @base is null ? [] : [@base];
        Mro = @base is null ? [this] : [this, .. @base.Mro];
    }

    public string Name { get; private set; }

    /// <summary>Set for classes of engine modules written in Python whose CPython counterparts are
    /// C types (decimal.Decimal): error messages show "module.Name", __name__ the bare name.</summary>
    public string? BareName { get; private set; }

    public void NameLikeCType(string module)
    {
        BareName = Name;
        Name = $"{module}.{Name}";
    }

    /// <summary>For builtin types of engine modules written as Python classes in CPython
    /// (fractions.Fraction): the module, which reprs and tracebacks show; Name stays bare.</summary>
    public string? Module { get; init; }

    /// <summary>The name tracebacks and the type's repr show: module-qualified when Module is set.</summary>
    public string QualifiedName => Module is null ? Name : $"{Module}.{Name}";

    public PyType? Base { get; }

    public PyType[] Bases
    {
        get => _bases;
        set
        {
            _bases = value;
            TypeDict.Invalidate();
        }
    }

    private PyType[] _bases = [];

    /// <summary>Method resolution order, this type first.</summary>
    public PyType[] Mro
    {
        get => _mro;
        set
        {
            _mro = value;
            TypeDict.Invalidate();
        }
    }

    private PyType[] _mro = [];

    /// <summary>Attributes defined on this type (methods, descriptors, class attributes).</summary>
    public TypeDict Dict { get; } = new();

    public bool IsBuiltin { get; }

    /// <summary>Whether the type can be subclassed (bool, NoneType, function... cannot).</summary>
    public bool IsBaseType { get; }

    /// <summary>Set for types whose instances are created by calling the type (int(), list()...).</summary>
    public Func<PyType, PyObject[], KeywordArgs?, PyObject>? Constructor { get; set; }

    /// <summary>A user class: its bases, C3 MRO and metaclass are computed by the class builder.</summary>
    public PyType(string name, PyType[] bases, PyType[] mroAfterSelf, PyType? metaclass)
    {
        Name = name;
        QualName = name;
        Base = bases[0];
        Bases = bases;
        Mro = [this, .. mroAfterSelf];
        IsBuiltin = false;
        IsBaseType = true;
        Metaclass = metaclass;
        _ownedByOneExecution = true;
    }

    /// <summary>The class's qualified name (Outer.Inner) for reprs.</summary>
    public string QualName { get; set; } = "";

    /// <summary>The module a user class was defined in.</summary>
    public string ModuleName { get; set; } = "builtins";

    /// <summary>A user metaclass (a subclass of type); null means type.</summary>
    public PyType? Metaclass
    {
        get => _metaclass;
        set
        {
            _metaclass = value;
            TypeDict.Invalidate();
        }
    }

    private PyType? _metaclass;

    private TypeCache? _cache;

    /// <summary>True for classes built by a running script (or restored from its snapshot): only those get a
    /// cache, since process-wide types (even non-builtin ones, like datetime's IsoCalendarDate) are shared by threads.</summary>
    private readonly bool _ownedByOneExecution;

    /// <summary>The lookup cache of a user class, rebuilt after any type namespace changes; null for builtin and
    /// other process-wide types (searched directly).</summary>
    public TypeCache? Cache
    {
        get
        {
            if (!_ownedByOneExecution) return null;
            var version = TypeDict.Version;
            var cache = _cache;
            if (cache is null || cache.Version != version) _cache = cache = new TypeCache(this, version);
            return cache;
        }
    }

    /// <summary>Whether instances carry a __dict__ (false when __slots__ leaves it out).</summary>
    public bool InstancesHaveDict { get; set; } = true;

    /// <summary>Attribute names allowed by __slots__ along the MRO; null when unrestricted.</summary>
    public HashSet<string>? SlotNames { get; set; }

    /// <summary>User classes derived from this one (for __subclasses__), in creation order.</summary>
    public List<PyType>? Subclasses { get; set; }

    public override PyType Type => Metaclass ?? PyTypes.Type;

    /// <summary>The nearest builtin type in the MRO: it decides how instances are represented.</summary>
    public PyType BuiltinBase
    {
        get
        {
            foreach (var t in Mro)
                if (t.IsBuiltin) return t;
            return PyTypes.Object;
        }
    }

    /// <summary>Finds a special method that Python code defines along the MRO, or null when the
    /// first definition found is a builtin's (whose behaviour the native operations already have).</summary>
    public PyObject? LookupUserSpecial(string name)
    {
        if (Cache is not { } cache) return FindUserSpecial(name);
        var specials = cache.Specials;
        if (specials.TryGetValue(name, out var cached)) return cached;
        var found = FindUserSpecial(name);
        if (specials.Count < TypeCache.MaxEntries) specials[name] = found;
        return found;
    }

    /// <summary><see cref="LookupUserSpecial"/> without the cache.</summary>
    public PyObject? FindUserSpecial(string name)
    {
        if (IsBuiltin) return null;
        foreach (var t in Mro)
        {
            if (t.Dict.TryGetValue(name, out var v)) return t.IsBuiltin ? null : v;
        }
        return null;
    }

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
        if (Cache is not { } cache) return Find(name);
        var attributes = cache.Attributes;
        if (attributes.TryGetValue(name, out var cached)) return cached;
        var found = Find(name);
        if (attributes.Count < TypeCache.MaxEntries) attributes[name] = found;
        return found;
    }

    private PyObject? Find(string name)
    {
        foreach (var t in Mro)
            if (t.Dict.TryGetValue(name, out var v)) return v;
        return null;
    }

    public override string ToString() => Name;
}
