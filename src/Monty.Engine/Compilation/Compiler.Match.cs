using Monty.Engine.Objects;
using Monty.Engine.Parsing;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Compilation;

// The match statement (PEP 634), compiled the way CPython 3.11 does it: each case matches a copy of
// the subject; captured values wait on the value stack below the pattern's working items and are
// stored only once the whole pattern matched (before the guard). A failure jumps to a label that
// pops exactly the items present at that point.
internal sealed partial class Compiler
{
    /// <summary>Compile-time state of one case's pattern.</summary>
    private sealed class PatternContext
    {
        /// <summary>Names captured so far; their values sit on the stack in this order, below the working items.</summary>
        public List<string> Stores = [];

        /// <summary>Working items above the captured values (not counting the current subject).</summary>
        public int OnTop;

        public bool AllowIrrefutable;

        /// <summary>FailPop[n]: pop n items, then continue at the failure target.</summary>
        public List<int> FailPop = [];
    }

    private void CompileMatch(Match node)
    {
        var end = _b.NewLabel();
        CompileExpr(node.Subject);
        for (var i = 0; i < node.Cases.Count; i++)
        {
            var c = node.Cases[i];
            var isLast = i == node.Cases.Count - 1;
            _b.Span = c.Pattern.Span;
            if (!isLast) _b.Emit(OpCode.Copy, 1);
            var pc = new PatternContext { AllowIrrefutable = c.Guard is not null || isLast };
            CompilePattern(c.Pattern, pc);
            // Matched: bind the captures (the last captured value is on top).
            for (var n = pc.Stores.Count - 1; n >= 0; n--) StoreName(pc.Stores[n]);
            if (c.Guard is not null) CompileCondition(c.Guard, FailLabel(pc, 0), jumpIfTrue: false);
            if (!isLast) _b.Emit(OpCode.Pop);
            CompileBlock(c.Body);
            _b.EmitJump(OpCode.Jump, end);
            EmitFailPops(pc);
        }
        _b.Mark(end);
    }

    /// <summary>The label a failure jumps to when n items (captures and working items) are on the stack.</summary>
    private int FailLabel(PatternContext pc, int n)
    {
        while (pc.FailPop.Count <= n) pc.FailPop.Add(_b.NewLabel());
        return pc.FailPop[n];
    }

    /// <summary>Pops the top bool and jumps to the failure path if it is false.</summary>
    private void JumpIfFalseToFail(PatternContext pc) =>
        _b.EmitJump(OpCode.PopJumpIfFalse, FailLabel(pc, pc.Stores.Count + pc.OnTop));

    /// <summary>The failure path: FailPop[n] pops one item and falls into FailPop[n-1]; FailPop[0] is where the next alternative starts.</summary>
    private void EmitFailPops(PatternContext pc)
    {
        for (var n = pc.FailPop.Count - 1; n >= 0; n--)
        {
            _b.Mark(pc.FailPop[n]);
            if (n > 0) _b.Emit(OpCode.Pop);
        }
    }

    /// <summary>Matches the subject on top of the stack and consumes it.</summary>
    private void CompilePattern(Pattern p, PatternContext pc)
    {
        Enter(p);
        _b.Span = p.Span;
        switch (p)
        {
            case MatchValue mv:
                CompileExpr(mv.Value);
                _b.Span = p.Span;
                _b.Emit(OpCode.CompareOp, (int)CompareOp.Eq);
                JumpIfFalseToFail(pc);
                break;
            case MatchSingleton ms:
                _b.LoadConst(ConstantValue(ms.Value));
                _b.Emit(OpCode.CompareOp, (int)CompareOp.Is);
                JumpIfFalseToFail(pc);
                break;
            case MatchAs ma:
                CompileMatchAs(ma, pc);
                break;
            case MatchStar star:
                // Only reached inside a sequence pattern, where *rest binds the list of the remaining items.
                StoreCapture(star.Name, star, pc);
                break;
            case MatchSequence seq:
                CompileSequencePattern(seq, pc);
                break;
            case MatchMapping map:
                CompileMappingPattern(map, pc);
                break;
            case MatchClass cls:
                CompileClassPattern(cls, pc);
                break;
            case MatchOr or:
                CompileOrPattern(or, pc);
                break;
            default:
                throw new SyntaxErrorException($"unsupported pattern {p.GetType().Name}", p.Span);
        }
        Leave();
    }

    private void CompileMatchAs(MatchAs ma, PatternContext pc)
    {
        if (ma.Pattern is null)
        {
            if (!pc.AllowIrrefutable)
            {
                throw new SyntaxErrorException(ma.Name is null
                    ? "wildcard makes remaining patterns unreachable"
                    : $"name capture '{ma.Name}' makes remaining patterns unreachable", ma.Span);
            }
            StoreCapture(ma.Name, ma, pc);
            return;
        }
        // Keep a copy of the subject to bind once the inner pattern matched.
        pc.OnTop++;
        _b.Emit(OpCode.Copy, 1);
        CompilePattern(ma.Pattern, pc);
        pc.OnTop--;
        StoreCapture(ma.Name, ma, pc);
    }

