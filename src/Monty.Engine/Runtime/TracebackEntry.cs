using Monty.Engine.Compilation;

namespace Monty.Engine.Runtime;

/// <summary>One traceback line: the code object and the instruction that was running.</summary>
internal readonly record struct TracebackEntry(CodeObject Code, int Instruction);
