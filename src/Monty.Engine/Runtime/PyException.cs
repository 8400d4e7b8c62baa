using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>The .NET carrier of a Python exception raised by C# code (builtins, operators).
/// The VM catches it and unwinds Python frames with the carried exception object.</summary>
internal sealed class PyException(PyBaseException value) : Exception
{
    public PyBaseException Value { get; } = value;

    public override string Message => $"{Value.ExceptionType.Name}: {ExceptionText.Str(Value)}";
}
