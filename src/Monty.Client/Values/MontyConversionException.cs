namespace Monty.Client.Values;

/// <summary>A value could not be converted between .NET and Python. Raised in a host function's
/// binding, the script sees it as a <c>TypeError</c>.</summary>
public sealed class MontyConversionException(string message) : Exception(message);
