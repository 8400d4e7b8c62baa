namespace Monty.Engine.Objects;

/// <summary>property(fget, fset, fdel, doc): a data descriptor whose accessors are Python callables.</summary>
internal sealed class PyProperty(PyObject? getter, PyObject? setter, PyObject? deleter, PyObject? doc) : PyObject
{
    public PyObject? Getter { get; set; } = getter;

    public PyObject? Setter { get; set; } = setter;

    public PyObject? Deleter { get; set; } = deleter;

    public PyObject? Doc { get; set; } = doc;

    /// <summary>The attribute name, from __set_name__ (used in CPython's error messages).</summary>
    public string? Name { get; set; }

    public override PyType Type => DescriptorTypes.Property;
}

/// <summary>classmethod(f): binds to the class when looked up.</summary>
internal sealed class PyClassMethod(PyObject function) : PyObject
{
    public PyObject Function { get; } = function;

    public Dictionary<string, PyObject>? Dict { get; set; }

    public override PyType Type => DescriptorTypes.ClassMethod;
}

/// <summary>staticmethod(f): never binds.</summary>
internal sealed class PyStaticMethod(PyObject function) : PyObject
{
    public PyObject Function { get; } = function;

    public Dictionary<string, PyObject>? Dict { get; set; }

    public override PyType Type => DescriptorTypes.StaticMethod;
}

/// <summary>super(type, obj): attribute lookup that starts after <see cref="ThisType"/> in obj's MRO.</summary>
internal sealed class PySuper(PyType thisType, PyObject self, PyType selfType) : PyObject
{
    public PyType ThisType { get; } = thisType;

    /// <summary>The instance (or class, for classmethods) methods bind to.</summary>
    public PyObject Self { get; } = self;

    /// <summary>The type whose MRO is searched (type(Self), or Self when it is a class).</summary>
    public PyType SelfType { get; } = selfType;

    public override PyType Type => DescriptorTypes.Super;
}

/// <summary>The builtin types of descriptor objects.</summary>
internal static class DescriptorTypes
{
    public static readonly PyType Property = new("property", PyTypes.Object);
    public static readonly PyType ClassMethod = new("classmethod", PyTypes.Object);
    public static readonly PyType StaticMethod = new("staticmethod", PyTypes.Object);
    public static readonly PyType Super = new("super", PyTypes.Object);
}
