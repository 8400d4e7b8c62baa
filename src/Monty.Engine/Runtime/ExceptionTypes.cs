using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>The builtin exception hierarchy, as CPython 3.11 defines it.</summary>
internal static class ExceptionTypes
{
    public static readonly PyType BaseException = new("BaseException", PyTypes.Object);
    public static readonly PyType SystemExit = new("SystemExit", BaseException);
    public static readonly PyType KeyboardInterrupt = new("KeyboardInterrupt", BaseException);
    public static readonly PyType GeneratorExit = new("GeneratorExit", BaseException);
    public static readonly PyType Exception = new("Exception", BaseException);
    public static readonly PyType ArithmeticError = new("ArithmeticError", Exception);
    public static readonly PyType FloatingPointError = new("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = new("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = new("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = new("AssertionError", Exception);
    public static readonly PyType AttributeError = new("AttributeError", Exception);
    public static readonly PyType BufferError = new("BufferError", Exception);
    public static readonly PyType EOFError = new("EOFError", Exception);
    public static readonly PyType ImportError = new("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = new("ModuleNotFoundError", ImportError);
    public static readonly PyType LookupError = new("LookupError", Exception);
    public static readonly PyType IndexError = new("IndexError", LookupError);
    public static readonly PyType KeyError = new("KeyError", LookupError);
    public static readonly PyType MemoryError = new("MemoryError", Exception);
    public static readonly PyType NameError = new("NameError", Exception);
    public static readonly PyType UnboundLocalError = new("UnboundLocalError", NameError);
    public static readonly PyType OSError = new("OSError", Exception);
    public static readonly PyType TimeoutError = new("TimeoutError", OSError);
    public static readonly PyType ConnectionError = new("ConnectionError", OSError);
    public static readonly PyType FileNotFoundError = new("FileNotFoundError", OSError);
    public static readonly PyType PermissionError = new("PermissionError", OSError);
    public static readonly PyType ReferenceError = new("ReferenceError", Exception);
    public static readonly PyType RuntimeError = new("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = new("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = new("RecursionError", RuntimeError);
    public static readonly PyType StopAsyncIteration = new("StopAsyncIteration", Exception);
    public static readonly PyType StopIteration = new("StopIteration", Exception);
    public static readonly PyType SyntaxError = new("SyntaxError", Exception);
    public static readonly PyType IndentationError = new("IndentationError", SyntaxError);
    public static readonly PyType TabError = new("TabError", IndentationError);
    public static readonly PyType SystemError = new("SystemError", Exception);
    public static readonly PyType TypeError = new("TypeError", Exception);
    public static readonly PyType ValueError = new("ValueError", Exception);
    public static readonly PyType UnicodeError = new("UnicodeError", ValueError);
    public static readonly PyType UnicodeDecodeError = new("UnicodeDecodeError", UnicodeError);
    public static readonly PyType UnicodeEncodeError = new("UnicodeEncodeError", UnicodeError);
    public static readonly PyType Warning = new("Warning", Exception);
    public static readonly PyType UserWarning = new("UserWarning", Warning);
    public static readonly PyType DeprecationWarning = new("DeprecationWarning", Warning);
    public static readonly PyType RuntimeWarning = new("RuntimeWarning", Warning);

    /// <summary>Every builtin exception type, for the builtins namespace and for resolving host error names.</summary>
    public static readonly PyType[] All =
    [
        BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, ArithmeticError, FloatingPointError,
        OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError, ImportError,
        ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError,
        TimeoutError, ConnectionError, FileNotFoundError, PermissionError, ReferenceError, RuntimeError,
        NotImplementedError, RecursionError, StopAsyncIteration, StopIteration, SyntaxError, IndentationError,
        TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, Warning,
        UserWarning, DeprecationWarning, RuntimeWarning,
    ];

    private static readonly Dictionary<string, PyType> ByName = All.ToDictionary(t => t.Name, StringComparer.Ordinal);

    public static PyType? Find(string name) => ByName.GetValueOrDefault(name);

    public static bool IsExceptionType(PyType type) => type.IsSubtypeOf(BaseException);
}
