using System.Globalization;
using System.Numerics;
using System.Text;
using Monty.Engine.Parsing.Ast;
using Assert = Monty.Engine.Parsing.Ast.Assert;
using Attribute = Monty.Engine.Parsing.Ast.Attribute;

namespace Monty.Engine.Tests.Parsing;

/// <summary>Prints an AST exactly as CPython 3.11's <c>ast.dump(tree)</c> does (optionally with
/// <c>include_attributes=True</c>), restricted to the fields our records have: no type_comment, no
/// Constant.kind, no Module.type_ignores. Optional fields that are None are omitted, lists are shown.</summary>
internal static class AstDump
{
    public static string Dump(Node node, bool includeAttributes = false)
    {
        var sb = new StringBuilder();
        new Writer(sb, includeAttributes).Node(node);
        return sb.ToString();
    }

    private sealed class Writer(StringBuilder sb, bool attributes)
    {
        private bool _first;

        public void Node(Node? node)
        {
            switch (node)
            {
                case null:
                    sb.Append("None");
                    return;
                case ModuleNode m:
                    Open("Module", null);
                    List("body", m.Body);
                    Close(null);
                    return;
                case Stmt s:
                    Statement(s);
                    return;
                case Expr e:
                    Expression(e);
                    return;
                case Pattern p:
                    PatternNode(p);
                    return;
                case Comprehension c:
                    Open("comprehension", null);
                    Field("target", c.Target);
                    Field("iter", c.Iter);
                    List("ifs", c.Ifs);
                    Raw("is_async", c.IsAsync ? "1" : "0");
                    Close(null);
                    return;
                case Keyword k:
                    Open("keyword", k);
                    Optional("arg", k.Arg);
                    Field("value", k.Value);
                    Close(k);
                    return;
                case Arg a:
                    Open("arg", a);
                    Raw("arg", Repr(a.Name));
                    OptionalNode("annotation", a.Annotation);
                    Close(a);
                    return;
                case Alias a:
                    Open("alias", a);
                    Raw("name", Repr(a.Name));
                    Optional("asname", a.AsName);
                    Close(a);
                    return;
                case WithItem w:
                    Open("withitem", null);
                    Field("context_expr", w.ContextExpr);
                    OptionalNode("optional_vars", w.OptionalVars);
                    Close(null);
                    return;
                case ExceptHandler h:
                    Open("ExceptHandler", h);
                    OptionalNode("type", h.Type);
                    Optional("name", h.Name);
                    List("body", h.Body);
                    Close(h);
                    return;
                case MatchCase mc:
                    Open("match_case", null);
                    Field("pattern", mc.Pattern);
                    OptionalNode("guard", mc.Guard);
                    List("body", mc.Body);
                    Close(null);
                    return;
                default:
                    throw new NotSupportedException(node.GetType().Name);
            }
        }

        private void Arguments(Arguments a)
        {
            Open("arguments", null);
            List("posonlyargs", a.PosOnly);
            List("args", a.Args);
            OptionalNode("vararg", a.VarArg);
            List("kwonlyargs", a.KwOnly);
            List("kw_defaults", a.KwDefaults);
            OptionalNode("kwarg", a.KwArg);
            List("defaults", a.Defaults);
            Close(null);
        }

