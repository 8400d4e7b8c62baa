using Monty.Engine.Objects;
using Monty.Engine.Parsing;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Compilation;

/// <summary>Turns a module's AST into code objects, one per scope.</summary>
internal sealed partial class Compiler
{
    private readonly string _fileName;
    private readonly string[] _sourceLines;
    private readonly Dictionary<Node, Scope> _scopes;
    private readonly CompileOptions _options;
    private Scope _scope;
    private CodeBuilder _b = new();
    private List<FBlock> _fblocks = [];
    private Dictionary<string, int> _varIndex = new(StringComparer.Ordinal);
    private List<string> _varNames = [];
    private Dictionary<string, int> _cellIndex = new(StringComparer.Ordinal);
    private int _depth;
    private bool _classAnnotations; // a class body that keeps __annotations__
    private const int MaxDepth = 900;

    private Compiler(string fileName, string source, Dictionary<Node, Scope> scopes, Scope module, CompileOptions options)
    {
        _fileName = fileName;
        _sourceLines = source.Split('\n');
        _scopes = scopes;
        _scope = module;
        _options = options;
    }

    public static CodeObject CompileModule(string source, string fileName, CompileOptions options)
    {
        var module = PythonParser.ParseModule(source, fileName);
        return CompileModule(module, source, fileName, options);
    }

    public static CodeObject CompileModule(ModuleNode module, string source, string fileName, CompileOptions options)
    {
        var (root, scopes) = ScopeAnalyzer.Analyze(module);
        var compiler = new Compiler(fileName, source, scopes, root, options);
        try
        {
            return compiler.CompileModuleBody(module);
        }
        catch (InsufficientExecutionStackException)
        {
            throw new SyntaxErrorException("too many nested expressions or statements", compiler._b.Span);
        }
    }

    private CodeObject CompileModuleBody(ModuleNode module)
    {
        var body = module.Body;
        var last = body.Count > 0 ? body[^1] : null;
        var returnsValue = _options.ReturnLastExpression && last is ExprStmt;
        for (var i = 0; i < body.Count; i++)
        {
            if (returnsValue && i == body.Count - 1)
            {
                var expr = ((ExprStmt)last!).Value;
                CompileExpr(expr);
                _b.Span = expr.Span;
                _b.Emit(OpCode.ReturnValue);
                break;
            }
            CompileStmt(body[i]);
        }
        if (!returnsValue)
        {
            _b.LoadConst(PySingleton.None);
            _b.Emit(OpCode.ReturnValue);
        }
        return Finish("<module>", "<module>", isModule: true, firstLine: 1, hasDocstring: false);
    }

    private CodeObject Finish(string name, string qualName, bool isModule, int firstLine, bool hasDocstring)
    {
        var instructions = _b.Instructions();
        var scope = _scope;
        var cellParams = new int[scope.CellVars.Count];
        for (var i = 0; i < cellParams.Length; i++) cellParams[i] = scope.Parameters.IndexOf(scope.CellVars[i]);
        var kwOnly = 0;
        var argCount = 0;
        var posOnly = 0;
        var hasVarArgs = false;
        var hasVarKw = false;
        if (scope.Node is FunctionDef or Lambda)
        {
            var args = scope.Node is FunctionDef fd ? fd.Args : ((Lambda)scope.Node).Args;
            posOnly = args.PosOnly.Count;
            argCount = args.PosOnly.Count + args.Args.Count;
            kwOnly = args.KwOnly.Count;
            hasVarArgs = args.VarArg is not null;
            hasVarKw = args.KwArg is not null;
        }
        else if (scope.Kind == ScopeKind.Comprehension)
        {
            argCount = 1;
        }
        return new CodeObject
        {
            Name = name,
            QualName = qualName,
            FileName = _fileName,
            Instructions = instructions,
            Spans = _b.Spans(),
            Constants = _b.Constants(),
            Names = _b.Names(),
            VarNames = [.. _varNames],
            CellVars = [.. scope.CellVars],
            FreeVars = [.. scope.FreeVars],
            CellParameters = cellParams,
            ArgCount = argCount,
            PosOnlyCount = posOnly,
            KwOnlyCount = kwOnly,
            HasVarArgs = hasVarArgs,
            HasVarKeywords = hasVarKw,
            IsGenerator = scope.IsGenerator,
            IsCoroutine = scope.IsCoroutine,
            IsModule = isModule,
            MaxStack = StackDepth.Compute(instructions),
            SourceLines = _sourceLines,
            FirstLine = firstLine,
            HasDocstring = hasDocstring,
        };
    }

