using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Compilation;

/// <summary>Accumulates one code object's instructions, constants and names; resolves jump
/// labels; computes the maximum stack depth.</summary>
internal sealed class CodeBuilder
{
    private readonly List<int> _code = [];
    private readonly List<SourceSpan> _spans = [];
    private readonly List<PyObject> _constants = [];
    private readonly Dictionary<object, int> _constantIndex = new();
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _nameIndex = new(StringComparer.Ordinal);
    private readonly List<int> _labels = [];
    private readonly List<(int Instruction, int Label)> _fixups = [];

    public SourceSpan Span { get; set; }

    public int Position => _code.Count;

    public void Emit(OpCode op, int arg = 0)
    {
        if (arg < 0 || arg > 0x7FFFFF) throw new Parsing.SyntaxErrorException("too many constants, names or instructions in one code object", Span);
        _code.Add((byte)op | arg << 8);
        _spans.Add(Span);
    }

    public int NewLabel()
    {
        _labels.Add(-1);
        return _labels.Count - 1;
    }

    public void Mark(int label) => _labels[label] = _code.Count;

    public void EmitJump(OpCode op, int label)
    {
        _fixups.Add((_code.Count, label));
        Emit(op);
    }

    public void LoadConst(PyObject value) => Emit(OpCode.LoadConst, Constant(value));

    /// <summary>Interns constants by value where that is safe (same type and equal), identity otherwise.</summary>
    public int Constant(PyObject value)
    {
        object key = value switch
        {
            PyStr s => ("s", s.Value),
            PyBool b => ("b", b.Value),
            PyInt i => ("i", i.Value),
            PyFloat f => ("f", BitConverter.DoubleToInt64Bits(f.Value)),
            PySingleton s => ("o", s.Name),
            _ => value,
        };
        if (_constantIndex.TryGetValue(key, out var index)) return index;
        _constants.Add(value);
        _constantIndex[key] = _constants.Count - 1;
        return _constants.Count - 1;
    }

    /// <summary>Adds a constant that must keep its own slot (the docstring at index 0).</summary>
    public int AddUniqueConstant(PyObject value)
    {
        _constants.Add(value);
        return _constants.Count - 1;
    }

    public int Name(string name)
    {
        if (_nameIndex.TryGetValue(name, out var index)) return index;
        _names.Add(name);
        _nameIndex[name] = _names.Count - 1;
        return _names.Count - 1;
    }

    public int[] Instructions()
    {
        var code = _code.ToArray();
        foreach (var (instruction, label) in _fixups)
        {
            var target = _labels[label];
            if (target < 0) throw new InvalidOperationException("Unmarked label.");
            code[instruction] = (code[instruction] & 0xFF) | target << 8;
        }
        return code;
    }

    public SourceSpan[] Spans() => [.. _spans];

    public PyObject[] Constants() => [.. _constants];

    public string[] Names() => [.. _names];
}
