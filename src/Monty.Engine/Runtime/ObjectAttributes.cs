using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Attribute lookup on instances of user classes and on user classes, with descriptors
/// as CPython has them. When Python code must run (a property getter, __getattr__, a user
/// descriptor) the result is a <see cref="TailCall"/>: the VM runs it as a frame, natives run it
/// through <see cref="VirtualMachine.CallNested(TailCall)"/>.</summary>
internal static class ObjectAttributes
{
    /// <summary>obj.name for an object whose type is a user class; null when absent.</summary>
    public static PyObject? GetInstance(PyObject obj, PyType type, string name)
    {
        // Types without a cache (process-wide ones) are searched directly.
        var cache = type.Cache;
        var getattr = cache is null ? type.LookupUserSpecial("__getattr__") : cache.GetAttr;
        if ((cache is null ? type.LookupUserSpecial("__getattribute__") : cache.GetAttribute) is { } getattribute)
        {
            var fallback = getattr;
            return fallback is null
                ? new TailCall(getattribute, [obj, PyStr.Of(name)])
                : new TailCall(VirtualMachine.Current.Prelude.Get("__getattribute_with_fallback"), [obj, PyStr.Of(name)]);
        }
        return GenericGet(obj, type, name) ?? (getattr is { } hook ? new TailCall(hook, [obj, PyStr.Of(name)]) : null);
    }

    /// <summary>The Python function that inst.name would bind to inst, when reading it runs no hook and the
    /// instance doesn't shadow it (so calling it with inst first is the call of the bound method); else null.</summary>
    public static PyFunction? PlainMethod(PyInstance inst, string name)
    {
        var type = inst.Class;
        if (type.Cache is not { GetAttribute: null } || name is "__class__" or "__dict__") return null;
        if (type.Lookup(name) is not PyFunction function) return null;
        if (inst.Dict is { } dict) return dict.GetStr(name) is null ? function : null;
        return inst.Slots is { } slots && slots.ContainsKey(name) ? null : function;
    }

    /// <summary>inst.name when it is simply in the instance dict: no hook, and no class attribute that
    /// could be a data descriptor. False sends the caller to the general path.</summary>
    public static bool TryGetPlain(PyInstance inst, string name, out PyObject value)
    {
        var type = inst.Class;
        if (type.Cache is { GetAttribute: null } && inst.Dict is { } dict && type.Lookup(name) is null && dict.GetStr(name) is { } stored)
        {
            value = stored;
            return true;
        }
        value = null!;
        return false;
    }

    /// <summary>object.__getattribute__: descriptors, then the instance namespace, then the class.</summary>
    public static PyObject? GenericGet(PyObject obj, PyType type, string name)
    {
        var attr = type.Lookup(name);
        if (attr is not null && IsDataDescriptor(attr)) return DescriptorGet(attr, obj, type);
        if (TryGetStored(obj, name, out var stored)) return stored;
        switch (name)
        {
            case "__class__":
                return type;
            case "__dict__" when obj is PyInstance { Dict: { } dict }:
                return dict;
            case "__dict__" when obj is ISubclassInstance sub && type.InstancesHaveDict:
                return sub.Attributes;
        }
        return attr is null ? null : Bind(attr, obj, type);
    }

    /// <summary>What a class attribute becomes when read through an instance.</summary>
    public static PyObject Bind(PyObject attr, PyObject obj, PyType type) => attr switch
    {
        PyFunction => new PyBoundMethod(obj, attr),
        PyClassMethod cm => new PyBoundMethod(type, cm.Function),
        PyStaticMethod sm => sm.Function,
        PyBuiltinFunction { OwnerType: not null } => new PyBoundMethod(obj, attr),
        PyProperty or PyInstance => DescriptorGet(attr, obj, type),
        _ => attr,
    };

    private static PyObject DescriptorGet(PyObject attr, PyObject obj, PyType type)
    {
        switch (attr)
        {
            case PyProperty p:
                return p.Getter is null
                    ? throw PyErrors.AttributeError($"property {PropertyName(p)}of '{type.Name}' object has no getter")
                    : new TailCall(p.Getter, [obj]);
            case PyInstance d when d.Class.LookupUserSpecial("__get__") is { } get:
                return new TailCall(get, [attr, obj, type]);
            default:
                return attr;
        }
    }

    public static bool IsDataDescriptor(PyObject attr) => attr switch
    {
        PyProperty => true,
        PyInstance d => d.Class.LookupUserSpecial("__set__") is not null || d.Class.LookupUserSpecial("__delete__") is not null,
        _ => false,
    };

    private static string PropertyName(PyProperty p) => p.Name is null ? "" : $"'{p.Name}' ";

