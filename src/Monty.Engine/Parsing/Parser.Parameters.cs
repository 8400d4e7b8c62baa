using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Parsing;

// Parameter lists of def (annotations allowed, closed by ')') and lambda (closed by ':').
internal sealed partial class Parser
{
    private Arguments ParseParameters(bool lambda)
    {
        TokenKind close = lambda ? TokenKind.Colon : TokenKind.RPar;
        List<Arg>? posOnly = null;
        var args = new List<Arg>();
        var defaults = new List<Expr>();
        var kwOnly = new List<Arg>();
        var kwDefaults = new List<Expr?>();
        Arg? varArg = null;
        Arg? kwArg = null;
        bool sawStar = false;
        while (Kind != close)
        {
            Token t = Current;
            if (kwArg != null)
            {
                throw Error("arguments cannot follow var-keyword argument", t.Span);
            }

            if (t.Kind == TokenKind.Slash)
            {
                if (posOnly != null)
                {
                    throw Error("/ may appear only once", t.Span);
                }

                if (sawStar)
                {
                    throw Error("/ must be ahead of *", t.Span);
                }

                if (args.Count == 0)
                {
                    throw Error("at least one argument must precede /", t.Span);
                }

                Advance();
                posOnly = args;
                args = new List<Arg>();
            }
            else if (t.Kind == TokenKind.Star)
            {
                if (sawStar)
                {
                    throw Error("* argument may appear only once", t.Span);
                }

                Advance();
                sawStar = true;
                if (Kind == TokenKind.Name)
                {
                    varArg = ParseParameter(lambda, allowStarAnnotation: true);
                    if (Kind == TokenKind.Equal)
                    {
                        throw Error("var-positional argument cannot have default value", Current.Span);
                    }
                }
                else if (Kind == close || (Kind == TokenKind.Comma && PeekKind(1) is TokenKind.DoubleStar)
                    || (Kind == TokenKind.Comma && PeekKind(1) == close))
                {
                    throw Error("named arguments must follow bare *", t.Span);
                }
                else if (Kind != TokenKind.Comma)
                {
                    throw InvalidSyntax();
                }
            }
            else if (t.Kind == TokenKind.DoubleStar)
            {
                Advance();
                kwArg = ParseParameter(lambda, allowStarAnnotation: false);
                if (Kind == TokenKind.Equal)
                {
                    throw Error("var-keyword argument cannot have default value", Current.Span);
                }
            }
            else if (t.Kind == TokenKind.Name)
            {
                Arg arg = ParseParameter(lambda, allowStarAnnotation: false);
                Expr? defaultValue = null;
                if (Accept(TokenKind.Equal))
                {
                    if (Kind == TokenKind.Comma || Kind == close)
                    {
                        throw Error("expected default value expression", Current.Span);
                    }

                    defaultValue = ParseExpression();
                }

                if (sawStar)
                {
                    kwOnly.Add(arg);
                    kwDefaults.Add(defaultValue);
                }
                else
                {
                    if (defaultValue != null)
                    {
                        defaults.Add(defaultValue);
                    }
                    else if (defaults.Count > 0)
                    {
                        throw Error("non-default argument follows default argument", arg.Span);
                    }

                    args.Add(arg);
                }
            }
            else
            {
                throw InvalidSyntax();
            }

            if (!Accept(TokenKind.Comma))
            {
                break;
            }
        }

        if (Kind != close)
        {
            if (kwArg != null && Kind is TokenKind.Name or TokenKind.Star or TokenKind.DoubleStar or TokenKind.Slash)
            {
                throw Error("arguments cannot follow var-keyword argument", Current.Span);
            }

            throw InvalidSyntax();
        }

        return new Arguments(posOnly ?? [], args, varArg, kwOnly, kwDefaults, kwArg, defaults);
    }

    private Arg ParseParameter(bool lambda, bool allowStarAnnotation)
    {
        Token name = Expect(TokenKind.Name);
        Expr? annotation = null;
        if (!lambda && Accept(TokenKind.Colon))
        {
            annotation = allowStarAnnotation && Kind == TokenKind.Star ? ParseStarred(PrecBitOr) : ParseExpression();
        }

        return new Arg((string)name.Value!, annotation, SpanFrom(name.Span));
    }
}
