using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Compilation;

internal sealed partial class Compiler
{
    /// <summary>Awaits the value on top. In async code this is CPython's loop: GET_AWAITABLE then
    /// yield-from (futures travel up to the task, results come back down). At module level the
    /// event loop runs until the awaitable is done (top-level await).</summary>
    private void EmitAwait()
    {
        if (_scope.Kind == ScopeKind.Module)
        {
            _b.Emit(OpCode.AwaitTopLevel);
            return;
        }
        _b.Emit(OpCode.GetAwaitable);
        _b.LoadConst(PySingleton.None);
        var loop = _b.NewLabel();
        var exit = _b.NewLabel();
        _b.Mark(loop);
        _b.EmitJump(OpCode.Send, exit);
        _b.Emit(OpCode.YieldValue);
        _b.EmitJump(OpCode.Jump, loop);
        _b.Mark(exit);
    }

    /// <summary>With the async iterator on top, pushes its next item, awaiting __anext__ under a
    /// handler that ends the loop on StopAsyncIteration. Returns the handler label, which the
    /// caller marks (followed by END_ASYNC_FOR) after the loop body.</summary>
    private int EmitAsyncNext()
    {
        var handler = _b.NewLabel();
        _b.EmitJump(OpCode.SetupExcept, handler);
        _b.Emit(OpCode.GetANext);
        EmitAwait();
        _b.Emit(OpCode.PopBlock);
        return handler;
    }

    private void CompileAsyncFor(For node)
    {
        var top = _b.NewLabel();
        var orElse = _b.NewLabel();
        var end = _b.NewLabel();
        CompileExpr(node.Iter);
        _b.Span = node.Iter.Span;
        _b.Emit(OpCode.GetAIter);
        _b.Mark(top);
        _b.Span = node.Span;
        var handler = EmitAsyncNext();
        CompileStore(node.Target);
        _fblocks.Add(new FBlock(FBlockKind.ForLoop, top, end));
        CompileBlock(node.Body);
        _fblocks.RemoveAt(_fblocks.Count - 1);
        _b.Span = node.Span;
        _b.EmitJump(OpCode.Jump, top);
        _b.Mark(handler);
        _b.Emit(OpCode.EndAsyncFor);
        _b.Mark(orElse);
        CompileBlock(node.OrElse);
        _b.Mark(end);
    }

    /// <summary>async with: the with statement with __aenter__/__aexit__, each result awaited.</summary>
    private void CompileAsyncWith(With w, int item)
    {
        var withItem = w.Items[item];
        var handler = _b.NewLabel();
        var suppress = _b.NewLabel();
        var end = _b.NewLabel();
        CompileExpr(withItem.ContextExpr);
        _b.Span = w.Span;
        _b.Emit(OpCode.BeforeAsyncWith);
        EmitAwait();
        if (withItem.OptionalVars is not null) CompileStore(withItem.OptionalVars);
        else _b.Emit(OpCode.Pop);
        _b.EmitJump(OpCode.SetupExcept, handler);
        _fblocks.Add(new FBlock(FBlockKind.With) { IsAsync = true });
        if (item + 1 < w.Items.Count) CompileAsyncWith(w, item + 1);
        else CompileBlock(w.Body);
        _fblocks.RemoveAt(_fblocks.Count - 1);
        _b.Span = w.Span;
        _b.Emit(OpCode.PopBlock);
        EmitAsyncExitCall();
        _b.EmitJump(OpCode.Jump, end);

        // Exception path: [exit, saved, exc]; the awaited __aexit__ result decides suppression.
        _b.Mark(handler);
        _b.Emit(OpCode.SetupHandler);
        _b.Emit(OpCode.WithExceptStart);
        EmitAwait();
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

    /// <summary>[aexit] -> []: awaits aexit(None, None, None) and drops its result.</summary>
    private void EmitAsyncExitCall()
    {
        _b.LoadConst(PySingleton.None);
        _b.LoadConst(PySingleton.None);
        _b.LoadConst(PySingleton.None);
        _b.Emit(OpCode.Call, 3);
        EmitAwait();
        _b.Emit(OpCode.Pop);
    }
}
