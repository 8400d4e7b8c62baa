using Monty.Engine.Runtime;

namespace Monty.Engine.Objects;

/// <summary>Builtin types of async code: coroutines, async generators, asyncio futures and tasks,
/// and the asyncio exceptions. Process-wide like the other builtin types.</summary>
internal static class AsyncTypes
{
    public static readonly PyType Coroutine = new("coroutine", PyTypes.Object, isBaseType: false);
    public static readonly PyType AsyncGenerator = new("async_generator", PyTypes.Object, isBaseType: false);
    public static readonly PyType AsyncGeneratorASend = new("async_generator_asend", PyTypes.Object, isBaseType: false);
    public static readonly PyType CoroutineWrapper = new("coroutine_wrapper", PyTypes.Object, isBaseType: false);
    public static readonly PyType Future = new("Future", PyTypes.Object, isBaseType: false);
    public static readonly PyType Task = new("Task", Future, isBaseType: false);
    public static readonly PyType CancelledError = new("CancelledError", ExceptionTypes.BaseException);
    public static readonly PyType InvalidStateError = new("InvalidStateError", ExceptionTypes.Exception);

    public static IEnumerable<PyType> All =>
        [Coroutine, AsyncGenerator, AsyncGeneratorASend, CoroutineWrapper, Future, Task, CancelledError, InvalidStateError];

    /// <summary>The module path CPython prints before the name of an asyncio exception type.</summary>
    public static string? ModuleOf(PyType type) =>
        ReferenceEquals(type, CancelledError) || ReferenceEquals(type, InvalidStateError) ? "asyncio.exceptions" : null;
}
