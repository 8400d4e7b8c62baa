namespace Monty.Client;

/// <summary>Thrown by a host function to raise a chosen Python exception in the script, e.g.
/// <c>throw new MontyHostException("PermissionError", "not allowed")</c>. Python built-in
/// exception names only; the server turns others into RuntimeError.</summary>
public sealed class MontyHostException(string pythonType, string message) : Exception(message)
{
    public string PythonType { get; } = pythonType;
}
