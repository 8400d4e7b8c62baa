using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>str() of exceptions, as BaseException.__str__ and KeyError.__str__ define it.</summary>
internal static class ExceptionText
{
    public static string Str(PyBaseException e)
    {
        var args = e.Args.Items;
        return args.Length switch
        {
            0 => string.Empty,
            1 when e.ExceptionType.IsSubtypeOf(ExceptionTypes.KeyError) => Repr.Of(args[0]),
            1 => Repr.Str(args[0]),
            _ => Repr.Of(e.Args),
        };
    }
}
