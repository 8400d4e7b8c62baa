using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules;

/// <summary>Helpers for the types engine modules define.</summary>
internal static class ModuleTypes
{
    /// <summary>An exception class of a module (binascii.Error, statistics.StatisticsError): raised and
    /// caught like the builtin ones, shown module-qualified in tracebacks as CPython does.</summary>
    public static PyType Exception(string module, string name, PyType @base)
    {
        TypeSetup.EnsureInitialized();
        return new PyType(name, @base) { Module = module, Constructor = @base.Constructor };
    }

    /// <summary>A bytes-like argument (bytes only: the engine has no bytearray or memoryview).</summary>
    public static byte[] Bytes(PyObject o) =>
        o is PyBytes b ? b.Value : throw PyErrors.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");
}
