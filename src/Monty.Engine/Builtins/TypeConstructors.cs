namespace Monty.Engine.Builtins;

/// <summary>Calling builtin types: int(), str(), list(), dict()...</summary>
internal static class TypeConstructors
{
    public static void Register()
    {
    }
}
