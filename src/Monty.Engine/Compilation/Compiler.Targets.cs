using Monty.Engine.Parsing;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Compilation;

internal sealed partial class Compiler
{
    /// <summary>Stores the value on top of the stack into an assignment target.</summary>
    private void CompileStore(Expr target)
    {
        Enter(target);
        _b.Span = target.Span;
        switch (target)
        {
            case Name n:
                StoreName(n.Id);
                break;
            case Parsing.Ast.Attribute a:
                CompileExpr(a.Value);
                _b.Span = target.Span;
                _b.Emit(OpCode.StoreAttr, _b.Name(a.Attr));
                break;
            case Subscript s:
                CompileExpr(s.Value);
                CompileSubscriptKey(s.Slice);
                _b.Span = target.Span;
                _b.Emit(OpCode.StoreSubscr);
                break;
            case TupleExpr t:
                CompileUnpack(t.Elts, target.Span);
                break;
            case ListExpr l:
                CompileUnpack(l.Elts, target.Span);
                break;
            case Starred s:
                throw new SyntaxErrorException("starred assignment target must be in a list or tuple", s.Span);
            default:
                throw new SyntaxErrorException($"cannot assign to {target.GetType().Name}", target.Span);
        }
        Leave();
    }

    private void CompileUnpack(IReadOnlyList<Expr> elts, SourceSpan span)
    {
        var star = -1;
        for (var i = 0; i < elts.Count; i++)
        {
            if (elts[i] is not Starred) continue;
            if (star >= 0) throw new SyntaxErrorException("multiple starred expressions in assignment", elts[i].Span);
            star = i;
        }
        _b.Span = span;
        if (star < 0)
        {
            _b.Emit(OpCode.UnpackSequence, elts.Count);
        }
        else
        {
            var after = elts.Count - star - 1;
            if (star > 255 || after > 255) throw new SyntaxErrorException("too many expressions in star-unpacking assignment", span);
            _b.Emit(OpCode.UnpackEx, star | after << 8);
        }
        foreach (var e in elts) CompileStore(e is Starred s ? s.Value : e);
    }

    private void CompileDelete(Expr target)
    {
        _b.Span = target.Span;
        switch (target)
        {
            case Name n:
                DeleteName(n.Id);
                break;
            case Parsing.Ast.Attribute a:
                CompileExpr(a.Value);
                _b.Span = target.Span;
                _b.Emit(OpCode.DeleteAttr, _b.Name(a.Attr));
                break;
            case Subscript s:
                CompileExpr(s.Value);
                CompileSubscriptKey(s.Slice);
                _b.Span = target.Span;
                _b.Emit(OpCode.DeleteSubscr);
                break;
            case TupleExpr t:
                foreach (var e in t.Elts) CompileDelete(e);
                break;
            case ListExpr l:
                foreach (var e in l.Elts) CompileDelete(e);
                break;
            default:
                throw new SyntaxErrorException($"cannot delete {target.GetType().Name}", target.Span);
        }
    }
}