    /// <summary>Compiles a nested scope (function, lambda, comprehension) into its own code object.</summary>
    private CodeObject CompileNested(Node node, string name, Action<Compiler> body, bool hasDocstring = false, PyObject? docstring = null)
    {
        var scope = _scopes[node];
        var saved = (_scope, _b, _fblocks, _varIndex, _varNames, _cellIndex);
        _scope = scope;
        _b = new CodeBuilder { Span = node.Span };
        _fblocks = [];
        _varIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        _varNames = [];
        _cellIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in scope.Parameters) AddVar(p);
        for (var i = 0; i < scope.CellVars.Count; i++) _cellIndex[scope.CellVars[i]] = i;
        for (var i = 0; i < scope.FreeVars.Count; i++) _cellIndex.TryAdd(scope.FreeVars[i], scope.CellVars.Count + i);
        if (docstring is not null) _b.AddUniqueConstant(docstring);
        else if (node is FunctionDef) _b.AddUniqueConstant(PySingleton.None);
        try
        {
            var prefix = scope.Parent is { Kind: ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension } parent
                ? parent.QualifiedPrefix + "<locals>."
                : scope.Parent is { Kind: ScopeKind.Class } cls ? cls.QualifiedPrefix : "";
            var qualName = prefix + name;
            scope.QualifiedPrefix = qualName + ".";
            body(this);
            return Finish(name, qualName, isModule: false, firstLine: node.Span.Line, hasDocstring: hasDocstring);
        }
        finally
        {
            (_scope, _b, _fblocks, _varIndex, _varNames, _cellIndex) = saved;
        }
    }

    private int AddVar(string name)
    {
        if (_varIndex.TryGetValue(name, out var i)) return i;
        _varNames.Add(name);
        _varIndex[name] = _varNames.Count - 1;
        return _varNames.Count - 1;
    }

    private void Enter(Node node)
    {
        if (++_depth > MaxDepth) throw new SyntaxErrorException("too many nested expressions or statements", node.Span);
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    private void Leave() => _depth--;

    private NameKind KindOf(string name)
    {
        if (_scope.Resolved.TryGetValue(name, out var kind)) return kind;
        return _scope.Kind == ScopeKind.Class ? NameKind.ClassLocal : NameKind.GlobalImplicit;
    }

    private void LoadName(string name) =>
        EmitNameOp(name, OpCode.LoadFast, OpCode.LoadDeref, OpCode.LoadGlobal, OpCode.LoadName);

    private void StoreName(string name) =>
        EmitNameOp(name, OpCode.StoreFast, OpCode.StoreDeref, OpCode.StoreGlobal, OpCode.StoreName);

    private void DeleteName(string name) =>
        EmitNameOp(name, OpCode.DeleteFast, OpCode.DeleteDeref, OpCode.DeleteGlobal, OpCode.DeleteName);

    /// <summary>Emits the load, store or delete form that matches where the scope keeps the name.</summary>
    private void EmitNameOp(string name, OpCode fast, OpCode deref, OpCode global, OpCode classBody)
    {
        switch (KindOf(name))
        {
            case NameKind.Local when _scope.IsFunctionLike:
                _b.Emit(fast, AddVar(name));
                break;
            case NameKind.Cell or NameKind.Free:
                _b.Emit(deref, _cellIndex[name]);
                break;
            case NameKind.GlobalExplicit:
                _b.Emit(global, _b.Name(name));
                break;
            default:
                _b.Emit(_scope.Kind == ScopeKind.Class ? classBody : global, _b.Name(name));
                break;
        }
    }

    /// <summary>Emits code that raises NotImplementedError naming an unsupported construct.</summary>
    private void EmitUnsupported(string feature, SourceSpan span)
    {
        _b.Span = span;
        _b.Emit(OpCode.Unsupported, _b.Constant(PyStr.Of(feature)));
    }

    private static PyObject ConstantValue(object? value) => value switch
    {
        null => PySingleton.None,
        bool b => PyBool.Of(b),
        System.Numerics.BigInteger i => PyInt.From(i),
        double d => new PyFloat(d),
        string s => PyStr.Of(s),
        byte[] bytes => new PyBytes(bytes),
        EllipsisLiteral => PySingleton.Ellipsis,
        _ => throw new InvalidOperationException($"Unexpected constant {value.GetType().Name}."),
    };
}
