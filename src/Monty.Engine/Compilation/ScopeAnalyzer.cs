using Monty.Engine.Parsing;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Compilation;

/// <summary>Builds the scope tree of a module and resolves every name to local, global, free
/// or cell storage, following CPython's rules (so closures and UnboundLocalError match).
/// Walks the AST with an explicit depth bound.</summary>
internal sealed class ScopeAnalyzer
{
    private readonly Dictionary<Node, Scope> _scopes = new(ReferenceEqualityComparer.Instance);
    private Scope _current = null!;
    private int _depth;
    private const int MaxDepth = 1000;

    public static (Scope Module, Dictionary<Node, Scope> Scopes) Analyze(ModuleNode module)
    {
        var analyzer = new ScopeAnalyzer();
        var root = new Scope(ScopeKind.Module, "<module>", null, module);
        analyzer._scopes[module] = root;
        analyzer._current = root;
        foreach (var s in module.Body) analyzer.Visit(s);
        Resolve(root);
        return (root, analyzer._scopes);
    }

    private Scope Enter(ScopeKind kind, string name, Node node)
    {
        var scope = new Scope(kind, name, _current, node);
        _current.Children.Add(scope);
        _scopes[node] = scope;
        return scope;
    }

    private void Bind(string name)
    {
        _current.Assigned.Add(name);
    }

    private void Use(string name) => _current.Used.Add(name);

    private void Guard(Node node)
    {
        if (++_depth > MaxDepth) throw new SyntaxErrorException("too many nested blocks or expressions", node.Span);
    }

    private void Visit(Stmt stmt)
    {
        Guard(stmt);
        try
        {
            VisitStmt(stmt);
        }
        finally
        {
            _depth--;
        }
    }

