using Monty.Client.Values;

namespace Monty.Client;

/// <summary>Decides which Python exception a host function's .NET exception becomes.</summary>
public delegate PythonError HostExceptionMapper(Exception exception);

/// <summary>A Python exception type name and message.</summary>
public sealed record PythonError(string Type, string Message)
{
    /// <summary>The default mapping: <see cref="MontyHostException"/> as it says,
    /// <see cref="ArgumentException"/> → ValueError, <see cref="KeyNotFoundException"/> → KeyError,
    /// a failed argument conversion → TypeError, anything else → RuntimeError.</summary>
    public static PythonError FromException(Exception exception) => exception switch
    {
        MontyHostException host => new(host.PythonType, host.Message),
        MontyConversionException conversion => new("TypeError", conversion.Message),
        ArgumentException argument => new("ValueError", argument.Message),
        KeyNotFoundException key => new("KeyError", key.Message),
        _ => new("RuntimeError", exception.Message),
    };
}
