using Monty.Engine.Compilation;
using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Snapshots.Codecs;

/// <summary>The source lines of one compilation, shared by all its code objects, stored once.</summary>
internal sealed class SourceLinesCodec : NodeCodec<string[]>
{
    protected override void Construction(string[] node, RecordSink sink) => sink.Strings(node);

    protected override string[] Construct(GraphReader reader)
    {
        var count = reader.Input.Count("source line count");
        var lines = new string[count];
        for (var i = 0; i < count; i++) lines[i] = reader.Input.String("source line");
        return lines;
    }
}

/// <summary>User code, copied whole: it came from the script, so no engine build can recreate it.
/// The loader checks the shape here and the bytecode (CodeVerifier) once constants are filled.</summary>
internal sealed class CodeCodec : NodeCodec<CodeObject>
{
    [Flags]
    private enum Bits : byte
    {
        VarArgs = 1,
        VarKeywords = 2,
        Generator = 4,
        Coroutine = 8,
        Module = 16,
        Docstring = 32,
        AwaitsHostCalls = 64,
        All = 127,
    }

    /// <summary>Far above what the compiler emits; frames are also charged against a slot budget.</summary>
    private const int MaxStackLimit = 1 << 24;

    protected override void Construction(CodeObject node, RecordSink sink)
    {
        sink.String(node.Name);
        sink.String(node.QualName);
        sink.String(node.FileName);
        sink.Int(node.Instructions.Length);
        foreach (var word in node.Instructions) sink.VarUInt((uint)word);
        var previous = SourceSpan.None;
        foreach (var span in node.Spans)
        {
            // Neighbouring spans are close: deltas keep each to a few bytes.
            sink.VarInt(span.Line - previous.Line);
            sink.VarInt(span.Column - previous.Column);
            sink.VarInt(span.EndLine - previous.EndLine);
            sink.VarInt(span.EndColumn - previous.EndColumn);
            previous = span;
        }
        sink.Int(node.Constants.Length);
        sink.Strings(node.Names);
        sink.Strings(node.VarNames);
        sink.Strings(node.CellVars);
        sink.Strings(node.FreeVars);
        foreach (var p in node.CellParameters) sink.VarInt(p);
        sink.Int(node.ArgCount);
        sink.Int(node.PosOnlyCount);
        sink.Int(node.KwOnlyCount);
        sink.Byte((byte)((node.HasVarArgs ? Bits.VarArgs : 0) | (node.HasVarKeywords ? Bits.VarKeywords : 0)
            | (node.IsGenerator ? Bits.Generator : 0) | (node.IsCoroutine ? Bits.Coroutine : 0)
            | (node.IsModule ? Bits.Module : 0) | (node.HasDocstring ? Bits.Docstring : 0)
            | (node.AwaitsHostCalls ? Bits.AwaitsHostCalls : 0)));
        sink.Int(node.MaxStack);
        sink.Ref(node.SourceLines);
        sink.VarInt(node.FirstLine);
    }

    protected override void Contents(CodeObject node, RecordSink sink)
    {
        foreach (var constant in node.Constants) sink.Ref(constant);
    }

    protected override CodeObject Construct(GraphReader reader)
    {
        var input = reader.Input;
        var name = input.String("code name");
        var qualName = input.String("code qualname");
        var fileName = input.String("code file name");
        var instructions = new int[input.Count("instruction count")];
        for (var i = 0; i < instructions.Length; i++)
        {
            var word = input.VarUInt("instruction");
            if (word > uint.MaxValue) throw reader.Error($"instruction {i} does not fit in 32 bits");
            instructions[i] = (int)(uint)word;
        }
        var spans = new SourceSpan[instructions.Length];
        var previous = SourceSpan.None;
        for (var i = 0; i < spans.Length; i++)
        {
            previous = new SourceSpan(
                checked(previous.Line + input.SignedInt("span line")),
                checked(previous.Column + input.SignedInt("span column")),
                checked(previous.EndLine + input.SignedInt("span end line")),
                checked(previous.EndColumn + input.SignedInt("span end column")));
            spans[i] = previous;
        }
        var constantCount = input.Count("constant count");
        var names = ReadStrings(reader, "name");
        var varNames = ReadStrings(reader, "local name");
        var cellVars = ReadStrings(reader, "cell name");
        var freeVars = ReadStrings(reader, "free variable name");
        var cellParameters = new int[cellVars.Length];
        for (var i = 0; i < cellParameters.Length; i++)
            cellParameters[i] = input.SignedInt("cell parameter", -1, varNames.Length - 1);
        var argCount = input.Int("argument count", varNames.Length);
        var posOnly = input.Int("positional-only count", argCount);
        var kwOnly = input.Int("keyword-only count", varNames.Length);
        var bits = (Bits)input.Byte("code flags");
        if ((bits & ~Bits.All) != 0) throw reader.Error($"unknown code flags {(int)bits}");
        var maxStack = input.Int("max stack", MaxStackLimit);
        var code = new CodeObject
        {
            Name = name,
            QualName = qualName,
            FileName = fileName,
            Instructions = instructions,
            Spans = spans,
            Constants = new PyObject[constantCount],
            Names = names,
            VarNames = varNames,
            CellVars = cellVars,
            FreeVars = freeVars,
            CellParameters = cellParameters,
            ArgCount = argCount,
            PosOnlyCount = posOnly,
            KwOnlyCount = kwOnly,
            HasVarArgs = (bits & Bits.VarArgs) != 0,
            HasVarKeywords = (bits & Bits.VarKeywords) != 0,
            IsGenerator = (bits & Bits.Generator) != 0,
            IsCoroutine = (bits & Bits.Coroutine) != 0,
            IsModule = (bits & Bits.Module) != 0,
            HasDocstring = (bits & Bits.Docstring) != 0,
            AwaitsHostCalls = (bits & Bits.AwaitsHostCalls) != 0,
            MaxStack = maxStack,
            SourceLines = reader.Ref<string[]>("source lines"),
            FirstLine = input.SignedInt("first line"),
        };
        // The argument binder writes every parameter, *args and **kwargs into the locals.
        if (code.TotalParameters > varNames.Length)
            throw reader.Error($"{code.TotalParameters} parameters but only {varNames.Length} locals");
        if (code.HasDocstring && constantCount == 0) throw reader.Error("docstring flag without constants");
        reader.Context.Codes.Add(code);
        return code;
    }

    protected override void Fill(CodeObject node, GraphReader reader)
    {
        for (var i = 0; i < node.Constants.Length; i++) node.Constants[i] = reader.Ref<PyObject>("constant");
    }

    private static string[] ReadStrings(GraphReader reader, string what)
    {
        var items = new string[reader.Input.Count(what + " count")];
        for (var i = 0; i < items.Length; i++) items[i] = reader.Input.String(what);
        return items;
    }
}