        private void Statement(Stmt s)
        {
            switch (s)
            {
                case FunctionDef f:
                    Open(f.IsAsync ? "AsyncFunctionDef" : "FunctionDef", f);
                    Raw("name", Repr(f.Name));
                    Key("args");
                    Arguments(f.Args);
                    List("body", f.Body);
                    List("decorator_list", f.Decorators);
                    OptionalNode("returns", f.Returns);
                    break;
                case ClassDef c:
                    Open("ClassDef", c);
                    Raw("name", Repr(c.Name));
                    List("bases", c.Bases);
                    List("keywords", c.Keywords);
                    List("body", c.Body);
                    List("decorator_list", c.Decorators);
                    break;
                case Return r:
                    Open("Return", r);
                    OptionalNode("value", r.Value);
                    break;
                case Delete d:
                    Open("Delete", d);
                    List("targets", d.Targets);
                    break;
                case Assign a:
                    Open("Assign", a);
                    List("targets", a.Targets);
                    Field("value", a.Value);
                    break;
                case AugAssign a:
                    Open("AugAssign", a);
                    Field("target", a.Target);
                    Raw("op", a.Op + "()");
                    Field("value", a.Value);
                    break;
                case AnnAssign a:
                    Open("AnnAssign", a);
                    Field("target", a.Target);
                    Field("annotation", a.Annotation);
                    OptionalNode("value", a.Value);
                    Raw("simple", a.Simple ? "1" : "0");
                    break;
                case For f:
                    Open(f.IsAsync ? "AsyncFor" : "For", f);
                    Field("target", f.Target);
                    Field("iter", f.Iter);
                    List("body", f.Body);
                    List("orelse", f.OrElse);
                    break;
                case While w:
                    Open("While", w);
                    Field("test", w.Test);
                    List("body", w.Body);
                    List("orelse", w.OrElse);
                    break;
                case If i:
                    Open("If", i);
                    Field("test", i.Test);
                    List("body", i.Body);
                    List("orelse", i.OrElse);
                    break;
                case With w:
                    Open(w.IsAsync ? "AsyncWith" : "With", w);
                    List("items", w.Items);
                    List("body", w.Body);
                    break;
                case Match m:
                    Open("Match", m);
                    Field("subject", m.Subject);
                    List("cases", m.Cases);
                    break;
                case Raise r:
                    Open("Raise", r);
                    OptionalNode("exc", r.Exc);
                    OptionalNode("cause", r.Cause);
                    break;
                case Try t:
                    Open(t.IsStar ? "TryStar" : "Try", t);
                    List("body", t.Body);
                    List("handlers", t.Handlers);
                    List("orelse", t.OrElse);
                    List("finalbody", t.FinalBody);
                    break;
                case Monty.Engine.Parsing.Ast.Assert a:
                    Open("Assert", a);
                    Field("test", a.Test);
                    OptionalNode("msg", a.Msg);
                    break;
                case Import i:
                    Open("Import", i);
                    List("names", i.Names);
                    break;
                case ImportFrom i:
                    Open("ImportFrom", i);
                    Optional("module", i.Module);
                    List("names", i.Names);
                    Raw("level", i.Level.ToString(CultureInfo.InvariantCulture));
                    break;
                case Global g:
                    Open("Global", g);
                    Strings("names", g.Names);
                    break;
                case Nonlocal n:
                    Open("Nonlocal", n);
                    Strings("names", n.Names);
                    break;
                case ExprStmt e:
                    Open("Expr", e);
                    Field("value", e.Value);
                    break;
                case Pass:
                    Open("Pass", s);
                    break;
                case Break:
                    Open("Break", s);
                    break;
                case Continue:
                    Open("Continue", s);
                    break;
                default:
                    throw new NotSupportedException(s.GetType().Name);
            }

            Close(s);
        }

        private void Expression(Expr e)
        {
            switch (e)
            {
                case Constant c:
                    Open("Constant", c);
                    Raw("value", ConstantRepr(c.Value));
                    break;
                case Name n:
                    Open("Name", n);
                    Raw("id", Repr(n.Id));
                    Ctx(n.Ctx);
                    break;
                case BoolOp b:
                    Open("BoolOp", b);
                    Raw("op", b.Op + "()");
                    List("values", b.Values);
                    break;
                case NamedExpr n:
                    Open("NamedExpr", n);
                    Field("target", n.Target);
                    Field("value", n.Value);
                    break;
                case BinOp b:
                    Open("BinOp", b);
                    Field("left", b.Left);
                    Raw("op", b.Op + "()");
                    Field("right", b.Right);
                    break;
                case UnaryOpExpr u:
                    Open("UnaryOp", u);
                    Raw("op", u.Op + "()");
                    Field("operand", u.Operand);
                    break;
                case Lambda l:
                    Open("Lambda", l);
                    Key("args");
                    Arguments(l.Args);
                    Field("body", l.Body);
                    break;
                case IfExp i:
                    Open("IfExp", i);
                    Field("test", i.Test);
                    Field("body", i.Body);
                    Field("orelse", i.OrElse);
                    break;
                case DictExpr d:
                    Open("Dict", d);
                    List("keys", d.Keys);
                    List("values", d.Values);
                    break;
                case SetExpr s:
                    Open("Set", s);
                    List("elts", s.Elts);
                    break;
                case ListComp l:
                    Open("ListComp", l);
                    Field("elt", l.Elt);
                    List("generators", l.Generators);
                    break;
                case SetComp s:
                    Open("SetComp", s);
                    Field("elt", s.Elt);
                    List("generators", s.Generators);
                    break;
                case DictComp d:
                    Open("DictComp", d);
                    Field("key", d.Key);
                    Field("value", d.Value);
                    List("generators", d.Generators);
                    break;
                case GeneratorExp g:
                    Open("GeneratorExp", g);
                    Field("elt", g.Elt);
                    List("generators", g.Generators);
                    break;
                case Await a:
                    Open("Await", a);
                    Field("value", a.Value);
                    break;
                case Yield y:
                    Open("Yield", y);
                    OptionalNode("value", y.Value);
                    break;
                case YieldFrom y:
                    Open("YieldFrom", y);
                    Field("value", y.Value);
                    break;
                case Compare c:
                    Open("Compare", c);
                    Field("left", c.Left);
                    Key("ops");
                    sb.Append('[').AppendJoin(", ", c.Ops.Select(o => o + "()")).Append(']');
                    List("comparators", c.Comparators);
                    break;
                case Call c:
                    Open("Call", c);
                    Field("func", c.Func);
                    List("args", c.Args);
                    List("keywords", c.Keywords);
                    break;
                case FormattedValue f:
                    Open("FormattedValue", f);
                    Field("value", f.Value);
                    Raw("conversion", f.Conversion.ToString(CultureInfo.InvariantCulture));
                    OptionalNode("format_spec", f.FormatSpec);
                    break;
                case JoinedStr j:
                    Open("JoinedStr", j);
                    List("values", j.Values);
                    break;
                case Attribute a:
                    Open("Attribute", a);
                    Field("value", a.Value);
                    Raw("attr", Repr(a.Attr));
                    Ctx(a.Ctx);
                    break;
                case Subscript s:
                    Open("Subscript", s);
                    Field("value", s.Value);
                    Field("slice", s.Slice);
                    Ctx(s.Ctx);
                    break;
                case Starred s:
                    Open("Starred", s);
                    Field("value", s.Value);
                    Ctx(s.Ctx);
                    break;
                case ListExpr l:
                    Open("List", l);
                    List("elts", l.Elts);
                    Ctx(l.Ctx);
                    break;
                case TupleExpr t:
                    Open("Tuple", t);
                    List("elts", t.Elts);
                    Ctx(t.Ctx);
                    break;
                case SliceExpr s:
                    Open("Slice", s);
                    OptionalNode("lower", s.Lower);
                    OptionalNode("upper", s.Upper);
                    OptionalNode("step", s.Step);
                    break;
                default:
                    throw new NotSupportedException(e.GetType().Name);
            }

            Close(e);
        }

