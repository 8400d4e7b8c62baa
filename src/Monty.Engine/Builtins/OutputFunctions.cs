using System.Text;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>print(): text goes to the host's writer as it is produced.</summary>
internal static class OutputFunctions
{
    public static void Register(Dictionary<string, PyObject> table) => BuiltinsTable.Add(table, "print", Print);

    private static PyObject Print(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.AllowKeywords("print", kwargs, "sep", "end", "file", "flush");
        var sep = OptionalString(kwargs?.Get("sep"), " ", "sep");
        var end = OptionalString(kwargs?.Get("end"), "\n", "end");
        var toStderr = false;
        if (kwargs?.Get("file") is { } file && file is not PySingleton { Name: "None" })
        {
            toStderr = file is PyModuleStream { IsError: true };
            if (file is not PyModuleStream) throw PyErrors.AttributeError($"'{file.Type.Name}' object has no attribute 'write'");
        }
        var sb = new StringBuilder();
        for (var i = 0; i < args.Length; i++)
        {
            if (i > 0) sb.Append(sep);
            sb.Append(Repr.Str(args[i]));
        }
        sb.Append(end);
        var text = sb.ToString();
        var vm = VirtualMachine.Current;
        vm.Tracker.ChargeOutput(Encoding.UTF8.GetByteCount(text));
        vm.Output.Write(text, toStderr);
        return PySingleton.None;
    }

    private static string OptionalString(PyObject? value, string fallback, string name) => value switch
    {
        null or PySingleton { Name: "None" } => fallback,
        PyStr s => s.Value,
        _ => throw PyErrors.TypeError($"{name} must be None or a string, not {value.Type.Name}"),
    };
}

/// <summary>sys.stdout / sys.stderr stand-ins accepted by print(file=...).</summary>
internal sealed class PyModuleStream(bool isError) : PyObject
{
    public static readonly PyType StreamType = new("TextIOWrapper", PyTypes.Object, isBaseType: false);

    public bool IsError { get; } = isError;

    public override PyType Type => StreamType;
}
