using System.Text;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Typing;

/// <summary>A typing special form or alias (List, Optional[str], ~T): annotations only need it
/// to exist, subscript and print like CPython's (typing.Dict[str, int]).</summary>
internal sealed class PyTypingForm(string display, PyObject[]? args = null) : PyObject, INativeRepr, INativeSubscript, INativeAttributes, ISnapshotState
{
    public string SnapshotKind => "typing.form";

    public PyObject[] SnapshotState() => args is null ? [PyStr.Of(display)] : [PyStr.Of(display), PyBool.True, .. args];

    public static readonly PyType FormType = new("_SpecialForm", PyTypes.Object, isBaseType: false) { Module = "typing" };

    public override PyType Type => FormType;

    public PyObject GetItem(PyObject key)
    {
        if (args is not null && display.StartsWith('~')) throw PyErrors.TypeError($"'{display}' is not subscriptable");
        var items = key is PyTuple t ? t.Items : [key];
        return new PyTypingForm(display, items);
    }

    public PyObject? GetAttribute(string name) => name switch
    {
        "__args__" => args is null ? PyTuple.Empty : new PyTuple(args),
        "__name__" when !display.StartsWith('~') => PyStr.Of(display.Replace("typing.", "")),
        _ => null,
    };

    public string Repr()
    {
        if (args is null) return display;
        var sb = new StringBuilder(display).Append('[');
        for (var i = 0; i < args.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            AppendArg(sb, args[i]);
        }
        return sb.Append(']').ToString();
    }

    private static void AppendArg(StringBuilder sb, PyObject arg)
    {
        switch (arg)
        {
            case PyType t:
                sb.Append(t.IsBuiltin && t.Module is null ? t.Name : t.QualifiedName);
                break;
            case PySingleton when ReferenceEquals(arg, PySingleton.None):
                sb.Append("NoneType");
                break;
            case PySingleton when ReferenceEquals(arg, PySingleton.Ellipsis):
                sb.Append("...");
                break;
            case PyList l:
                sb.Append('[');
                for (var i = 0; i < l.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    AppendArg(sb, l.Items[i]);
                }
                sb.Append(']');
                break;
            default:
                sb.Append(Runtime.Repr.Of(arg));
                break;
        }
    }

    /// <summary>_form(display) for typing.py.</summary>
    public static PyObject Make(PyObject[] args, KeywordArgs? kwargs) => new PyTypingForm(((PyStr)args[0]).Value);
}
