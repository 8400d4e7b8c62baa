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
        yield return Entry("asyncio", Asyncio.AsyncioModule.Create);
        yield return Entry("datetime", Datetime.DatetimeModule.Create);
        yield return Entry("hashlib", Hashlib.HashlibModule.Create);
        yield return Entry("base64", Base64.Base64Module.Create);
        yield return Entry("binascii", Base64.BinasciiModule.Create);
        yield return Entry("random", Random.RandomModule.Create);
        yield return Entry("uuid", Uuid.UuidModule.Create);
        yield return Entry("time", Time.TimeModule.Create);
        yield return Entry("fractions", Fractions.FractionsModule.Create);
        yield return Entry("statistics", PythonModule.Factory("statistics", "statistics.py", Statistics.StatisticsModule.Natives));
        yield return Entry("math", Mathematics.MathModule.Create);
        yield return Entry("json", Json.JsonModule.Create);
        yield return Entry("re", Re.ReModule.Create);
        yield return Entry("itertools", PythonModule.Factory("itertools", "itertools.py"));
        yield return Entry("functools", PythonModule.Factory("functools", "functools.py", Functools.FunctoolsNatives.All));
        yield return Entry("string", PythonModule.Factory("string", "string.py", () => [new("Template", String.PyTemplate.TemplateType)]));
        yield return Entry("copy", PythonModule.Factory("copy", "copy.py"));
        yield return Entry("textwrap", PythonModule.Factory("textwrap", "textwrap.py"));
        yield return Entry("sys", Sys.SysModule.Create);
        yield return Entry("typing", PythonModule.Factory("typing", "typing.py",
            () => [new("_form", new PyBuiltinFunction("_form", Typing.PyTypingForm.Make))]));
        yield return Entry("operator", PythonModule.Factory("operator", "operator.py", () => [new("__builtins_abs", Builtins.BuiltinsTable.Lookup("abs")!)]));
        yield return Entry("abc", PythonModule.Factory("abc", "abc.py"));
        yield return Entry("enum", PythonModule.Factory("enum", "enum.py"));
        yield return Entry("dataclasses", PythonModule.Factory("dataclasses", "dataclasses.py"));
        yield return Entry("collections", PythonModule.Factory("collections", "collections.py"));
        yield return Entry("decimal", PythonModule.Factory("decimal", "decimal.py"));
    }

    private static KeyValuePair<string, Func<PyModule>> Entry(string name, Func<PyModule> factory) => new(name, factory);
}
