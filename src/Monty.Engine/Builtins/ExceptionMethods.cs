namespace Monty.Engine.Builtins;

/// <summary>Construction and methods of the builtin exception types.</summary>
internal static class ExceptionMethods
{
    public static void Register()
    {
    }
}
