using Monty.Engine.Objects;
using Monty.Engine.Parsing;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Compilation;

internal sealed partial class Compiler
{
    private void CompileExpr(Expr expr)
    {
        Enter(expr);
        _b.Span = expr.Span;
        switch (expr)
        {
            case Constant c:
                _b.LoadConst(ConstantValue(c.Value));
                break;
            case Name n:
                LoadName(n.Id);
                break;
            case BinOp b:
                CompileExpr(b.Left);
                CompileExpr(b.Right);
                _b.Span = expr.Span;
                _b.Emit(OpCode.BinaryOp, (int)b.Op);
                break;
            case UnaryOpExpr u:
                if (u.Op == UnaryOp.USub && u.Operand is Constant { Value: System.Numerics.BigInteger or double } literal)
                {
                    _b.LoadConst(Runtime.Ops.Unary(UnaryOp.USub, ConstantValue(literal.Value)));
                    break;
                }
                CompileExpr(u.Operand);
                _b.Span = expr.Span;
                _b.Emit(OpCode.UnaryOp, (int)u.Op);
                break;
            case BoolOp b:
                {
                    var end = _b.NewLabel();
                    var jump = b.Op == BoolOpKind.And ? OpCode.JumpIfFalseOrPop : OpCode.JumpIfTrueOrPop;
                    for (var i = 0; i < b.Values.Count - 1; i++)
                    {
                        CompileExpr(b.Values[i]);
                        _b.EmitJump(jump, end);
                    }
                    CompileExpr(b.Values[^1]);
                    _b.Mark(end);
                    break;
                }
            case Compare c:
                CompileCompare(c);
                break;
            case Call call:
                CompileCall(call);
                break;
            case Parsing.Ast.Attribute a:
                CompileExpr(a.Value);
                _b.Span = expr.Span;
                _b.Emit(OpCode.LoadAttr, _b.Name(a.Attr));
                break;
            case Subscript s:
                CompileExpr(s.Value);
                CompileSubscriptKey(s.Slice);
                _b.Span = expr.Span;
                _b.Emit(OpCode.BinarySubscr);
                break;
            case IfExp i:
                {
                    var orElse = _b.NewLabel();
                    var end = _b.NewLabel();
                    CompileCondition(i.Test, orElse, jumpIfTrue: false);
                    CompileExpr(i.Body);
                    _b.EmitJump(OpCode.Jump, end);
                    _b.Mark(orElse);
                    CompileExpr(i.OrElse);
                    _b.Mark(end);
                    break;
                }
            case TupleExpr t:
                CompileSequenceDisplay(t.Elts, OpCode.BuildTuple);
                break;
            case ListExpr l:
                CompileSequenceDisplay(l.Elts, OpCode.BuildList);
                break;
            case SetExpr s:
                CompileSequenceDisplay(s.Elts, OpCode.BuildSet);
                break;
            case DictExpr d:
                CompileDict(d);
                break;
            case JoinedStr js:
                CompileJoinedStr(js);
                break;
            case FormattedValue fv:
                CompileFormattedValue(fv);
                break;
            case NamedExpr ne:
                CompileExpr(ne.Value);
                _b.Emit(OpCode.Copy, 1);
                StoreName(ne.Target.Id);
                break;
            case Lambda l:
                {
                    var code = CompileNested(l, "<lambda>", c =>
                    {
                        c.CompileExpr(l.Body);
                        c._b.Emit(OpCode.ReturnValue);
                    });
                    _b.Span = expr.Span;
                    EmitMakeFunction(code, l.Args);
                    break;
                }
            case ListComp lc:
                CompileComprehension(lc, "<listcomp>", lc.Generators, lc.Elt, null, OpCode.BuildList);
                break;
            case SetComp sc:
                CompileComprehension(sc, "<setcomp>", sc.Generators, sc.Elt, null, OpCode.BuildSet);
                break;
            case DictComp dc:
                CompileComprehension(dc, "<dictcomp>", dc.Generators, dc.Key, dc.Value, OpCode.BuildMap);
                break;
            case GeneratorExp ge:
                CompileComprehension(ge, "<genexpr>", ge.Generators, ge.Elt, null, OpCode.Nop);
                break;
            case Yield y:
                if (y.Value is not null) CompileExpr(y.Value);
                else _b.LoadConst(PySingleton.None);
                _b.Span = expr.Span;
                if (_scope.IsCoroutine) _b.Emit(OpCode.AsyncGenWrap);
                _b.Emit(OpCode.YieldValue);
                break;
            case YieldFrom yf:
                {
                    CompileExpr(yf.Value);
                    _b.Span = expr.Span;
                    _b.Emit(OpCode.GetYieldFromIter);
                    _b.LoadConst(PySingleton.None);
                    var loop = _b.NewLabel();
                    var exit = _b.NewLabel();
                    _b.Mark(loop);
                    _b.EmitJump(OpCode.Send, exit);
                    _b.Emit(OpCode.YieldValue);
                    _b.EmitJump(OpCode.Jump, loop);
                    _b.Mark(exit);
                    break;
                }
            case Await aw:
                CompileExpr(aw.Value);
                _b.Span = expr.Span;
                EmitAwait();
                break;
            case Starred:
                throw new SyntaxErrorException("can't use starred expression here", expr.Span);
            case SliceExpr sl:
                CompileSlice(sl);
                break;
            default:
                throw new SyntaxErrorException($"unsupported expression {expr.GetType().Name}", expr.Span);
        }
        Leave();
    }

