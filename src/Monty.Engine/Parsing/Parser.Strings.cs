using System.Text;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Parsing;

// Adjacent string literals: decoded and concatenated into one Constant (str or bytes), or a JoinedStr
// as soon as one of them is an f-string.
internal sealed partial class Parser
{
    private Expr ParseStrings()
    {
        int first = _pos;
        SourceSpan start = Current.Span;
        bool anyBytes = false;
        bool anyStr = false;
        bool anyFormat = false;
        while (Kind == TokenKind.String)
        {
            StringFlags flags = Advance().Flags;
            if (flags.Has(StringFlags.Bytes))
            {
                anyBytes = true;
            }
            else
            {
                anyStr = true;
            }

            anyFormat |= flags.Has(StringFlags.Format);
        }

        int last = _pos;
        SourceSpan span = SpanFrom(start);
        if (anyBytes && anyStr)
        {
            throw Error("cannot mix bytes and nonbytes literals", span);
        }

        if (anyBytes)
        {
            var bytes = new List<byte>();
            for (int i = first; i < last; i++)
            {
                Token t = _tokens[i];
                var (bodyStart, bodyEnd) = Body(t);
                StringLiteralDecoder.DecodeBytes(_src, bodyStart, bodyEnd, t.Flags.Has(StringFlags.Raw), t.Span, bytes);
            }

            return new Constant(bytes.ToArray(), span);
        }

        if (!anyFormat)
        {
            if (last - first == 1)
            {
                return new Constant(DecodeStr(_tokens[first]), span);
            }

            var sb = new StringBuilder();
            for (int i = first; i < last; i++)
            {
                sb.Append(DecodeStr(_tokens[i]));
            }

            return new Constant(sb.ToString(), span);
        }

        var builder = new JoinedStrBuilder(span);
        Enter();
        for (int i = first; i < last; i++)
        {
            Token t = _tokens[i];
            if (t.Flags.Has(StringFlags.Format))
            {
                new FStringParser(_src, t, span, _depth, builder).ParseTopLevel();
            }
            else
            {
                builder.AppendLiteral(DecodeStr(t));
            }
        }

        Leave();
        return builder.Build(span);
    }

    private string DecodeStr(Token t)
    {
        var (bodyStart, bodyEnd) = Body(t);
        return StringLiteralDecoder.DecodeStr(_src, bodyStart, bodyEnd, t.Flags.Has(StringFlags.Raw), t.Span);
    }

    /// <summary>The offsets of a string token's body, between its quotes.</summary>
    private static (int Start, int End) Body(Token t)
    {
        int quote = t.Flags.QuoteLength();
        return (t.Start + t.Flags.PrefixLength() + quote, t.End - quote);
    }

    /// <summary>Parses the expression part of an f-string replacement field (as CPython 3.11: the text
    /// is parsed as if parenthesized, errors are prefixed with "f-string: ").</summary>
    public Expr ParseFStringExpression()
    {
        try
        {
            Expr e = Kind == TokenKind.Yield ? ParseYield() : ParseStarExpression();
            if (Kind == TokenKind.Comma)
            {
                var elts = new List<Expr> { e };
                while (Accept(TokenKind.Comma) && (StartsExpression(Kind) || Kind == TokenKind.Star))
                {
                    elts.Add(ParseStarExpression());
                }

                e = new TupleExpr(elts, ExprContext.Load, _fStringWrapper);
            }

            if (e is Starred)
            {
                throw Error("cannot use starred expression here", e.Span);
            }

            if (Kind != TokenKind.EndMarker)
            {
                if (StartsExpression(Kind))
                {
                    throw Error("invalid syntax. Perhaps you forgot a comma?", e.Span.To(Current.Span));
                }

                throw InvalidSyntax();
            }

            return e;
        }
        catch (SyntaxErrorException ex) when (!ex.Message.StartsWith("f-string", StringComparison.Ordinal))
        {
            throw new SyntaxErrorException("f-string: " + ex.Message, ex.Span, ex.PythonType);
        }
    }
}

/// <summary>Accumulates the parts of a JoinedStr: adjacent literal text is merged into one Constant and
/// empty literals are dropped, as CPython does.</summary>
internal sealed class JoinedStrBuilder(SourceSpan span)
{
    private readonly List<Expr> _values = new();
    private readonly StringBuilder _literal = new();

    public void AppendLiteral(string text) => _literal.Append(text);

    public void AppendValue(FormattedValue value)
    {
        Flush();
        _values.Add(value);
    }

    public JoinedStr Build(SourceSpan joinedSpan)
    {
        Flush();
        return new JoinedStr(_values, joinedSpan);
    }

    private void Flush()
    {
        if (_literal.Length > 0)
        {
            _values.Add(new Constant(_literal.ToString(), span));
            _literal.Clear();
        }
    }
}
