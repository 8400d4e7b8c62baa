using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Parsing;

/// <summary>Raised by the tokenizer, parser and compiler for invalid source. PythonType is
/// "SyntaxError" or "IndentationError" (or "TabError"); the message is CPython's wording.</summary>
internal sealed class SyntaxErrorException(string message, SourceSpan span, string pythonType = "SyntaxError")
    : Exception(message)
{
    public SourceSpan Span { get; } = span;

    public string PythonType { get; } = pythonType;
}