    private void CompileCompare(Compare c)
    {
        CompileExpr(c.Left);
        if (c.Ops.Count == 1)
        {
            CompileExpr(c.Comparators[0]);
            _b.Span = c.Span;
            _b.Emit(OpCode.CompareOp, (int)c.Ops[0]);
            return;
        }
        var cleanup = _b.NewLabel();
        var end = _b.NewLabel();
        for (var i = 0; i < c.Ops.Count - 1; i++)
        {
            CompileExpr(c.Comparators[i]);
            _b.Span = c.Span;
            _b.Emit(OpCode.Swap, 2);
            _b.Emit(OpCode.Copy, 2);
            _b.Emit(OpCode.CompareOp, (int)c.Ops[i]);
            _b.EmitJump(OpCode.JumpIfFalseOrPop, cleanup);
        }
        CompileExpr(c.Comparators[^1]);
        _b.Span = c.Span;
        _b.Emit(OpCode.CompareOp, (int)c.Ops[^1]);
        _b.EmitJump(OpCode.Jump, end);
        _b.Mark(cleanup);
        _b.Emit(OpCode.Swap, 2);
        _b.Emit(OpCode.Pop);
        _b.Mark(end);
    }

    private bool IsZeroArgumentSuper(Call call) =>
        call is { Func: Name { Id: "super" }, Args.Count: 0, Keywords.Count: 0 }
        && _scope.IsFunctionLike && _scope.Kind != ScopeKind.Comprehension
        && KindOf("__class__") == NameKind.Free && KindOf("super") is NameKind.GlobalImplicit
        && _scope.Parameters.Count > 0 && _scope.Node is FunctionDef { Args: { } a } && a.PosOnly.Count + a.Args.Count > 0;

    private void CompileCall(Call call)
    {
        if (IsZeroArgumentSuper(call))
        {
            // super() means super(__class__, first_argument), as CPython arranges at run time.
            CompileExpr(call.Func);
            _b.Emit(OpCode.LoadDeref, _cellIndex["__class__"]);
            LoadName(_scope.Parameters[0]);
            _b.Span = call.Span;
            _b.Emit(OpCode.Call, 2);
            return;
        }
        var hasStar = call.Args.Any(a => a is Starred);
        var hasDoubleStar = call.Keywords.Any(k => k.Arg is null);
        if (call.Func is Parsing.Ast.Attribute method && !hasStar && call.Keywords.Count == 0)
        {
            // obj.name(args): no bound method object when name is a plain method (see LoadMethod).
            CompileExpr(method.Value);
            _b.Span = method.Span;
            _b.Emit(OpCode.LoadMethod, _b.Name(method.Attr));
            foreach (var a in call.Args) CompileExpr(a);
            _b.Span = call.Span;
            _b.Emit(OpCode.CallMethod, call.Args.Count);
            return;
        }
        CompileExpr(call.Func);
        if (!hasStar && !hasDoubleStar)
        {
            foreach (var a in call.Args) CompileExpr(a);
            foreach (var k in call.Keywords) CompileExpr(k.Value);
            _b.Span = call.Span;
            if (call.Keywords.Count == 0)
            {
                _b.Emit(OpCode.Call, call.Args.Count);
            }
            else
            {
                var names = new PyObject[call.Keywords.Count];
                for (var i = 0; i < names.Length; i++) names[i] = PyStr.Of(call.Keywords[i].Arg!);
                _b.LoadConst(new PyTuple(names));
                _b.Emit(OpCode.CallKw, call.Args.Count + call.Keywords.Count);
            }
            return;
        }
        CompileStarredSequence(call.Args, OpCode.BuildList);
        _b.Emit(OpCode.ListToTuple);
        if (call.Keywords.Count == 0)
        {
            _b.Span = call.Span;
            _b.Emit(OpCode.CallEx, 0);
            return;
        }
        _b.Emit(OpCode.BuildMap, 0);
        foreach (var k in call.Keywords)
        {
            if (k.Arg is null)
            {
                CompileExpr(k.Value);
                _b.Emit(OpCode.DictMerge, 1);
            }
            else
            {
                _b.LoadConst(PyStr.Of(k.Arg));
                CompileExpr(k.Value);
                _b.Emit(OpCode.BuildMap, 1);
                _b.Emit(OpCode.DictMerge, 1);
            }
        }
        _b.Span = call.Span;
        _b.Emit(OpCode.CallEx, 1);
    }

