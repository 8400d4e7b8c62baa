using Monty.Engine.Parsing.Ast;
using Attribute = Monty.Engine.Parsing.Ast.Attribute;

namespace Monty.Engine.Parsing;

// Patterns of match/case: or, as, literal, capture, wildcard, value, group, sequence, mapping and
// class patterns, with CPython's messages for the common mistakes.
internal sealed partial class Parser
{
    /// <summary>patterns: open_sequence_pattern (a, b, *c without brackets) | pattern.</summary>
    private Pattern ParseOpenPatterns()
    {
        SourceSpan start = Current.Span;
        Pattern first = ParseMaybeStarPattern();
        if (Kind != TokenKind.Comma)
        {
            if (first is MatchStar)
            {
                return new MatchSequence([first], first.Span);
            }

            return first;
        }

        var patterns = new List<Pattern> { first };
        while (Accept(TokenKind.Comma) && Kind is not (TokenKind.Colon or TokenKind.If))
        {
            patterns.Add(ParseMaybeStarPattern());
        }

        return new MatchSequence(patterns, SpanFrom(start));
    }

    private Pattern ParseMaybeStarPattern()
    {
        if (Kind != TokenKind.Star)
        {
            return ParsePattern();
        }

        SourceSpan start = Advance().Span;
        string name = ExpectName();
        return new MatchStar(name == "_" ? null : name, SpanFrom(start));
    }

    /// <summary>pattern: or_pattern ['as' NAME].</summary>
    private Pattern ParsePattern()
    {
        SourceSpan start = Current.Span;
        Pattern pattern = ParseOrPattern();
        if (Kind != TokenKind.As)
        {
            return pattern;
        }

        Advance();
        Token name = Current;
        if (name.Kind != TokenKind.Name)
        {
            throw InvalidSyntax();
        }

        Advance();
        string id = (string)name.Value!;
        if (id == "_")
        {
            throw Error("cannot use '_' as a target", name.Span);
        }

        if (Kind is TokenKind.Dot or TokenKind.LPar or TokenKind.Equal)
        {
            throw Error("invalid pattern target", name.Span);
        }

        return new MatchAs(pattern, id, SpanFrom(start));
    }

    private Pattern ParseOrPattern()
    {
        SourceSpan start = Current.Span;
        Pattern first = ParseClosedPattern();
        if (Kind != TokenKind.VBar)
        {
            return first;
        }

        var patterns = new List<Pattern> { first };
        while (Accept(TokenKind.VBar))
        {
            patterns.Add(ParseClosedPattern());
        }

        return new MatchOr(patterns, SpanFrom(start));
    }

    private Pattern ParseClosedPattern()
    {
        Token t = Current;
        switch (t.Kind)
        {
            case TokenKind.None:
                Advance();
                return new MatchSingleton(null, t.Span);
            case TokenKind.True:
                Advance();
                return new MatchSingleton(BoxedTrue, t.Span);
            case TokenKind.False:
                Advance();
                return new MatchSingleton(BoxedFalse, t.Span);
            case TokenKind.Number:
            case TokenKind.Minus:
                return new MatchValue(ParseSignedNumber(), t.Span.To(_prev));
            case TokenKind.String:
            {
                Expr s = ParseStrings();
                if (s is JoinedStr)
                {
                    throw Error("patterns may only match literals and attribute lookups", s.Span);
                }

                return new MatchValue(s, s.Span);
            }

            case TokenKind.Name:
                return ParseNamePattern();
            case TokenKind.LPar:
                return ParseGroupOrSequencePattern();
            case TokenKind.LSqb:
            {
                Advance();
                Enter();
                List<Pattern> items = ParseSequencePatternItems(TokenKind.RSqb);
                Leave();
                return new MatchSequence(items, SpanFrom(t.Span));
            }

            case TokenKind.LBrace:
                return ParseMappingPattern();
            default:
                throw InvalidSyntax();
        }
    }

    /// <summary>signed_number; complex literals are not supported by the tokenizer.</summary>
    private Expr ParseSignedNumber()
    {
        SourceSpan start = Current.Span;
        bool negative = Accept(TokenKind.Minus);
        Token number = Expect(TokenKind.Number);
        Expr value = new Constant(number.Value, number.Span);
        if (negative)
        {
            value = new UnaryOpExpr(UnaryOp.USub, value, SpanFrom(start));
        }

        if (Kind is TokenKind.Plus or TokenKind.Minus)
        {
            throw Error("imaginary number required in complex literal", value.Span);
        }

        return value;
    }

