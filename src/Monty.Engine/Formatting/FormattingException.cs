namespace Monty.Engine.Formatting;

/// <summary>
/// Raised by the formatting and parsing routines. <see cref="PythonType"/> names the Python
/// exception class ("ValueError", "TypeError", "OverflowError") and the message is CPython's
/// exact text, so the interpreter can map it to a Python exception without rewording.
/// </summary>
internal sealed class FormattingException(string pythonType, string message) : Exception(message)
{
    public string PythonType { get; } = pythonType;

    public static FormattingException ValueError(string message) => new("ValueError", message);

    public static FormattingException TypeError(string message) => new("TypeError", message);

    public static FormattingException OverflowError(string message) => new("OverflowError", message);

    /// <summary>A result longer than a .NET string can hold (CPython raises a bare MemoryError).</summary>
    public static FormattingException MemoryError() => new("MemoryError", "");
}
