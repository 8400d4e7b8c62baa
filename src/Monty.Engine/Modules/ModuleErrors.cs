using Monty.Engine.Runtime;

namespace Monty.Engine.Modules;

/// <summary>Exception types that several engine modules raise.</summary>
internal static class ModuleErrors
{
    /// <summary>binascii.Error (a ValueError), raised by base64 for malformed input.</summary>
    public static readonly Objects.PyType BinasciiError = ModuleTypes.Exception("binascii", "Error", ExceptionTypes.ValueError);

    public static Objects.PyType[] Types => [BinasciiError];

    public static PyException Binascii(string message) => PyErrors.New(BinasciiError, message);
}
