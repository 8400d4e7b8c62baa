using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>The context manager protocol of the with statement: __enter__ and __exit__ are
/// looked up on the type, as CPython does, and bound to the manager.</summary>
internal static class ContextManager
{
    public static (PyObject Exit, PyObject Enter) Methods(PyObject manager)
    {
        var type = manager.Type;
        var enter = type.Lookup("__enter__");
        if (enter is null)
            throw PyErrors.TypeError($"'{type.Name}' object does not support the context manager protocol");
        var exit = type.Lookup("__exit__")
            ?? throw PyErrors.TypeError($"'{type.Name}' object does not support the context manager protocol (missed __exit__ method)");
        return (ObjectAttributes.Bind(exit, manager, type), ObjectAttributes.Bind(enter, manager, type));
    }
}