    /// <summary>Capture, wildcard, value (dotted name) or class pattern.</summary>
    private Pattern ParseNamePattern()
    {
        Token first = Advance();
        string id = (string)first.Value!;
        if (Kind != TokenKind.Dot && Kind != TokenKind.LPar)
        {
            return new MatchAs(null, id == "_" ? null : id, first.Span);
        }

        Expr cls = new Name(id, ExprContext.Load, first.Span);
        while (Accept(TokenKind.Dot))
        {
            cls = new Attribute(cls, ExpectName(), ExprContext.Load, SpanFrom(first.Span));
        }

        if (Kind != TokenKind.LPar)
        {
            return new MatchValue(cls, cls.Span);
        }

        return ParseClassPattern(cls, first.Span);
    }

    private Pattern ParseClassPattern(Expr cls, SourceSpan start)
    {
        Advance();
        Enter();
        var patterns = new List<Pattern>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<Pattern>();
        while (Kind != TokenKind.RPar)
        {
            if (Kind == TokenKind.Name && PeekKind(1) == TokenKind.Equal)
            {
                kwdAttrs.Add((string)Advance().Value!);
                Advance();
                kwdPatterns.Add(ParsePattern());
            }
            else
            {
                Pattern p = ParsePattern();
                if (kwdAttrs.Count > 0)
                {
                    throw Error("positional patterns follow keyword patterns", p.Span);
                }

                patterns.Add(p);
            }

            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }

        Expect(TokenKind.RPar);
        Leave();
        return new MatchClass(cls, patterns, kwdAttrs, kwdPatterns, SpanFrom(start));
    }

    /// <summary>'(' pattern ')' is a group; '()' and '(p,)' are sequences.</summary>
    private Pattern ParseGroupOrSequencePattern()
    {
        SourceSpan start = Advance().Span;
        Enter();
        Pattern result;
        if (Accept(TokenKind.RPar))
        {
            result = new MatchSequence([], SpanFrom(start));
        }
        else
        {
            Pattern first = ParseMaybeStarPattern();
            if (Kind == TokenKind.RPar && first is not MatchStar)
            {
                Advance();
                result = first;
            }
            else
            {
                var items = new List<Pattern> { first };
                if (Accept(TokenKind.Comma))
                {
                    items.AddRange(ParseSequencePatternItems(TokenKind.RPar));
                }
                else
                {
                    Expect(TokenKind.RPar);
                }

                result = new MatchSequence(items, SpanFrom(start));
            }
        }

        Leave();
        return result;
    }

    /// <summary>Comma-separated maybe-star patterns up to and including the closing bracket.</summary>
    private List<Pattern> ParseSequencePatternItems(TokenKind close)
    {
        var items = new List<Pattern>();
        while (Kind != close)
        {
            items.Add(ParseMaybeStarPattern());
            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }

        Expect(close);
        return items;
    }

    private Pattern ParseMappingPattern()
    {
        SourceSpan start = Advance().Span;
        Enter();
        var keys = new List<Expr>();
        var patterns = new List<Pattern>();
        string? rest = null;
        while (Kind != TokenKind.RBrace)
        {
            if (rest != null)
            {
                throw InvalidSyntax();
            }

            if (Accept(TokenKind.DoubleStar))
            {
                rest = ExpectName();
            }
            else
            {
                keys.Add(ParseMappingKey());
                Expect(TokenKind.Colon);
                patterns.Add(ParsePattern());
            }

            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }

        Expect(TokenKind.RBrace);
        Leave();
        return new MatchMapping(keys, patterns, rest, SpanFrom(start));
    }

    /// <summary>A mapping key: a literal (including None/True/False) or a dotted value name.</summary>
    private Expr ParseMappingKey()
    {
        Token t = Current;
        switch (t.Kind)
        {
            case TokenKind.None:
            case TokenKind.True:
            case TokenKind.False:
                return ParseAtom();
            case TokenKind.Number:
            case TokenKind.Minus:
                return ParseSignedNumber();
            case TokenKind.String:
                return ParseStrings();
            case TokenKind.Name:
            {
                Advance();
                Expr e = new Name((string)t.Value!, ExprContext.Load, t.Span);
                if (Kind != TokenKind.Dot)
                {
                    throw InvalidSyntax();
                }

                while (Accept(TokenKind.Dot))
                {
                    e = new Attribute(e, ExpectName(), ExprContext.Load, SpanFrom(t.Span));
                }

                return e;
            }

            default:
                throw InvalidSyntax();
        }
    }
}
