using System.Diagnostics;
using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Time;

/// <summary>A subset of the time module. Every clock reading needs the host's clock grant
/// (PermissionError otherwise); monotonic and perf_counter then read the host's stopwatch.
/// sleep() validates its argument and returns at once: a script must never park a server thread,
/// and the time budget only counts CPU time anyway.</summary>
internal static class TimeModule
{
    public static PyModule Create()
    {
        var m = new PyModule("time");
        Add(m, "time", (a, k) => Clock(a, k, "time", () => new PyFloat(WallMicroseconds("time.time()") / 1e6)));
        Add(m, "time_ns", (a, k) => Clock(a, k, "time_ns", () => PyInt.Get(WallMicroseconds("time.time_ns()") * 1000)));
        Add(m, "monotonic", (a, k) => Clock(a, k, "monotonic", () => new PyFloat(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency)));
        Add(m, "perf_counter", (a, k) => Clock(a, k, "perf_counter", () => new PyFloat(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency)));
        Add(m, "monotonic_ns", (a, k) => Clock(a, k, "monotonic_ns", () => PyInt.Get(StopwatchNanoseconds())));
        Add(m, "perf_counter_ns", (a, k) => Clock(a, k, "perf_counter_ns", () => PyInt.Get(StopwatchNanoseconds())));
        Add(m, "sleep", (a, k) =>
        {
            NativeArgs.NoKeywords("sleep", k);
            NativeArgs.Count("sleep", a, 1, 1);
            if (!Numbers.TryGetDouble(a[0], out var seconds))
                throw PyErrors.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer");
            if (double.IsNaN(seconds)) throw PyErrors.ValueError("Invalid value NaN (not a number)");
            if (seconds < 0) throw PyErrors.ValueError("sleep length must be non-negative");
            return PySingleton.None;
        });
        return m;
    }

    private static void Add(PyModule m, string name, NativeFunction fn) => m.Dict[name] = new PyBuiltinFunction(name, fn);

    private static PyObject Clock(PyObject[] a, KeywordArgs? k, string name, Func<PyObject> read)
    {
        NativeArgs.NoKeywords(name, k);
        NativeArgs.Count(name, a, 0, 0);
        HostAccess.RequireClock($"time.{name}()");
        return read();
    }

    private static long WallMicroseconds(string caller) =>
        (HostAccess.Now(caller).UtcTicks - DateTime.UnixEpoch.Ticks) / 10;

    private static long StopwatchNanoseconds() => (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
}
