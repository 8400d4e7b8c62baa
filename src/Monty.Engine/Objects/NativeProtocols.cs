namespace Monty.Engine.Objects;

/// <summary>A native object (from an engine module) with data attributes computed in C#,
/// such as re.Match.lastindex. Methods still live in its type's dict.</summary>
internal interface INativeAttributes
{
    /// <summary>The attribute's value, or null when this object defines no such data attribute.</summary>
    PyObject? GetAttribute(string name);
}

/// <summary>A native object whose repr is not the default angle-bracket form.</summary>
internal interface INativeRepr
{
    string Repr();
}

/// <summary>A native object that supports obj[key].</summary>
internal interface INativeSubscript
{
    PyObject GetItem(PyObject key);
}

/// <summary>A native callable object (functools.partial): calling it yields a result or a
/// <see cref="TailCall"/> the VM continues with, never running Python on the .NET stack.</summary>
internal interface INativeCallable
{
    PyObject Call(PyObject[] args, KeywordArgs? kwargs);
}

/// <summary>A native module object that snapshots as a kind name plus plain Python values, from
/// which <see cref="Modules.NativeSnapshots"/> rebuilds it.</summary>
internal interface ISnapshotState
{
    string SnapshotKind { get; }

    PyObject[] SnapshotState();
}