    /// <summary>Builds a list from elements that may include *iterables (a list first, then extend).</summary>
    private void CompileStarredSequence(IReadOnlyList<Expr> elts, OpCode build)
    {
        var pending = 0;
        var built = false;
        var add = build == OpCode.BuildSet ? OpCode.SetUpdate : OpCode.ListExtend;
        foreach (var e in elts)
        {
            if (e is Starred s)
            {
                if (!built)
                {
                    _b.Emit(build, pending);
                    built = true;
                }
                else if (pending > 0)
                {
                    // Flush plain items collected since the last star.
                    _b.Emit(OpCode.BuildList, pending);
                    _b.Emit(add, 1);
                }
                pending = 0;
                CompileExpr(s.Value);
                _b.Span = s.Span;
                _b.Emit(add, 1);
            }
            else
            {
                CompileExpr(e);
                pending++;
            }
        }
        if (!built)
        {
            _b.Emit(build, pending);
        }
        else if (pending > 0)
        {
            _b.Emit(OpCode.BuildList, pending);
            _b.Emit(add, 1);
        }
    }

    private void CompileSequenceDisplay(IReadOnlyList<Expr> elts, OpCode build)
    {
        if (elts.Any(e => e is Starred))
        {
            CompileStarredSequence(elts, build == OpCode.BuildTuple ? OpCode.BuildList : build);
            if (build == OpCode.BuildTuple) _b.Emit(OpCode.ListToTuple);
            return;
        }
        if (build == OpCode.BuildTuple && elts.Count > 0 && elts.All(e => e is Constant))
        {
            var items = new PyObject[elts.Count];
            for (var i = 0; i < items.Length; i++) items[i] = ConstantValue(((Constant)elts[i]).Value);
            _b.LoadConst(new PyTuple(items));
            return;
        }
        foreach (var e in elts) CompileExpr(e);
        _b.Emit(build, elts.Count);
    }

    private void CompileDict(DictExpr d)
    {
        var pending = 0;
        var built = false;
        for (var i = 0; i < d.Keys.Count; i++)
        {
            if (d.Keys[i] is { } key)
            {
                CompileExpr(key);
                CompileExpr(d.Values[i]);
                pending++;
                continue;
            }
            if (!built)
            {
                _b.Emit(OpCode.BuildMap, pending);
                built = true;
            }
            else if (pending > 0)
            {
                _b.Emit(OpCode.BuildMap, pending);
                _b.Emit(OpCode.DictUpdate, 1);
            }
            pending = 0;
            CompileExpr(d.Values[i]);
            _b.Emit(OpCode.DictUpdate, 1);
        }
        if (!built)
        {
            _b.Emit(OpCode.BuildMap, pending);
        }
        else if (pending > 0)
        {
            _b.Emit(OpCode.BuildMap, pending);
            _b.Emit(OpCode.DictUpdate, 1);
        }
    }

    private void CompileJoinedStr(JoinedStr js)
    {
        if (js.Values.Count == 0)
        {
            _b.LoadConst(PyStr.Empty);
            return;
        }
        foreach (var part in js.Values) CompileExpr(part);
        _b.Span = js.Span;
        if (js.Values.Count > 1 || js.Values[0] is not Constant) _b.Emit(OpCode.BuildString, js.Values.Count);
    }

