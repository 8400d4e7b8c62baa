using Monty.Engine.Runtime;

namespace Monty.Engine.Objects;

/// <summary>An exception instance. Its type may be a builtin exception type or (later) a user subclass.</summary>
internal sealed class PyBaseException : PyObject
{
    public PyBaseException(PyType type, PyTuple args)
    {
        ExceptionType = type;
        Args = args;
    }

    public PyType ExceptionType { get; set; }

    public PyTuple Args { get; set; }

    public PyBaseException? Cause { get; set; }

    public PyBaseException? Context { get; set; }

    public bool SuppressContext { get; set; }

    /// <summary>Traceback entries in the order unwinding added them: innermost frame first.</summary>
    public List<TracebackEntry> Traceback { get; } = [];

    /// <summary>Extra attributes (StopIteration.value, user fields).</summary>
    public Dictionary<string, PyObject>? Dict { get; set; }

    /// <summary>Set for engine-enforced limits (TimeoutError, MemoryError) that scripts cannot catch.</summary>
    public string? LimitKind { get; set; }

    /// <summary>The frame that last re-raised this exception, so unwinding does not record that
    /// frame twice in the traceback. Transient: not part of snapshots.</summary>
    public Runtime.Frame? LastFrame { get; set; }

    public override PyType Type => ExceptionType;
}
