using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>str.format and str.format_map.</summary>
internal static class StrFormatMethods
{
    public static void Register(PyType type)
    {
        TypeSetup.Method(type, "format", Format);
        TypeSetup.Method(type, "format_map", FormatMap);
    }

    private static PyObject Format(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = MethodArgs.Self<PyStr>(args, PyTypes.Str, "format");
        return PyStr.Of(StringFormatting.Brace(self.Value, args, 1, name =>
            kwargs?.Get(name) ?? throw PyErrors.KeyError(PyStr.Of(name))));
    }

    private static PyObject FormatMap(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = MethodArgs.Self<PyStr>(args, PyTypes.Str, "format_map");
        NativeArgs.NoKeywords("format_map", kwargs);
        NativeArgs.MethodCount("format_map", args, 1, 1);
        var mapping = args[1];
        return PyStr.Of(StringFormatting.Brace(self.Value, [], 0, name => Subscript.Get(mapping, PyStr.Of(name))));
    }
}