        private void PatternNode(Pattern p)
        {
            switch (p)
            {
                case MatchValue v:
                    Open("MatchValue", v);
                    Field("value", v.Value);
                    break;
                case MatchSingleton s:
                    Open("MatchSingleton", s);
                    Raw("value", ConstantRepr(s.Value));
                    break;
                case MatchSequence s:
                    Open("MatchSequence", s);
                    List("patterns", s.Patterns);
                    break;
                case MatchMapping m:
                    Open("MatchMapping", m);
                    List("keys", m.Keys);
                    List("patterns", m.Patterns);
                    Optional("rest", m.Rest);
                    break;
                case MatchClass c:
                    Open("MatchClass", c);
                    Field("cls", c.Cls);
                    List("patterns", c.Patterns);
                    Strings("kwd_attrs", c.KwdAttrs);
                    List("kwd_patterns", c.KwdPatterns);
                    break;
                case MatchStar s:
                    Open("MatchStar", s);
                    Optional("name", s.Name);
                    break;
                case MatchAs a:
                    Open("MatchAs", a);
                    OptionalNode("pattern", a.Pattern);
                    Optional("name", a.Name);
                    break;
                case MatchOr o:
                    Open("MatchOr", o);
                    List("patterns", o.Patterns);
                    break;
                default:
                    throw new NotSupportedException(p.GetType().Name);
            }

            Close(p);
        }

        private void Open(string name, Node? _)
        {
            sb.Append(name).Append('(');
            _first = true;
        }

        /// <summary>Closes a node, first appending its position attributes when asked (null: the node
        /// type has none in CPython).</summary>
        private void Close(Node? withAttributes)
        {
            if (attributes && withAttributes != null)
            {
                SourceSpan s = withAttributes.Span;
                Raw("lineno", s.Line.ToString(CultureInfo.InvariantCulture));
                Raw("col_offset", s.Column.ToString(CultureInfo.InvariantCulture));
                Raw("end_lineno", s.EndLine.ToString(CultureInfo.InvariantCulture));
                Raw("end_col_offset", s.EndColumn.ToString(CultureInfo.InvariantCulture));
            }

            sb.Append(')');
            _first = false;
        }

        private void Key(string name)
        {
            if (!_first)
            {
                sb.Append(", ");
            }

            _first = false;
            sb.Append(name).Append('=');
        }

        private void Raw(string name, string value)
        {
            Key(name);
            sb.Append(value);
        }

        private void Field(string name, Node value)
        {
            Key(name);
            Node(value);
        }

        private void OptionalNode(string name, Node? value)
        {
            if (value != null)
            {
                Field(name, value);
            }
        }

        private void Optional(string name, string? value)
        {
            if (value != null)
            {
                Raw(name, Repr(value));
            }
        }