    private void VisitStmt(Stmt stmt)
    {
        switch (stmt)
        {
            case FunctionDef fd:
                foreach (var d in fd.Decorators) Visit(d);
                VisitDefaults(fd.Args);
                if (fd.Returns is not null) Visit(fd.Returns);
                VisitAnnotations(fd.Args);
                Bind(fd.Name);
                VisitFunction(fd, fd.Name, fd.Args, fd.Body, null, fd.IsAsync);
                break;
            case ClassDef cd:
                foreach (var d in cd.Decorators) Visit(d);
                foreach (var b in cd.Bases) Visit(b);
                foreach (var k in cd.Keywords) Visit(k.Value);
                Bind(cd.Name);
                {
                    var outer = _current;
                    _current = Enter(ScopeKind.Class, cd.Name, cd);
                    foreach (var s in cd.Body) Visit(s);
                    _current = outer;
                }
                break;
            case Return r:
                if (r.Value is not null) Visit(r.Value);
                break;
            case Delete d:
                foreach (var t in d.Targets) VisitTarget(t);
                break;
            case Assign a:
                Visit(a.Value);
                foreach (var t in a.Targets) VisitTarget(t);
                break;
            case AugAssign aug:
                Visit(aug.Value);
                if (aug.Target is Name n)
                {
                    Use(n.Id);
                    Bind(n.Id);
                }
                else
                {
                    VisitTarget(aug.Target);
                }
                break;
            case AnnAssign ann:
                if (ann.Value is not null) Visit(ann.Value);
                if (ann.Target is Name an)
                {
                    if (ann.Value is not null || _current.Kind != ScopeKind.Module) Bind(an.Id);
                }
                else
                {
                    VisitTarget(ann.Target);
                }
                break;
            case For f:
                if (f.IsAsync) MarkAwait("'async for'", f.Span);
                Visit(f.Iter);
                VisitTarget(f.Target);
                VisitBlock(f.Body);
                VisitBlock(f.OrElse);
                break;
            case While w:
                Visit(w.Test);
                VisitBlock(w.Body);
                VisitBlock(w.OrElse);
                break;
            case If i:
                Visit(i.Test);
                VisitBlock(i.Body);
                VisitBlock(i.OrElse);
                break;
            case With w:
                if (w.IsAsync) MarkAwait("'async with'", w.Span);
                foreach (var item in w.Items)
                {
                    Visit(item.ContextExpr);
                    if (item.OptionalVars is not null) VisitTarget(item.OptionalVars);
                }
                VisitBlock(w.Body);
                break;
            case Match m:
                Visit(m.Subject);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    if (c.Guard is not null) Visit(c.Guard);
                    VisitBlock(c.Body);
                }
                break;
            case Raise r:
                if (r.Exc is not null) Visit(r.Exc);
                if (r.Cause is not null) Visit(r.Cause);
                break;
            case Try t:
                VisitBlock(t.Body);
                foreach (var h in t.Handlers)
                {
                    if (h.Type is not null) Visit(h.Type);
                    if (h.Name is not null) Bind(h.Name);
                    VisitBlock(h.Body);
                }
                VisitBlock(t.OrElse);
                VisitBlock(t.FinalBody);
                break;
            case Assert a:
                Visit(a.Test);
                if (a.Msg is not null) Visit(a.Msg);
                break;
            case Import imp:
                foreach (var alias in imp.Names) Bind(alias.AsName ?? alias.Name.Split('.')[0]);
                break;
            case ImportFrom imp:
                foreach (var alias in imp.Names)
                    if (alias.Name != "*") Bind(alias.AsName ?? alias.Name);
                break;
            case Global g:
                foreach (var name in g.Names)
                {
                    if (_current.Assigned.Contains(name) || _current.Used.Contains(name))
                    {
                        var what = _current.Assigned.Contains(name) ? "assigned to" : "used";
                        throw new SyntaxErrorException($"name '{name}' is {what} before global declaration", g.Span);
                    }
                    if (_current.Parameters.Contains(name))
                        throw new SyntaxErrorException($"name '{name}' is parameter and global", g.Span);
                    _current.DeclaredGlobal.Add(name);
                }
                break;
            case Nonlocal nl:
                foreach (var name in nl.Names)
                {
                    if (_current.Kind == ScopeKind.Module)
                        throw new SyntaxErrorException("nonlocal declaration not allowed at module level", nl.Span);
                    if (_current.Assigned.Contains(name) || _current.Used.Contains(name))
                    {
                        var what = _current.Assigned.Contains(name) ? "assigned to" : "used";
                        throw new SyntaxErrorException($"name '{name}' is {what} before nonlocal declaration", nl.Span);
                    }
                    if (_current.Parameters.Contains(name))
                        throw new SyntaxErrorException($"name '{name}' is parameter and nonlocal", nl.Span);
                    _current.DeclaredNonlocal.Add(name);
                }
                break;
            case ExprStmt e:
                Visit(e.Value);
                break;
        }
    }

    private void VisitBlock(IReadOnlyList<Stmt> body)
    {
        foreach (var s in body) Visit(s);
    }

    private void VisitDefaults(Arguments args)
    {
        foreach (var d in args.Defaults) Visit(d);
        foreach (var d in args.KwDefaults)
            if (d is not null) Visit(d);
    }

    private void VisitAnnotations(Arguments args)
    {
        foreach (var a in args.PosOnly.Concat(args.Args).Concat(args.KwOnly))
            if (a.Annotation is not null) Visit(a.Annotation);
        if (args.VarArg?.Annotation is { } va) Visit(va);
        if (args.KwArg?.Annotation is { } ka) Visit(ka);
    }

    private void VisitFunction(Node node, string name, Arguments args, IReadOnlyList<Stmt>? body, Expr? lambdaBody, bool isAsync)
    {
        var outer = _current;
        _current = Enter(lambdaBody is null ? ScopeKind.Function : ScopeKind.Lambda, name, node);
        _current.IsCoroutine = isAsync;
        foreach (var a in args.PosOnly) AddParameter(a);
        foreach (var a in args.Args) AddParameter(a);
        foreach (var a in args.KwOnly) AddParameter(a);
        if (args.VarArg is not null) AddParameter(args.VarArg);
        if (args.KwArg is not null) AddParameter(args.KwArg);
        if (body is not null) VisitBlock(body);
        if (lambdaBody is not null) Visit(lambdaBody);
        _current = outer;
    }

    private void AddParameter(Arg a)
    {
        if (_current.Parameters.Contains(a.Name))
            throw new SyntaxErrorException($"duplicate argument '{a.Name}' in function definition", a.Span);
        _current.Parameters.Add(a.Name);
        _current.Assigned.Add(a.Name);
    }

    private void VisitTarget(Expr target)
    {
        switch (target)
        {
            case Name n:
                if (n.Ctx == ExprContext.Del) Bind(n.Id);
                else Bind(n.Id);
                break;
            case TupleExpr t:
                foreach (var e in t.Elts) VisitTarget(e);
                break;
            case ListExpr l:
                foreach (var e in l.Elts) VisitTarget(e);
                break;
            case Starred s:
                VisitTarget(s.Value);
                break;
            default:
                Visit(target);
                break;
        }
    }

    private void VisitPattern(Pattern p)
    {
        switch (p)
        {
            case MatchValue mv:
                Visit(mv.Value);
                break;
            case MatchSequence ms:
                foreach (var x in ms.Patterns) VisitPattern(x);
                break;
            case MatchMapping mm:
                foreach (var k in mm.Keys) Visit(k);
                foreach (var x in mm.Patterns) VisitPattern(x);
                if (mm.Rest is not null) Bind(mm.Rest);
                break;
            case MatchClass mc:
                Visit(mc.Cls);
                foreach (var x in mc.Patterns) VisitPattern(x);
                foreach (var x in mc.KwdPatterns) VisitPattern(x);
                break;
            case MatchStar st:
                if (st.Name is not null) Bind(st.Name);
                break;
            case MatchAs ma:
                if (ma.Pattern is not null) VisitPattern(ma.Pattern);
                if (ma.Name is not null) Bind(ma.Name);
                break;
            case MatchOr mo:
                foreach (var x in mo.Patterns) VisitPattern(x);
                break;
        }
    }

    private void Visit(Expr expr)
    {
        Guard(expr);
        try
        {
            VisitExpr(expr);
        }
        finally
        {
            _depth--;
        }
    }

    private void VisitExpr(Expr expr)
    {
        switch (expr)
        {
            case Name n:
                if (n.Ctx == ExprContext.Load)
                {
                    Use(n.Id);
                    // Zero-argument super() and __class__ read the class through an implicit cell.
                    if (n.Id is "super" or "__class__" && _current.IsFunctionLike) Use("__class__");
                }
                else
                {
                    Bind(n.Id);
                }
                break;
            case Constant:
                break;
            case BoolOp b:
                foreach (var v in b.Values) Visit(v);
                break;
            case NamedExpr ne:
                Visit(ne.Value);
                BindWalrus(ne.Target.Id, ne);
                break;
            case BinOp b:
                Visit(b.Left);
                Visit(b.Right);
                break;
            case UnaryOpExpr u:
                Visit(u.Operand);
                break;
            case Lambda l:
                VisitDefaults(l.Args);
                VisitFunction(l, "<lambda>", l.Args, null, l.Body, false);
                break;
            case IfExp i:
                Visit(i.Test);
                Visit(i.Body);
                Visit(i.OrElse);
                break;
            case DictExpr d:
                foreach (var k in d.Keys)
                    if (k is not null) Visit(k);
                foreach (var v in d.Values) Visit(v);
                break;
            case SetExpr s:
                foreach (var e in s.Elts) Visit(e);
                break;
            case ListComp lc:
                VisitComprehension(lc, "<listcomp>", lc.Generators, lc.Elt, null);
                break;
            case SetComp sc:
                VisitComprehension(sc, "<setcomp>", sc.Generators, sc.Elt, null);
                break;
            case DictComp dc:
                VisitComprehension(dc, "<dictcomp>", dc.Generators, dc.Key, dc.Value);
                break;
            case GeneratorExp ge:
                VisitComprehension(ge, "<genexpr>", ge.Generators, ge.Elt, null);
                break;
            case Await a:
                MarkAwait("'await'", a.Span);
                Visit(a.Value);
                break;
            case Yield y:
                MarkGenerator(expr);
                if (y.Value is not null) Visit(y.Value);
                break;
            case YieldFrom yf:
                MarkGenerator(expr);
                if (_current.IsCoroutine) throw new SyntaxErrorException("'yield from' inside async function", expr.Span);
                Visit(yf.Value);
                break;
            case Compare c:
                Visit(c.Left);
                foreach (var x in c.Comparators) Visit(x);
                break;
            case Call call:
                Visit(call.Func);
                foreach (var a in call.Args) Visit(a);
                foreach (var k in call.Keywords) Visit(k.Value);
                break;
            case FormattedValue fv:
                Visit(fv.Value);
                if (fv.FormatSpec is not null) Visit(fv.FormatSpec);
                break;
            case JoinedStr js:
                foreach (var v in js.Values) Visit(v);
                break;
            case Parsing.Ast.Attribute a:
                Visit(a.Value);
                break;
            case Subscript s:
                Visit(s.Value);
                Visit(s.Slice);
                break;
            case Starred s:
                Visit(s.Value);
                break;
            case ListExpr l:
                foreach (var e in l.Elts) Visit(e);
                break;
            case TupleExpr t:
                foreach (var e in t.Elts) Visit(e);
                break;
            case SliceExpr sl:
                if (sl.Lower is not null) Visit(sl.Lower);
                if (sl.Upper is not null) Visit(sl.Upper);
                if (sl.Step is not null) Visit(sl.Step);
                break;
        }
    }

    private void MarkGenerator(Expr expr)
    {
        if (!_current.IsFunctionLike || _current.Kind == ScopeKind.Comprehension && _current.Node is not GeneratorExp)
        {
            if (_current.Kind == ScopeKind.Comprehension)
                throw new SyntaxErrorException("'yield' inside list comprehension", expr.Span);
            throw new SyntaxErrorException("'yield' outside function", expr.Span);
        }
        _current.IsGenerator = true;
    }

    /// <summary>A walrus in a comprehension binds in the nearest enclosing non-comprehension scope.</summary>
    private void BindWalrus(string name, NamedExpr node)
    {
        var scope = _current;
        while (scope.Kind == ScopeKind.Comprehension)
        {
            scope.DeclaredNonlocal.Add(name);
            scope = scope.Parent!;
        }
        if (scope.Kind == ScopeKind.Class)
            throw new SyntaxErrorException("assignment expression within a comprehension cannot be used in a class body", node.Span);
        scope.Assigned.Add(name);
        if (!ReferenceEquals(scope, _current) && scope.Kind == ScopeKind.Module)
        {
            // Comprehension scopes reach module-level targets as globals.
            for (var s = _current; s.Kind == ScopeKind.Comprehension; s = s.Parent!)
            {
                s.DeclaredNonlocal.Remove(name);
                s.DeclaredGlobal.Add(name);
            }
        }
    }

    private void VisitComprehension(Expr node, string name, IReadOnlyList<Comprehension> generators, Expr elt, Expr? value)
    {
        // The first iterable is evaluated in the enclosing scope; everything else inside.
        Visit(generators[0].Iter);
        var outer = _current;
        _current = Enter(ScopeKind.Comprehension, name, node);
        _current.Parameters.Add(".0");
        _current.Assigned.Add(".0");
        if (node is GeneratorExp) _current.IsGenerator = true;
        for (var i = 0; i < generators.Count; i++)
        {
            var g = generators[i];
            if (g.IsAsync) MarkAwait("asynchronous comprehension", g.Span);
            if (i > 0) Visit(g.Iter);
            VisitTarget(g.Target);
            foreach (var cond in g.Ifs) Visit(cond);
        }
        Visit(elt);
        if (value is not null) Visit(value);
        _current = outer;
    }

    /// <summary>Second pass: decide storage for every name, top-down, creating cells and free vars.</summary>
    private static void Resolve(Scope scope)
    {
        foreach (var name in scope.DeclaredGlobal) scope.Resolved[name] = NameKind.GlobalExplicit;
        foreach (var name in scope.Assigned)
        {
            if (scope.Resolved.ContainsKey(name) || scope.DeclaredNonlocal.Contains(name)) continue;
            scope.Resolved[name] = scope.Kind switch
            {
                ScopeKind.Module => NameKind.GlobalImplicit,
                ScopeKind.Class => NameKind.ClassLocal,
                _ => NameKind.Local,
            };
        }
        foreach (var name in scope.DeclaredNonlocal)
        {
            if (!TryCapture(scope, name))
                throw new SyntaxErrorException($"no binding for nonlocal '{name}' found", scope.Node.Span);
        }
        foreach (var name in scope.Used)
        {
            if (scope.Resolved.ContainsKey(name)) continue;
            if (!TryCapture(scope, name)) scope.Resolved[name] = NameKind.GlobalImplicit;
        }
        foreach (var child in scope.Children) Resolve(child);
    }

    /// <summary>Finds name in an enclosing function scope; marks it Cell there and Free on the way down.</summary>
    private static bool TryCapture(Scope scope, string name)
    {
        for (var s = scope.Parent; s is not null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Class)
            {
                if (name != "__class__") continue;
                // The class body owns the implicit __class__ cell its methods share.
                if (!s.CellVars.Contains(name)) s.CellVars.Add(name);
                s.Resolved[name] = NameKind.Cell;
                for (var t = scope; !ReferenceEquals(t, s); t = t.Parent!)
                {
                    if (t.Kind == ScopeKind.Class) continue;
                    if (!t.FreeVars.Contains(name)) t.FreeVars.Add(name);
                    t.Resolved[name] = NameKind.Free;
                }
                return true;
            }
            if (s.Kind == ScopeKind.Module) return false;
            var declaredHere = s.Assigned.Contains(name) && !s.DeclaredGlobal.Contains(name) || s.DeclaredNonlocal.Contains(name);
            if (s.DeclaredGlobal.Contains(name)) return false;
            if (!declaredHere) continue;
            if (!s.DeclaredNonlocal.Contains(name))
            {
                if (!s.CellVars.Contains(name)) s.CellVars.Add(name);
                s.Resolved[name] = NameKind.Cell;
            }
            else if (!s.FreeVars.Contains(name))
            {
                // s itself captures from further out; make sure that is resolved.
                TryCapture(s, name);
            }
            for (var t = scope; !ReferenceEquals(t, s); t = t.Parent!)
            {
                if (t.Kind == ScopeKind.Class)
                {
                    // A class body passes the cell through to its methods (its own code reads names
                    // from the class namespace, so the name stays unresolved there).
                    if (!t.FreeVars.Contains(name)) t.FreeVars.Add(name);
                    continue;
                }
                if (!t.FreeVars.Contains(name)) t.FreeVars.Add(name);
                if (!t.Resolved.TryGetValue(name, out var k) || k != NameKind.Cell) t.Resolved[name] = NameKind.Free;
            }
            return true;
        }
        return false;
    }

    /// <summary>await, async for and async comprehensions: allowed in async functions, at module
    /// level (top-level await, as in a notebook or asyncio REPL), and in comprehensions there,
    /// which then become coroutines themselves.</summary>
    private void MarkAwait(string what, SourceSpan span)
    {
        var scope = _current;
        while (scope.Kind == ScopeKind.Comprehension && !scope.IsCoroutine)
        {
            if (scope.Node is GeneratorExp) throw new SyntaxErrorException($"{what} in a generator expression is not supported by Monty", span);
            scope = scope.Parent!;
        }
        switch (scope.Kind)
        {
            case ScopeKind.Module:
                scope.HasTopLevelAwait = true;
                break;
            case ScopeKind.Function or ScopeKind.Comprehension when scope.IsCoroutine:
                break;
            case ScopeKind.Class:
                throw new SyntaxErrorException(what + " outside function", span);
            default:
                throw new SyntaxErrorException(what + " outside async function", span);
        }
        for (var s = _current; !ReferenceEquals(s, scope); s = s.Parent!) s.IsCoroutine = true;
    }
}
