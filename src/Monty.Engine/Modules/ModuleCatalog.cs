using Monty.Engine.Objects;

namespace Monty.Engine.Modules;

/// <summary>Every importable engine module, one line each. A module lives in its own folder
/// under Modules/ and offers a factory: C# (<c>XModule.Create</c>) or Python source
/// (<see cref="PythonModule.Factory"/>).</summary>
internal static class ModuleCatalog
{
    public static IEnumerable<KeyValuePair<string, Func<PyModule>>> All()
    {
        yield return Entry("keyword", PythonModule.Factory("keyword", "keyword.py"));
        yield return Entry("abc", PythonModule.Factory("abc", "abc.py"));
        yield return Entry("enum", PythonModule.Factory("enum", "enum.py"));
        yield return Entry("dataclasses", PythonModule.Factory("dataclasses", "dataclasses.py"));
        yield return Entry("collections", PythonModule.Factory("collections", "collections.py"));
    }

    private static KeyValuePair<string, Func<PyModule>> Entry(string name, Func<PyModule> factory) => new(name, factory);
}