        private void Ctx(ExprContext ctx) => Raw("ctx", ctx + "()");

        private void Strings(string name, IReadOnlyList<string> values)
        {
            Key(name);
            sb.Append('[').AppendJoin(", ", values.Select(Repr)).Append(']');
        }

        private void List<T>(string name, IReadOnlyList<T?> items)
            where T : Node
        {
            Key(name);
            sb.Append('[');
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                // Each element is formatted on its own, so save and restore the "first field" state.
                bool first = _first;
                Node(items[i]);
                _first = first;
            }

            sb.Append(']');
            _first = false;
        }
    }

    public static string ConstantRepr(object? value) => value switch
    {
        null => "None",
        true => "True",
        false => "False",
        BigInteger i => i.ToString(CultureInfo.InvariantCulture),
        double d => FloatRepr(d),
        string s => Repr(s),
        byte[] b => BytesRepr(b),
        EllipsisLiteral => "Ellipsis",
        _ => throw new NotSupportedException(value.GetType().Name),
    };

    /// <summary>Python's repr(str).</summary>
    public static string Repr(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder().Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(c, s[i + 1]);
            }

            if (c == quote || c == '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c == '\n')
            {
                sb.Append("\\n");
            }
            else if (c == '\r')
            {
                sb.Append("\\r");
            }
            else if (c == '\t')
            {
                sb.Append("\\t");
            }
            else if (cp < 0x20 || cp == 0x7F)
            {
                sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (cp < 0x7F)
            {
                sb.Append(c);
            }
            else if (!IsPrintable(cp))
            {
                sb.Append(cp switch
                {
                    <= 0xFF => "\\x" + cp.ToString("x2", CultureInfo.InvariantCulture),
                    <= 0xFFFF => "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture),
                    _ => "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture),
                });
            }
            else
            {
                sb.Append(char.ConvertFromUtf32(cp));
            }

            if (cp > 0xFFFF)
            {
                i++;
            }
        }

        return sb.Append(quote).ToString();
    }

    private static bool IsPrintable(int cp)
    {
        if (cp is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(cp) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    private static string BytesRepr(byte[] bytes)
    {
        bool hasSingle = Array.IndexOf(bytes, (byte)'\'') >= 0;
        bool hasDouble = Array.IndexOf(bytes, (byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder("b").Append(quote);
        foreach (byte b in bytes)
        {
            if (b == quote || b == '\\')
            {
                sb.Append('\\').Append((char)b);
            }
            else if (b == '\t')
            {
                sb.Append("\\t");
            }
            else if (b == '\n')
            {
                sb.Append("\\n");
            }
            else if (b == '\r')
            {
                sb.Append("\\r");
            }
            else if (b < 0x20 || b >= 0x7F)
            {
                sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append((char)b);
            }
        }

        return sb.Append(quote).ToString();
    }

    /// <summary>Python's repr(float): shortest round-trip digits, scientific notation when the decimal
    /// exponent is below -4 or at least 16, and ".0" on integral values.</summary>
    public static string FloatRepr(double d)
    {
        if (double.IsNaN(d))
        {
            return "nan";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "inf" : "-inf";
        }

        string shortest = d.ToString("R", CultureInfo.InvariantCulture);

        // Decompose the shortest representation into sign, digits and decimal exponent.
        bool negative = shortest.StartsWith('-');
        string body = negative ? shortest[1..] : shortest;
        int exp = 0;
        int ePos = body.IndexOfAny(['E', 'e']);
        if (ePos >= 0)
        {
            exp = int.Parse(body[(ePos + 1)..], CultureInfo.InvariantCulture);
            body = body[..ePos];
        }

        int dot = body.IndexOf('.');
        string digits = dot >= 0 ? body.Remove(dot, 1) : body;
        int pointPos = (dot >= 0 ? dot : body.Length) + exp;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
            pointPos--;
        }

        digits = digits[lead..].TrimEnd('0');
        if (digits.Length == 0)
        {
            return negative ? "-0.0" : "0.0";
        }

        string sign = negative ? "-" : string.Empty;
        if (pointPos <= -4 || pointPos > 16)
        {
            string mantissa = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            int e = pointPos - 1;
            return sign + mantissa + "e" + (e < 0 ? "-" : "+") + Math.Abs(e).ToString("00", CultureInfo.InvariantCulture);
        }

        if (pointPos <= 0)
        {
            return sign + "0." + new string('0', -pointPos) + digits;
        }

        if (pointPos >= digits.Length)
        {
            return sign + digits + new string('0', pointPos - digits.Length) + ".0";
        }

        return sign + digits[..pointPos] + "." + digits[pointPos..];
    }
}