    private void CompileFormattedValue(FormattedValue fv)
    {
        CompileExpr(fv.Value);
        var flags = fv.Conversion switch
        {
            's' => 1,
            'r' => 2,
            'a' => 3,
            _ => 0,
        };
        if (fv.FormatSpec is not null)
        {
            CompileExpr(fv.FormatSpec);
            flags |= 4;
        }
        _b.Span = fv.Span;
        _b.Emit(OpCode.FormatValue, flags);
    }

    private void CompileSubscriptKey(Expr key)
    {
        if (key is SliceExpr s) CompileSlice(s);
        else CompileExpr(key);
    }

    private void CompileSlice(SliceExpr s)
    {
        if (s.Lower is not null) CompileExpr(s.Lower);
        else _b.LoadConst(PySingleton.None);
        if (s.Upper is not null) CompileExpr(s.Upper);
        else _b.LoadConst(PySingleton.None);
        if (s.Step is not null)
        {
            CompileExpr(s.Step);
            _b.Span = s.Span;
            _b.Emit(OpCode.BuildSlice, 3);
        }
        else
        {
            _b.Span = s.Span;
            _b.Emit(OpCode.BuildSlice, 2);
        }
    }

    /// <summary>A comprehension is a nested function called with the first iterator; the other
    /// loops and conditions run inside it.</summary>
    private void CompileComprehension(Expr node, string name, IReadOnlyList<Comprehension> generators, Expr elt, Expr? value, OpCode build)
    {
        var isGenerator = build == OpCode.Nop;
        var code = CompileNested(node, name, c =>
        {
            if (!isGenerator) c._b.Emit(build, 0);
            c.CompileComprehensionLoop(generators, 0, elt, value, build, isGenerator);
            c._b.Span = node.Span;
            if (isGenerator) c._b.LoadConst(PySingleton.None);
            c._b.Emit(OpCode.ReturnValue);
        });
        _b.Span = node.Span;
        var flags = 0;
        EmitClosure(code, ref flags);
        _b.LoadConst(code);
        _b.Emit(OpCode.MakeFunction, flags);
        CompileExpr(generators[0].Iter);
        _b.Span = node.Span;
        _b.Emit(generators[0].IsAsync ? OpCode.GetAIter : OpCode.GetIter);
        _b.Emit(OpCode.Call, 1);
        // An async comprehension is a coroutine: awaiting it runs the loop.
        if (_scopes[node].IsCoroutine) EmitAwait();
    }

    private void CompileComprehensionLoop(IReadOnlyList<Comprehension> generators, int index, Expr elt, Expr? value, OpCode build, bool isGenerator)
    {
        var g = generators[index];
        var top = _b.NewLabel();
        var end = _b.NewLabel();
        if (index == 0)
        {
            _b.Emit(OpCode.LoadFast, AddVar(".0"));
        }
        else
        {
            CompileExpr(g.Iter);
            _b.Emit(g.IsAsync ? OpCode.GetAIter : OpCode.GetIter);
        }
        _b.Mark(top);
        _b.Span = g.Span;
        var handler = g.IsAsync ? EmitAsyncNext() : -1;
        if (!g.IsAsync) _b.EmitJump(OpCode.ForIter, end);
        CompileStore(g.Target);
        foreach (var cond in g.Ifs) CompileCondition(cond, top, jumpIfTrue: false);
        if (index + 1 < generators.Count)
        {
            CompileComprehensionLoop(generators, index + 1, elt, value, build, isGenerator);
        }
        else if (isGenerator)
        {
            CompileExpr(elt);
            _b.Emit(OpCode.YieldValue);
            _b.Emit(OpCode.Pop);
        }
        else if (build == OpCode.BuildMap)
        {
            CompileExpr(elt);
            CompileExpr(value!);
            _b.Emit(OpCode.MapAdd, generators.Count + 1);
        }
        else
        {
            CompileExpr(elt);
            _b.Emit(build == OpCode.BuildList ? OpCode.ListAppend : OpCode.SetAdd, generators.Count + 1);
        }
        _b.EmitJump(OpCode.Jump, top);
        if (g.IsAsync)
        {
            _b.Mark(handler);
            _b.Emit(OpCode.EndAsyncFor);
        }
        _b.Mark(end);
    }
}
