using Monty.Engine.Objects;
using Monty.Engine.Runtime;
using Xunit;
using static Monty.Engine.Tests.Builtins.Natives;

namespace Monty.Engine.Tests.Builtins;

/// <summary>Exception construction attributes and BaseException methods (messages from CPython 3.11).</summary>
public class ExceptionMethodsTests
{
    [Fact]
    public void EveryBuiltinExceptionTypeIsConstructible()
    {
        foreach (var type in ExceptionTypes.All)
        {
            var e = Assert.IsType<PyBaseException>(Construct(type, Str("x"), PyInt.Get(2)));
            Assert.Same(type, e.ExceptionType);
            Assert.Equal($"{type.Name}('x', 2)", Repr.Of(e));
        }
    }

    [Fact]
    public void AddNoteAppendsToNotes()
    {
        var e = (PyBaseException)Construct(ExceptionTypes.ValueError, Str("boom"));
        Assert.NotNull(ExceptionTypes.ValueError.Lookup("add_note"));
        Assert.Same(PySingleton.None, Call(ExceptionTypes.BaseException, "add_note", e, Str("a")));
        Call(ExceptionTypes.BaseException, "add_note", e, Str("b"));
        Assert.Equal("['a', 'b']", Repr.Of(e.Dict!["__notes__"]));
        Raises("TypeError", "note must be a str, not 'int'", () => Call(ExceptionTypes.BaseException, "add_note", e, PyInt.Get(1)));
        Raises("TypeError", "BaseException.add_note() takes exactly one argument (0 given)", () => Call(ExceptionTypes.BaseException, "add_note", e));
    }

    [Fact]
    public void WithTracebackReturnsTheException()
    {
        var e = (PyBaseException)Construct(ExceptionTypes.KeyError, Str("k"));
        Assert.Same(e, Call(ExceptionTypes.BaseException, "with_traceback", e, PySingleton.None));
        Raises("TypeError", "__traceback__ must be a traceback or None", () => Call(ExceptionTypes.BaseException, "with_traceback", e, PyInt.Get(1)));
        Raises("TypeError", "BaseException.with_traceback() takes exactly one argument (0 given)", () => Call(ExceptionTypes.BaseException, "with_traceback", e));
    }

    [Fact]
    public void StopIterationAndSystemExitCarryTheirValue()
    {
        var stop = (PyBaseException)Construct(ExceptionTypes.StopIteration, PyInt.Get(5));
        Assert.Equal("5", Repr.Of(stop.Dict!["value"]));
        var empty = (PyBaseException)Construct(ExceptionTypes.StopIteration);
        Assert.Same(PySingleton.None, empty.Dict!["value"]);
        var exit = (PyBaseException)Construct(ExceptionTypes.SystemExit, PyInt.Get(3));
        Assert.Equal("3", Repr.Of(exit.Dict!["code"]));
    }

    [Fact]
    public void IntIsIntegerExistsAsIn312()
    {
        Assert.Same(PyBool.True, Call(PyTypes.Int, "is_integer", PyInt.Get(7)));
        Assert.Same(PyBool.True, Call(PyTypes.Int, "is_integer", PyBool.False));
    }
}
