using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>What calling a user class does, decided once per class (and again after any class
/// changes) instead of walking the MRO for __new__, __init__, the layout and abstract methods on
/// every call. Only the plain case is planned: anything else takes the general path.</summary>
internal sealed class ConstructionPlan
{
    private static readonly ConstructionPlan General = new(false, null);

    private ConstructionPlan(bool isPlain, PyFunction? init)
    {
        IsPlain = isPlain;
        Init = init;
    }

    /// <summary>True when the call is object.__new__ (a bare <see cref="PyInstance"/>) followed by
    /// the Python __init__ <see cref="Init"/> if there is one, with nothing else to check.</summary>
    public bool IsPlain { get; }

    public PyFunction? Init { get; }

    /// <summary>The plan of a user class; null for builtin types.</summary>
    public static ConstructionPlan? Of(PyType cls)
    {
        if (cls.Cache is not { } cache) return null;
        return cache.ConstructionPlan as ConstructionPlan ?? (ConstructionPlan)(cache.ConstructionPlan = Decide(cls));
    }

    private static ConstructionPlan Decide(PyType cls)
    {
        if (cls.Metaclass?.LookupUserSpecial("__call__") is not null) return General;
        if (cls.IsSubtypeOf(PyTypes.Type) || cls.LookupUserSpecial("__new__") is not null) return General;
        // Any __abstractmethods__ (even empty) goes the general way: the set could change in place.
        if (cls.Lookup("__abstractmethods__") is not null) return General;
        if (cls.BuiltinBase != PyTypes.Object || ExceptionTypes.IsExceptionType(cls)) return General;
        return cls.LookupUserSpecial("__init__") switch
        {
            null => new ConstructionPlan(true, null),
            PyFunction init => new ConstructionPlan(true, init),
            _ => General,
        };
    }
}
