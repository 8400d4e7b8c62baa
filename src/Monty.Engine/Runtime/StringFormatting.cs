using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>printf-style (%) and format() entry points over Python values.</summary>
internal static partial class StringFormatting
{
    public static string Percent(string format, PyObject args) =>
        throw PyErrors.Unsupported("%-formatting");
}