    /// <summary>Keeps the subject on top as the value of a capture (rotated below the working items), or pops it for '_'.</summary>
    private void StoreCapture(string? name, Pattern at, PatternContext pc)
    {
        if (name is null)
        {
            _b.Emit(OpCode.Pop);
            return;
        }
        if (pc.Stores.Contains(name))
            throw new SyntaxErrorException($"multiple assignments to name '{name}' in pattern", at.Span);
        RotateDown(pc.OnTop);
        pc.Stores.Add(name);
    }

    /// <summary>Moves the top item below the <paramref name="count"/> items under it.</summary>
    private void RotateDown(int count)
    {
        for (var d = count + 1; d >= 2; d--) _b.Emit(OpCode.Swap, d);
    }

    /// <summary>Sub-patterns of sequences, mappings and classes may always be irrefutable.</summary>
    private void CompileSubPattern(Pattern p, PatternContext pc)
    {
        var saved = pc.AllowIrrefutable;
        pc.AllowIrrefutable = true;
        CompilePattern(p, pc);
        pc.AllowIrrefutable = saved;
    }

    private void CompileSequencePattern(MatchSequence seq, PatternContext pc)
    {
        var items = seq.Patterns;
        var star = -1;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not MatchStar) continue;
            if (star >= 0) throw new SyntaxErrorException("multiple starred names in sequence pattern", seq.Span);
            star = i;
        }
        pc.OnTop++;
        _b.Emit(OpCode.MatchSequence);
        JumpIfFalseToFail(pc);
        var fixedCount = star < 0 ? items.Count : items.Count - 1;
        if (star < 0 || fixedCount > 0)
        {
            _b.Emit(OpCode.GetLen);
            _b.LoadConst(PyInt.Get(fixedCount));
            _b.Emit(OpCode.CompareOp, (int)(star < 0 ? CompareOp.Eq : CompareOp.GtE));
            JumpIfFalseToFail(pc);
        }
        pc.OnTop--;
        if (items.All(IsWildcard))
        {
            _b.Emit(OpCode.Pop);
            return;
        }
        if (star >= 0 && IsWildcard(items[star]))
        {
            // [a, *_, b]: index the items instead of unpacking, so a huge sequence is never copied.
            pc.OnTop++;
            for (var i = 0; i < items.Count; i++)
            {
                if (i == star || IsWildcard(items[i])) continue;
                _b.Emit(OpCode.Copy, 1);
                _b.LoadConst(PyInt.Get(i < star ? i : i - items.Count));
                _b.Emit(OpCode.BinarySubscr);
                CompileSubPattern(items[i], pc);
            }
            pc.OnTop--;
            _b.Emit(OpCode.Pop);
            return;
        }
        if (star < 0) _b.Emit(OpCode.UnpackSequence, items.Count);
        else _b.Emit(OpCode.UnpackEx, star | (items.Count - star - 1) << 8);
        pc.OnTop += items.Count;
        foreach (var item in items)
        {
            pc.OnTop--;
            CompileSubPattern(item, pc);
        }
    }

    private static bool IsWildcard(Pattern p) => p is MatchAs { Pattern: null, Name: null } or MatchStar { Name: null };

    private void CompileMappingPattern(MatchMapping map, PatternContext pc)
    {
        pc.OnTop++;
        _b.Emit(OpCode.MatchMapping);
        JumpIfFalseToFail(pc);
        var size = map.Keys.Count;
        if (size == 0 && map.Rest is null)
        {
            pc.OnTop--;
            _b.Emit(OpCode.Pop);
            return;
        }
        if (size > 0)
        {
            _b.Emit(OpCode.GetLen);
            _b.LoadConst(PyInt.Get(size));
            _b.Emit(OpCode.CompareOp, (int)CompareOp.GtE);
            JumpIfFalseToFail(pc);
        }
        CheckDuplicateKeys(map);
        foreach (var key in map.Keys) CompileExpr(key);
        _b.Span = map.Span;
        _b.Emit(OpCode.BuildTuple, size);
        _b.Emit(OpCode.MatchKeys);
        pc.OnTop += 2;
        _b.Emit(OpCode.Copy, 1);
        _b.LoadConst(PySingleton.None);
        _b.Emit(OpCode.CompareOp, (int)CompareOp.IsNot);
        JumpIfFalseToFail(pc);
        _b.Emit(OpCode.UnpackSequence, size);
        pc.OnTop += size - 1;
        foreach (var sub in map.Patterns)
        {
            pc.OnTop--;
            CompileSubPattern(sub, pc);
        }
        // [subject, keys] remain.
        if (map.Rest is not null)
        {
            _b.Span = map.Span;
            _b.Emit(OpCode.CopyDictWithoutKeys);
            pc.OnTop--;
            StoreCapture(map.Rest, map, pc);
            pc.OnTop--;
            _b.Emit(OpCode.Pop);
        }
        else
        {
            _b.Emit(OpCode.Pop);
            _b.Emit(OpCode.Pop);
            pc.OnTop -= 2;
        }
    }

    /// <summary>Literal keys that are equal (1, 1.0 and True alike) are a compile-time error, as in CPython.</summary>
    private static void CheckDuplicateKeys(MatchMapping map)
    {
        var seen = new HashTable();
        foreach (var key in map.Keys)
        {
            var value = key switch
            {
                Constant c => ConstantValue(c.Value),
                UnaryOpExpr { Op: UnaryOp.USub, Operand: Constant c } => Runtime.Ops.Unary(UnaryOp.USub, ConstantValue(c.Value)),
                _ => null,
            };
            if (value is null) continue;
            if (seen.ContainsKey(value))
                throw new SyntaxErrorException($"mapping pattern checks duplicate key ({Runtime.Repr.Of(value)})", map.Span);
            seen.Set(value, PySingleton.None);
        }
    }

    private void CompileClassPattern(MatchClass cls, PatternContext pc)
    {
        for (var i = 0; i < cls.KwdAttrs.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (cls.KwdAttrs[i] == cls.KwdAttrs[j])
                    throw new SyntaxErrorException($"attribute name repeated in class pattern: {cls.KwdAttrs[i]}", cls.KwdPatterns[i].Span);
            }
        }
        CompileExpr(cls.Cls);
        _b.Span = cls.Span;
        _b.LoadConst(new PyTuple([.. cls.KwdAttrs.Select(a => (PyObject)PyStr.Of(a))]));
        _b.Emit(OpCode.MatchClass, cls.Patterns.Count);
        pc.OnTop++;
        _b.Emit(OpCode.Copy, 1);
        _b.LoadConst(PySingleton.None);
        _b.Emit(OpCode.CompareOp, (int)CompareOp.IsNot);
        JumpIfFalseToFail(pc);
        var subs = cls.Patterns.Concat(cls.KwdPatterns).ToList();
        pc.OnTop--;
        if (subs.All(IsWildcard))
        {
            _b.Emit(OpCode.Pop);
            return;
        }
        _b.Emit(OpCode.UnpackSequence, subs.Count);
        pc.OnTop += subs.Count;
        foreach (var sub in subs)
        {
            pc.OnTop--;
            CompileSubPattern(sub, pc);
        }
    }

    /// <summary>Each alternative matches a copy of the subject in a context of its own; the winner's
    /// captures are put in the first alternative's order, then moved below the outer working items.</summary>
    private void CompileOrPattern(MatchOr or, PatternContext pc)
    {
        var end = _b.NewLabel();
        List<string>? control = null;
        for (var i = 0; i < or.Patterns.Count; i++)
        {
            var alt = or.Patterns[i];
            _b.Span = alt.Span;
            var sub = new PatternContext { AllowIrrefutable = i == or.Patterns.Count - 1 && pc.AllowIrrefutable };
            _b.Emit(OpCode.Copy, 1);
            CompilePattern(alt, sub);
            if (control is null)
            {
                control = sub.Stores;
            }
            else
            {
                if (sub.Stores.Count != control.Count || !sub.Stores.All(control.Contains))
                    throw new SyntaxErrorException("alternative patterns bind different names", alt.Span);
                ReorderCaptures(sub.Stores, control);
            }
            _b.EmitJump(OpCode.Jump, end);
            EmitFailPops(sub);
        }
        // Every alternative failed: [subject].
        _b.Emit(OpCode.Pop);
        _b.EmitJump(OpCode.Jump, FailLabel(pc, pc.Stores.Count + pc.OnTop));
        _b.Mark(end);
        // [.. captures | working items | subject | alternative's captures]
        var k = control!.Count;
        for (var d = 2; d <= k + 1; d++) _b.Emit(OpCode.Swap, d);
        _b.Emit(OpCode.Pop);
        if (pc.OnTop > 0)
        {
            for (var n = 0; n < k; n++) RotateDown(pc.OnTop + k - 1);
        }
        foreach (var name in control)
        {
            if (pc.Stores.Contains(name))
                throw new SyntaxErrorException($"multiple assignments to name '{name}' in pattern", or.Span);
            pc.Stores.Add(name);
        }
    }

    /// <summary>Permutes the top captured values from <paramref name="actual"/> order into <paramref name="wanted"/> order.</summary>
    private void ReorderCaptures(List<string> actual, List<string> wanted)
    {
        var order = new List<string>(actual);
        var k = order.Count;
        for (var i = 0; i < k; i++)
        {
            var j = order.IndexOf(wanted[i]);
            if (j == i) continue;
            // Exchange stack positions i and j (0 = deepest of the k); depth from top is k - index.
            SwapDepths(k - i, k - j);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }

    private void SwapDepths(int a, int b)
    {
        if (a == 1)
        {
            _b.Emit(OpCode.Swap, b);
        }
        else if (b == 1)
        {
            _b.Emit(OpCode.Swap, a);
        }
        else
        {
            _b.Emit(OpCode.Swap, a);
            _b.Emit(OpCode.Swap, b);
            _b.Emit(OpCode.Swap, a);
        }
    }
}
