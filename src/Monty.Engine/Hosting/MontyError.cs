namespace Monty.Engine;

/// <summary>One line of a Python traceback.</summary>
public sealed record TracebackFrame(string FileName, int Line, int Column, int EndLine, int EndColumn, string FunctionName, string? SourceLine);

/// <summary>A Python exception that ended an execution (or a SyntaxError that stopped compilation).</summary>
public sealed record MontyError(string TypeName, string Message, IReadOnlyList<TracebackFrame> Traceback)
{
    /// <summary>Set when an engine limit raised the error: "time", "memory", "allocations", "output", "suspensions", "recursion".</summary>
    public string? LimitKind { get; init; }

    /// <summary>The traceback as CPython prints it, ending with "Type: message".</summary>
    public string FormattedTraceback { get; init; } = "";

    /// <summary>The type as CPython's traceback names it: module-qualified for types engine modules
    /// define ("json.decoder.JSONDecodeError", "asyncio.exceptions.CancelledError"); the same as
    /// <see cref="TypeName"/> for builtins and the script's own classes.</summary>
    public string QualifiedTypeName { get; init; } = "";

    /// <summary>The last traceback line: "Type: message", or just "Type" when the message is empty.</summary>
    public string Summary
    {
        get
        {
            var type = QualifiedTypeName.Length > 0 ? QualifiedTypeName : TypeName;
            return Message.Length == 0 ? type : $"{type}: {Message}";
        }
    }
}

/// <summary>Thrown by the host-facing API for code that cannot be compiled (SyntaxError).</summary>
public sealed class MontySyntaxException(MontyError error) : Exception(error.Summary)
{
    public MontyError Error { get; } = error;
}
