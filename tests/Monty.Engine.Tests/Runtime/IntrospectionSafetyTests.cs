namespace Monty.Engine.Tests.Runtime;

/// <summary>The classic sandbox escapes through introspection lead nowhere: each either fails
/// with a Python exception or yields a value that is already the script's own.</summary>
public sealed class IntrospectionSafetyTests
{
    private static string Outcome(string expression)
    {
        var code = $"""
            try:
                r = {expression}
                print(type(r).__name__, repr(r) if isinstance(r, (list, int, str, bool)) else '')
            except BaseException as e:
                print(type(e).__name__)
            """;
        var output = new Hosting.HostCallTests.StringOutput();
        var run = MontyProgram.Compile(code, "escape.py").Start(limits: ResourceLimits.SafeDefaults, output: output);
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        return output.Text.Trim();
    }

    [Theory]
    [InlineData("().__class__.__base__.__subclasses__()", "list []")]
    [InlineData("object.__subclasses__()", "list []")]
    [InlineData("type.__subclasses__(object)", "list []")]
    [InlineData("().__class__.__mro__[-1].__subclasses__()", "list []")]
    [InlineData("(lambda: 0).__globals__", "AttributeError")]
    [InlineData("(lambda: 0).__code__", "AttributeError")]
    [InlineData("(lambda: 0).__builtins__", "AttributeError")]
    [InlineData("__builtins__", "NameError")]
    [InlineData("__import__('os')", "NameError")]
    [InlineData("(x for x in []).gi_frame", "AttributeError")]
    [InlineData("(x for x in []).gi_code", "AttributeError")]
    [InlineData("object.__setattr__(int, 'evil', 1)", "TypeError")]
    [InlineData("setattr(int, 'evil', 1)", "TypeError")]
    [InlineData("setattr(object, '__eq__', None)", "TypeError")]
    [InlineData("type.__setattr__(int, 'evil', 1)", "TypeError")]
    [InlineData("print.__self__", "AttributeError")]
    [InlineData("globals()", "NameError")]
    [InlineData("eval('1')", "NameError")]
    [InlineData("exec('x = 1')", "NameError")]
    [InlineData("open('/etc/passwd')", "NameError")]
    [InlineData("compile('1', 'f', 'eval')", "NameError")]
    [InlineData("Exception().__traceback__", "NoneType")]
    [InlineData("super(int, 1).__init__.__globals__", "AttributeError")]
    [InlineData("type('X', (), {}).__init__.__globals__", "AttributeError")]
    public void EscapeLeadsNowhere(string expression, string expected) =>
        Assert.Equal(expected, Outcome(expression));

    [Fact]
    public void ScriptsCannotChangeBuiltinTypesForOtherExecutions()
    {
        Assert.StartsWith("TypeError", Outcome("int.__dict__.update({'bit_length': None}) or int.bit_length.__name__"
            .Replace("int.__dict__.update({'bit_length': None}) or ", "setattr(int, 'bit_length', None) or ")));
        Assert.Equal("str 'bit_length'", Outcome("int.bit_length.__name__"));
    }

    [Fact]
    public void UserClassesDoNotLeakBetweenExecutions()
    {
        Assert.Equal("list []", Outcome("[c for c in object.__subclasses__()]"));
        Outcome("type('Leak', (object,), {})");
        Assert.Equal("list []", Outcome("object.__subclasses__()"));
    }
}
