using Monty.Engine.Objects;
using Monty.Engine.Parsing;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Compilation;

internal sealed partial class Compiler
{
    private void CompileBlock(IReadOnlyList<Stmt> body)
    {
        foreach (var s in body) CompileStmt(s);
    }

    private void CompileStmt(Stmt stmt)
    {
        Enter(stmt);
        _b.Span = stmt.Span;
        switch (stmt)
        {
            case ExprStmt e:
                CompileExpr(e.Value);
                _b.Emit(OpCode.Pop);
                break;
            case Assign a:
                CompileExpr(a.Value);
                for (var i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1) _b.Emit(OpCode.Copy, 1);
                    CompileStore(a.Targets[i]);
                }
                break;
            case AugAssign aug:
                CompileAugAssign(aug);
                break;
            case AnnAssign ann:
                if (ann.Value is not null)
                {
                    CompileExpr(ann.Value);
                    CompileStore(ann.Target);
                }
                if (_classAnnotations && ann.Simple && ann.Target is Name annotated)
                    CompileClassAnnotation(annotated.Id, ann.Annotation);
                break;
            case Pass:
                break;
            case If i:
                CompileIf(i);
                break;
            case While w:
                CompileWhile(w);
                break;
            case For f:
                if (f.IsAsync) EmitUnsupported("async for", f.Span);
                else CompileFor(f);
                break;
            case Break brk:
                CompileBreakContinue(brk.Span, isBreak: true);
                break;
            case Continue cont:
                CompileBreakContinue(cont.Span, isBreak: false);
                break;
            case Return r:
                CompileReturn(r);
                break;
            case FunctionDef fd:
                if (fd.IsAsync) EmitUnsupported("async def", fd.Span);
                else CompileFunctionDef(fd);
                break;
            case Delete d:
                foreach (var t in d.Targets) CompileDelete(t);
                break;
            case Raise r:
                if (r.Exc is null)
                {
                    _b.Emit(OpCode.Raise, 0);
                }
                else
                {
                    CompileExpr(r.Exc);
                    if (r.Cause is not null)
                    {
                        CompileExpr(r.Cause);
                        _b.Span = stmt.Span;
                        _b.Emit(OpCode.Raise, 2);
                    }
                    else
                    {
                        _b.Span = stmt.Span;
                        _b.Emit(OpCode.Raise, 1);
                    }
                }
                break;
            case Try t:
                if (t.IsStar) EmitUnsupported("except*", t.Span);
                else CompileTry(t);
                break;
            case Assert a:
                {
                    var end = _b.NewLabel();
                    CompileExpr(a.Test);
                    _b.EmitJump(OpCode.PopJumpIfTrue, end);
                    _b.Span = stmt.Span;
                    _b.Emit(OpCode.LoadAssertionError);
                    if (a.Msg is not null)
                    {
                        CompileExpr(a.Msg);
                        _b.Span = stmt.Span;
                        _b.Emit(OpCode.Call, 1);
                    }
                    _b.Emit(OpCode.Raise, 1);
                    _b.Mark(end);
                }
                break;
            case Import imp:
                foreach (var alias in imp.Names)
                {
                    _b.Emit(OpCode.ImportName, _b.Name(alias.Name));
                    if (alias.AsName is null && alias.Name.Contains('.'))
                    {
                        _b.Emit(OpCode.Pop);
                        var top = alias.Name.Split('.')[0];
                        _b.Emit(OpCode.ImportName, _b.Name(top));
                        StoreName(top);
                    }
                    else
                    {
                        StoreName(alias.AsName ?? alias.Name);
                    }
                }
                break;
            case ImportFrom imp:
                CompileImportFrom(imp);
                break;
            case Global or Nonlocal:
                break;
            case ClassDef cd:
                CompileClassDef(cd);
                break;
            case With { IsAsync: true } w:
                EmitUnsupported("async with", w.Span);
                break;
            case With w:
                CompileWith(w, 0);
                break;
            case Match m:
                CompileMatch(m);
                break;
            default:
                throw new SyntaxErrorException($"unsupported statement {stmt.GetType().Name}", stmt.Span);
        }
        Leave();
    }

    private void CompileImportFrom(ImportFrom imp)
    {
        if (imp.Level > 0)
        {
            EmitUnsupported("relative imports", imp.Span);
            return;
        }
        _b.Emit(OpCode.ImportName, _b.Name(imp.Module!));
        if (imp.Names.Count == 1 && imp.Names[0].Name == "*")
        {
            if (_scope.Kind != ScopeKind.Module)
                throw new SyntaxErrorException("import * only allowed at module level", imp.Span);
            _b.Emit(OpCode.ImportStar);
            return;
        }
        foreach (var alias in imp.Names)
        {
            _b.Emit(OpCode.ImportFrom, _b.Name(alias.Name));
            StoreName(alias.AsName ?? alias.Name);
        }
        _b.Emit(OpCode.Pop);
    }

    private void CompileIf(If node)
    {
        var orElse = _b.NewLabel();
        var end = _b.NewLabel();
        CompileCondition(node.Test, orElse, jumpIfTrue: false);
        CompileBlock(node.Body);
        if (node.OrElse.Count > 0)
        {
            _b.EmitJump(OpCode.Jump, end);
            _b.Mark(orElse);
            CompileBlock(node.OrElse);
        }
        else
        {
            _b.Mark(orElse);
        }
        _b.Mark(end);
    }

    /// <summary>Compiles a test and jumps to target when it is (jumpIfTrue) true or false, short-circuiting and/or/not.</summary>
    private void CompileCondition(Expr test, int target, bool jumpIfTrue)
    {
        switch (test)
        {
            case UnaryOpExpr { Op: UnaryOp.Not } not:
                CompileCondition(not.Operand, target, !jumpIfTrue);
                return;
            case BoolOp b:
                {
                    var isAnd = b.Op == BoolOpKind.And;
                    if (isAnd != jumpIfTrue)
                    {
                        // and-false / or-true: any operand decides.
                        foreach (var v in b.Values) CompileCondition(v, target, jumpIfTrue);
                    }
                    else
                    {
                        var skip = _b.NewLabel();
                        for (var i = 0; i < b.Values.Count - 1; i++) CompileCondition(b.Values[i], skip, !jumpIfTrue);
                        CompileCondition(b.Values[^1], target, jumpIfTrue);
                        _b.Mark(skip);
                    }
                    return;
                }
        }
        CompileExpr(test);
        _b.Span = test.Span;
        _b.EmitJump(jumpIfTrue ? OpCode.PopJumpIfTrue : OpCode.PopJumpIfFalse, target);
    }

    private void CompileWhile(While node)
    {
        var top = _b.NewLabel();
        var orElse = _b.NewLabel();
        var end = _b.NewLabel();
        _b.Mark(top);
        CompileCondition(node.Test, orElse, jumpIfTrue: false);
        _fblocks.Add(new FBlock(FBlockKind.WhileLoop, top, end));
        CompileBlock(node.Body);
        _fblocks.RemoveAt(_fblocks.Count - 1);
        _b.Span = node.Span;
        _b.EmitJump(OpCode.Jump, top);
        _b.Mark(orElse);
        CompileBlock(node.OrElse);
        _b.Mark(end);
    }

    private void CompileFor(For node)
    {
        var top = _b.NewLabel();
        var orElse = _b.NewLabel();
        var end = _b.NewLabel();
        CompileExpr(node.Iter);
        _b.Span = node.Iter.Span;
        _b.Emit(OpCode.GetIter);
        _b.Mark(top);
        _b.Span = node.Span;
        _b.EmitJump(OpCode.ForIter, orElse);
        CompileStore(node.Target);
        _fblocks.Add(new FBlock(FBlockKind.ForLoop, top, end));
        CompileBlock(node.Body);
        _fblocks.RemoveAt(_fblocks.Count - 1);
        _b.Span = node.Span;
        _b.EmitJump(OpCode.Jump, top);
        _b.Mark(orElse);
        CompileBlock(node.OrElse);
        _b.Mark(end);
    }

    private void CompileBreakContinue(SourceSpan span, bool isBreak)
    {
        var loopIndex = _fblocks.FindLastIndex(f => f.Kind is FBlockKind.WhileLoop or FBlockKind.ForLoop);
        if (loopIndex < 0)
            throw new SyntaxErrorException(isBreak ? "'break' outside loop" : "'continue' not properly in loop", span);
        var loop = _fblocks[loopIndex];
        UnwindTo(loopIndex + 1, preserveTop: false);
        _b.Span = span;
        if (isBreak)
        {
            if (loop.Kind == FBlockKind.ForLoop) _b.Emit(OpCode.Pop);
            _b.EmitJump(OpCode.Jump, loop.BreakLabel);
        }
        else
        {
            _b.EmitJump(OpCode.Jump, loop.ContinueLabel);
        }
    }

    private void CompileReturn(Return r)
    {
        if (!_scope.IsFunctionLike) throw new SyntaxErrorException("'return' outside function", r.Span);
        if (r.Value is not null) CompileExpr(r.Value);
        else _b.LoadConst(PySingleton.None);
        UnwindTo(0, preserveTop: true);
        _b.Span = r.Span;
        _b.Emit(OpCode.ReturnValue);
    }

    /// <summary>Emits the exit code of every fblock above index (innermost first): popping
    /// blocks, restoring handled exceptions and inlining finally bodies.</summary>
    private void UnwindTo(int index, bool preserveTop)
    {
        for (var i = _fblocks.Count - 1; i >= index; i--)
        {
            var block = _fblocks[i];
            switch (block.Kind)
            {
                case FBlockKind.ForLoop:
                    if (!preserveTop) _b.Emit(OpCode.Pop);
                    else
                    {
                        _b.Emit(OpCode.Swap, 2);
                        _b.Emit(OpCode.Pop);
                    }
                    break;
                case FBlockKind.TryExcept:
                    _b.Emit(OpCode.PopBlock);
                    break;
                case FBlockKind.HandlerBody:
                    _b.Emit(OpCode.PopExcept);
                    for (var k = 0; k < block.StackItems; k++)
                    {
                        if (preserveTop) _b.Emit(OpCode.Swap, 2);
                        _b.Emit(OpCode.Pop);
                    }
                    break;
                case FBlockKind.PopValue:
                    if (preserveTop) _b.Emit(OpCode.Swap, 2);
                    _b.Emit(OpCode.Pop);
                    break;
                case FBlockKind.With:
                    _b.Emit(OpCode.PopBlock);
                    if (preserveTop) _b.Emit(OpCode.Swap, 2);
                    EmitExitCall();
                    break;
                case FBlockKind.TryFinally:
                    {
                        _b.Emit(OpCode.PopBlock);
                        // The finally body runs with only the blocks outside this try active.
                        var saved = _fblocks;
                        _fblocks = _fblocks.GetRange(0, i);
                        if (preserveTop) _fblocks.Add(new FBlock(FBlockKind.PopValue));
                        CompileBlock(block.FinalBody!);
                        _fblocks = saved;
                        break;
                    }
            }
        }
    }

    private void CompileFunctionDef(FunctionDef fd)
    {
        foreach (var d in fd.Decorators) CompileExpr(d);
        _b.Span = fd.Span;
        var docstring = fd.Body.Count > 0 && fd.Body[0] is ExprStmt { Value: Constant { Value: string doc } } ? PyStr.Of(doc) : null;
        var code = CompileNested(fd, fd.Name, c =>
        {
            c.CompileBlock(fd.Body);
            c._b.Span = fd.Span;
            c._b.LoadConst(PySingleton.None);
            c._b.Emit(OpCode.ReturnValue);
        }, hasDocstring: docstring is not null, docstring: docstring);
        _b.Span = fd.Span;
        EmitMakeFunction(code, fd.Args);
        for (var i = 0; i < fd.Decorators.Count; i++) _b.Emit(OpCode.Call, 1);
        StoreName(fd.Name);
    }

    /// <summary>class C(bases, **kw): body → __build_class__(body_function, 'C', *bases, **kw).</summary>
    private void CompileClassDef(ClassDef cd)
    {
        foreach (var d in cd.Decorators) CompileExpr(d);
        _b.Span = cd.Span;
        if (cd.Bases.Any(b => b is Starred) || cd.Keywords.Any(k => k.Arg is null))
            throw new SyntaxErrorException("Monty does not support * or ** in a class's bases", cd.Span);
        _b.Emit(OpCode.LoadBuildClass);
        var code = CompileNested(cd, cd.Name, c =>
        {
            if (cd.Body.Count > 0 && cd.Body[0] is ExprStmt { Value: Constant { Value: string doc } })
            {
                c._b.LoadConst(PyStr.Of(doc));
                c.StoreName("__doc__");
            }
            if (cd.Body.Any(s => s is AnnAssign { Simple: true, Target: Name }))
            {
                c._b.Emit(OpCode.BuildMap, 0);
                c.StoreName("__annotations__");
                c._classAnnotations = true;
            }
            c.CompileBlock(cd.Body);
            c._b.Span = cd.Span;
            if (c._scope.CellVars.Contains("__class__"))
            {
                // type.__new__ fills the cell so methods' super() and __class__ see the new class.
                c._b.Emit(OpCode.LoadClosure, c._cellIndex["__class__"]);
                c._b.Emit(OpCode.StoreName, c._b.Name("__classcell__"));
            }
            c._b.LoadConst(PySingleton.None);
            c._b.Emit(OpCode.ReturnValue);
        });
        _b.Span = cd.Span;
        var flags = 0;
        EmitClosure(code, ref flags);
        _b.LoadConst(code);
        _b.Emit(OpCode.MakeFunction, flags);
        _b.LoadConst(PyStr.Of(cd.Name));
        foreach (var b in cd.Bases) CompileExpr(b);
        foreach (var k in cd.Keywords) CompileExpr(k.Value);
        _b.Span = cd.Span;
        if (cd.Keywords.Count == 0)
        {
            _b.Emit(OpCode.Call, 2 + cd.Bases.Count);
        }
        else
        {
            _b.LoadConst(new PyTuple([.. cd.Keywords.Select(k => (PyObject)PyStr.Of(k.Arg!))]));
            _b.Emit(OpCode.CallKw, 2 + cd.Bases.Count + cd.Keywords.Count);
        }
        for (var i = 0; i < cd.Decorators.Count; i++) _b.Emit(OpCode.Call, 1);
        StoreName(cd.Name);
    }

    /// <summary>__annotations__[name] = annotation in a class body (dataclasses read them). Names,
    /// attributes and constants are evaluated as in CPython; other expressions (generic aliases
    /// like list[int], which Monty cannot evaluate) are kept as their source text.</summary>
    private void CompileClassAnnotation(string name, Expr annotation)
    {
        if (annotation is Name or Parsing.Ast.Attribute or Constant) CompileExpr(annotation);
        else _b.LoadConst(PyStr.Of(SourceText(annotation.Span)));
        LoadName("__annotations__");
        _b.LoadConst(PyStr.Of(name));
        _b.Emit(OpCode.StoreSubscr);
    }

    private string SourceText(SourceSpan span)
    {
        if (span.Line != span.EndLine || span.Line < 1 || span.Line > _sourceLines.Length) return "";
        var line = _sourceLines[span.Line - 1];
        var start = Math.Clamp(span.Column, 0, line.Length);
        var end = Math.Clamp(span.EndColumn, start, line.Length);
        return line[start..end];
    }

    /// <summary>Pushes defaults, keyword defaults and the closure, then builds the function.</summary>
    private void EmitMakeFunction(CodeObject code, Arguments args)
    {
        var flags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults) CompileExpr(d);
            _b.Emit(OpCode.BuildTuple, args.Defaults.Count);
            flags |= 1;
        }
        var kwDefaultCount = 0;
        for (var i = 0; i < args.KwOnly.Count; i++)
        {
            if (args.KwDefaults[i] is not { } d) continue;
            _b.LoadConst(PyStr.Of(args.KwOnly[i].Name));
            CompileExpr(d);
            kwDefaultCount++;
        }
        if (kwDefaultCount > 0)
        {
            _b.Emit(OpCode.BuildMap, kwDefaultCount);
            flags |= 2;
        }
        EmitClosure(code, ref flags);
        _b.LoadConst(code);
        _b.Emit(OpCode.MakeFunction, flags);
    }

    private void EmitClosure(CodeObject code, ref int flags)
    {
        if (code.FreeVars.Length == 0) return;
        foreach (var name in code.FreeVars) _b.Emit(OpCode.LoadClosure, _cellIndex[name]);
        _b.Emit(OpCode.BuildTuple, code.FreeVars.Length);
        flags |= 4;
    }

    private void CompileTry(Try t)
    {
        if (t.FinalBody.Count > 0)
        {
            CompileTryFinally(t);
            return;
        }
        CompileTryExcept(t);
    }

    /// <summary>with a as x, b as y: body — each item is a nested with, as in CPython.</summary>
    private void CompileWith(With w, int item)
    {
        var withItem = w.Items[item];
        var handler = _b.NewLabel();
        var suppress = _b.NewLabel();
        var end = _b.NewLabel();
        CompileExpr(withItem.ContextExpr);
        _b.Span = w.Span;
        _b.Emit(OpCode.BeforeWith);
        if (withItem.OptionalVars is not null) CompileStore(withItem.OptionalVars);
        else _b.Emit(OpCode.Pop);
        _b.EmitJump(OpCode.SetupExcept, handler);
        _fblocks.Add(new FBlock(FBlockKind.With));
        if (item + 1 < w.Items.Count) CompileWith(w, item + 1);
        else CompileBlock(w.Body);
        _fblocks.RemoveAt(_fblocks.Count - 1);
        _b.Span = w.Span;
        _b.Emit(OpCode.PopBlock);
        EmitExitCall();
        _b.EmitJump(OpCode.Jump, end);

        // Exception path: [exit, saved, exc]; __exit__ decides whether the exception is suppressed.
        _b.Mark(handler);
        _b.Emit(OpCode.SetupHandler);
        _b.Emit(OpCode.WithExceptStart);
        _b.EmitJump(OpCode.PopJumpIfTrue, suppress);
        _b.Emit(OpCode.PopExcept);
        _b.Emit(OpCode.Reraise);
        _b.Mark(suppress);
        _b.Emit(OpCode.PopExcept);
        _b.Emit(OpCode.Pop);
        _b.Emit(OpCode.Pop);
        _b.Emit(OpCode.Pop);
        _b.Mark(end);
    }

    /// <summary>[exit] -> []: calls exit(None, None, None) and drops its result.</summary>
    private void EmitExitCall()
    {
        _b.LoadConst(PySingleton.None);
        _b.LoadConst(PySingleton.None);
        _b.LoadConst(PySingleton.None);
        _b.Emit(OpCode.Call, 3);
        _b.Emit(OpCode.Pop);
    }

    private void CompileTryFinally(Try t)
    {
        var handler = _b.NewLabel();
        var end = _b.NewLabel();
        _b.EmitJump(OpCode.SetupExcept, handler);
        _fblocks.Add(new FBlock(FBlockKind.TryFinally) { FinalBody = t.FinalBody });
        if (t.Handlers.Count > 0) CompileTryExcept(t);
        else CompileBlock(t.Body);
        _fblocks.RemoveAt(_fblocks.Count - 1);
        _b.Emit(OpCode.PopBlock);
        CompileBlock(t.FinalBody);
        _b.EmitJump(OpCode.Jump, end);

        // Exception path: [saved, exc] on the stack; run the body, then re-raise.
        _b.Mark(handler);
        _b.Emit(OpCode.SetupHandler);
        _fblocks.Add(new FBlock(FBlockKind.HandlerBody) { StackItems = 2 });
        CompileBlock(t.FinalBody);
        _fblocks.RemoveAt(_fblocks.Count - 1);
        _b.Emit(OpCode.PopExcept);
        _b.Emit(OpCode.Reraise);
        _b.Mark(end);
    }

    private void CompileTryExcept(Try t)
    {
        var handler = _b.NewLabel();
        var orElse = _b.NewLabel();
        var end = _b.NewLabel();
        _b.EmitJump(OpCode.SetupExcept, handler);
        _fblocks.Add(new FBlock(FBlockKind.TryExcept));
        CompileBlock(t.Body);
        _fblocks.RemoveAt(_fblocks.Count - 1);
        _b.Emit(OpCode.PopBlock);
        _b.EmitJump(OpCode.Jump, orElse);

        // Handlers: [saved, exc] on the stack.
        _b.Mark(handler);
        _b.Emit(OpCode.SetupHandler);
        for (var i = 0; i < t.Handlers.Count; i++)
        {
            var h = t.Handlers[i];
            _b.Span = h.Span;
            if (h.Type is null && i != t.Handlers.Count - 1)
                throw new SyntaxErrorException("default 'except:' must be last", h.Span);
            var next = _b.NewLabel();
            if (h.Type is not null)
            {
                CompileExpr(h.Type);
                _b.Span = h.Span;
                _b.Emit(OpCode.CheckExcMatch);
                _b.EmitJump(OpCode.PopJumpIfFalse, next);
            }
            if (h.Name is not null) StoreName(h.Name);
            else _b.Emit(OpCode.Pop);
            _fblocks.Add(new FBlock(FBlockKind.HandlerBody) { StackItems = 1 });
            CompileBlock(h.Body);
            _fblocks.RemoveAt(_fblocks.Count - 1);
            _b.Span = h.Span;
            _b.Emit(OpCode.PopExcept);
            _b.Emit(OpCode.Pop);
            if (h.Name is not null)
            {
                _b.LoadConst(PySingleton.None);
                StoreName(h.Name);
                DeleteName(h.Name);
            }
            _b.EmitJump(OpCode.Jump, end);
            _b.Mark(next);
        }
        // No handler matched: re-raise with the saved exception restored by the unwinder.
        _b.Emit(OpCode.Reraise);
        _b.Mark(orElse);
        CompileBlock(t.OrElse);
        _b.Mark(end);
    }

    private void CompileAugAssign(AugAssign aug)
    {
        var op = (int)aug.Op + 16;
        switch (aug.Target)
        {
            case Name n:
                LoadName(n.Id);
                CompileExpr(aug.Value);
                _b.Span = aug.Span;
                _b.Emit(OpCode.BinaryOp, op);
                StoreName(n.Id);
                break;
            case Parsing.Ast.Attribute a:
                CompileExpr(a.Value);
                _b.Emit(OpCode.Copy, 1);
                _b.Span = a.Span;
                _b.Emit(OpCode.LoadAttr, _b.Name(a.Attr));
                CompileExpr(aug.Value);
                _b.Span = aug.Span;
                _b.Emit(OpCode.BinaryOp, op);
                _b.Emit(OpCode.Swap, 2);
                _b.Emit(OpCode.StoreAttr, _b.Name(a.Attr));
                break;
            case Subscript s:
                CompileExpr(s.Value);
                CompileSubscriptKey(s.Slice);
                _b.Emit(OpCode.Copy, 2);
                _b.Emit(OpCode.Copy, 2);
                _b.Span = s.Span;
                _b.Emit(OpCode.BinarySubscr);
                CompileExpr(aug.Value);
                _b.Span = aug.Span;
                _b.Emit(OpCode.BinaryOp, op);
                _b.Emit(OpCode.Swap, 3);
                _b.Emit(OpCode.Swap, 2);
                _b.Emit(OpCode.StoreSubscr);
                break;
            default:
                throw new SyntaxErrorException($"'{aug.Target.GetType().Name}' is an illegal expression for augmented assignment", aug.Span);
        }
    }
}
