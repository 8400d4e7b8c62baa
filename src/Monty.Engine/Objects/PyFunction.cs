using Monty.Engine.Compilation;
using Monty.Engine.Runtime;

namespace Monty.Engine.Objects;

/// <summary>A Python function: code, the module namespace it closes over, defaults and cells.</summary>
internal sealed class PyFunction : PyObject
{
    public PyFunction(CodeObject code, ModuleNamespace globals, PyObject[] defaults, PyDict? kwDefaults, PyCell[]? closure)
    {
        Code = code;
        Globals = globals;
        Defaults = defaults;
        KwDefaults = kwDefaults;
        Closure = closure;
        Name = code.Name;
        QualName = code.QualName;
        GlobalSlots = globals.SlotsFor(code);
    }

    public CodeObject Code { get; }

    public ModuleNamespace Globals { get; }

    /// <summary>Resolved global slots for Code's names, so LOAD_GLOBAL is an array index.</summary>
    public GlobalSlot[] GlobalSlots { get; }

    public PyObject[] Defaults { get; set; }

    public PyDict? KwDefaults { get; set; }

    public PyCell[]? Closure { get; }

    public string Name { get; set; }

    public string QualName { get; set; }

    /// <summary>Attributes set on the function (f.attr = ...), created on first use.</summary>
    public Dictionary<string, PyObject>? Dict { get; set; }

    public override PyType Type => PyTypes.Function;
}