    /// <summary>Cls.name for a user class (or a builtin class reached through a user metaclass).</summary>
    public static PyObject? GetClassAttribute(PyType cls, string name)
    {
        foreach (var t in cls.Mro)
        {
            if (!t.Dict.TryGetValue(name, out var attr)) continue;
            return attr switch
            {
                PyClassMethod cm => new PyBoundMethod(cls, cm.Function),
                PyStaticMethod sm => sm.Function,
                PyInstance d when d.Class.LookupUserSpecial("__get__") is { } get => new TailCall(get, [attr, PySingleton.None, cls]),
                _ => attr,
            };
        }
        var meta = cls.Metaclass ?? PyTypes.Type;
        var metaAttr = meta.Lookup(name);
        if (metaAttr is null || metaAttr is PyBuiltinFunction { OwnerType: "object" }) return null;
        return Bind(metaAttr, cls, meta);
    }

    /// <summary>obj.name = value. Returns a call to run (a setter, __setattr__, a descriptor's
    /// __set__) or null when the assignment is done.</summary>
    public static TailCall? SetInstance(PyObject obj, PyType type, string name, PyObject value)
    {
        if ((type.Cache is { } cache ? cache.SetAttr : type.LookupUserSpecial("__setattr__")) is { } hook) return new TailCall(hook, [obj, PyStr.Of(name), value]);
        return GenericSet(obj, type, name, value);
    }

    public static TailCall? GenericSet(PyObject obj, PyType type, string name, PyObject value)
    {
        var attr = type.Lookup(name);
        switch (attr)
        {
            case PyProperty p:
                return p.Setter is null
                    ? throw PyErrors.AttributeError($"property {PropertyName(p)}of '{type.Name}' object has no setter")
                    : new TailCall(p.Setter, [obj, value]);
            case PyInstance d when d.Class.LookupUserSpecial("__set__") is { } set:
                return new TailCall(set, [attr, obj, value]);
        }
        if (name == "__class__") throw PyErrors.TypeError("__class__ assignment is not supported by Monty");
        if (name == "__dict__" && obj is PyInstance { Dict: not null } withDict)
        {
            withDict.Dict = value as PyDict ?? throw PyErrors.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
            return null;
        }
        Store(obj, type, name, value);
        return null;
    }

    /// <summary>del obj.name.</summary>
    public static TailCall? DeleteInstance(PyObject obj, PyType type, string name)
    {
        if (type.LookupUserSpecial("__delattr__") is { } hook) return new TailCall(hook, [obj, PyStr.Of(name)]);
        return GenericDelete(obj, type, name);
    }

    public static TailCall? GenericDelete(PyObject obj, PyType type, string name)
    {
        switch (type.Lookup(name))
        {
            case PyProperty p:
                return p.Deleter is null
                    ? throw PyErrors.AttributeError($"property {PropertyName(p)}of '{type.Name}' object has no deleter")
                    : new TailCall(p.Deleter, [obj]);
            case PyInstance d when d.Class.LookupUserSpecial("__delete__") is { } del:
                return new TailCall(del, [d, obj]);
        }
        if (!Remove(obj, name)) throw PyErrors.AttributeError($"'{type.Name}' object has no attribute '{name}'");
        return null;
    }

    private static bool TryGetStored(PyObject obj, string name, out PyObject value)
    {
        switch (obj)
        {
            case PyInstance inst:
                if (inst.Dict is not null)
                {
                    value = inst.Dict.GetStr(name)!;
                    return value is not null;
                }
                if (inst.Slots is not null) return inst.Slots.TryGetValue(name, out value!);
                break;
            case PyBaseException e when e.Dict is not null:
                return e.Dict.TryGetValue(name, out value!);
            case ISubclassInstance sub:
                value = sub.Attributes.GetStr(name)!;
                return value is not null;
        }
        value = null!;
        return false;
    }

    private static void Store(PyObject obj, PyType type, string name, PyObject value)
    {
        switch (obj)
        {
            case PyInstance { Dict: { } dict }:
                if (type.SlotNames is not null && !type.InstancesHaveDict && !type.SlotNames.Contains(name)) break;
                dict.SetStr(name, value);
                return;
            case PyInstance inst:
                if (type.SlotNames is null || !type.SlotNames.Contains(name)) break;
                (inst.Slots ??= new Dictionary<string, PyObject>(StringComparer.Ordinal))[name] = value;
                return;
            case PyBaseException e:
                (e.Dict ??= new Dictionary<string, PyObject>(StringComparer.Ordinal))[name] = value;
                return;
            case ISubclassInstance sub:
                if (!type.InstancesHaveDict && type.SlotNames?.Contains(name) != true) break;
                sub.Attributes.SetStr(name, value);
                return;
        }
        throw PyErrors.AttributeError($"'{type.Name}' object has no attribute '{name}'");
    }

    private static bool Remove(PyObject obj, string name) => obj switch
    {
        PyInstance { Dict: { } dict } => dict.Table.Remove(PyStr.Of(name)) is not null,
        PyInstance { Slots: { } slots } => slots.Remove(name),
        PyBaseException { Dict: { } d } => d.Remove(name),
        ISubclassInstance sub => sub.Attributes.Table.Remove(PyStr.Of(name)) is not null,
        _ => false,
    };
}
