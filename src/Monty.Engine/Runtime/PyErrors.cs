using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Throw helpers: each returns the .NET exception to throw, so call sites read
/// <c>throw PyErrors.TypeError(...)</c> and the compiler sees the flow.</summary>
internal static class PyErrors
{
    public static PyBaseException Create(PyType type, string message) =>
        new(type, PyTuple.Of(PyStr.Of(message)));

    public static PyException New(PyType type, string message) => new(Create(type, message));

    public static PyException TypeError(string message) => New(ExceptionTypes.TypeError, message);

    public static PyException ValueError(string message) => New(ExceptionTypes.ValueError, message);

    public static PyException IndexError(string message) => New(ExceptionTypes.IndexError, message);

    public static PyException KeyError(PyObject key) => new(new PyBaseException(ExceptionTypes.KeyError, PyTuple.Of(key)));

    public static PyException AttributeError(string message) => New(ExceptionTypes.AttributeError, message);

    public static PyException NameError(string name) =>
        WithName(ExceptionTypes.NameError, $"name '{name}' is not defined", name);

    public static PyException UnboundLocal(string name) =>
        WithName(ExceptionTypes.UnboundLocalError,
            $"cannot access local variable '{name}' where it is not associated with a value", name);

    public static PyException FreeVarUnbound(string name) =>
        WithName(ExceptionTypes.NameError,
            $"cannot access free variable '{name}' where it is not associated with a value in enclosing scope", name);

    public static PyException ZeroDivision(string message) => New(ExceptionTypes.ZeroDivisionError, message);

    public static PyException OverflowError(string message) => New(ExceptionTypes.OverflowError, message);

    public static PyException RuntimeError(string message) => New(ExceptionTypes.RuntimeError, message);

    public static PyException NotImplemented(string message) => New(ExceptionTypes.NotImplementedError, message);

    public static PyException StopIteration(PyObject? value)
    {
        var exc = new PyBaseException(ExceptionTypes.StopIteration, value is null ? PyTuple.Empty : PyTuple.Of(value));
        return new PyException(exc);
    }

    public static PyException Unsupported(string feature) =>
        NotImplemented($"{feature} is not supported by Monty");

    private static PyException WithName(PyType type, string message, string name)
    {
        var exc = Create(type, message);
        exc.Dict = new Dictionary<string, PyObject> { ["name"] = PyStr.Of(name) };
        return new PyException(exc);
    }
}
