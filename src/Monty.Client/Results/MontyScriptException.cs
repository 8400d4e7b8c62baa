using Monty.Protocol.V1;

namespace Monty.Client;

/// <summary>The script failed: an uncaught Python exception, a SyntaxError, a limit, a call-result
/// timeout. <see cref="Exception.Message"/> reads "Type: message", as Python's last traceback line.</summary>
public sealed class MontyScriptException : Exception
{
    internal MontyScriptException(Failed failed)
        : base(failed.Message.Length == 0 ? failed.ExceptionType : $"{failed.ExceptionType}: {failed.Message}")
    {
        PythonType = failed.ExceptionType;
        PythonMessage = failed.Message;
        Traceback = [.. failed.Traceback.Select(f => new MontyTracebackFrame(
            f.FileName, (int)f.Line, (int)f.Column, (int)f.EndLine, (int)f.EndColumn, f.FunctionName, f.HasSourceLine ? f.SourceLine : null))];
        FormattedTraceback = failed.FormattedTraceback;
        Limit = failed.Limit;
        Reason = failed.Reason;
        Usage = failed.Usage ?? new Usage();
    }

    /// <summary>The Python exception type: "ZeroDivisionError", "TimeoutError"...</summary>
    public string PythonType { get; }

    /// <summary>str() of the exception.</summary>
    public string PythonMessage { get; }

    /// <summary>Innermost frame last, as Python prints them.</summary>
    public IReadOnlyList<MontyTracebackFrame> Traceback { get; }

    /// <summary>The traceback as CPython prints it, ending with "Type: message".</summary>
    public string FormattedTraceback { get; }

    /// <summary>The limit that stopped the script, if any.</summary>
    public Limit Limit { get; }

    public FailureReason Reason { get; }

    public Usage Usage { get; }
}

/// <summary>One line of a Python traceback. Lines and columns are 1-based; 0 means unknown.</summary>
public sealed record MontyTracebackFrame(string FileName, int Line, int Column, int EndLine, int EndColumn, string FunctionName, string? SourceLine);
