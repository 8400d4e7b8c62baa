using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Hosting;

/// <summary>Measures the bytes reachable from an execution's roots (frames, globals) with an
/// iterative walk, so garbage the script dropped is not counted against its memory limit.</summary>
internal static class HeapMeasure
{
    public static long Measure(VirtualMachine vm)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var work = new Stack<PyObject>();
        long total = 0;
        void Add(PyObject? o)
        {
            if (o is null || o is PyType || o is PyBuiltinFunction || o is Compilation.CodeObject) return;
            if (seen.Add(o)) work.Push(o);
        }
        for (var f = vm.Top; f is not null; f = f.Back)
        {
            if (!seen.Add(f)) continue;
            total += 64 + f.Values.Length * 8;
            foreach (var v in f.Values) Add(v);
            if (f.Cells is not null) foreach (var c in f.Cells) Add(c);
            foreach (var kv in f.Globals.Bindings()) Add(kv.Value);
        }
        while (work.Count > 0)
        {
            var o = work.Pop();
            total += 24;
            switch (o)
            {
                case PyStr s:
                    total += s.Utf16Length * 2;
                    break;
                case PyBytes b:
                    total += b.Value.Length;
                    break;
                case PyBigInt big:
                    total += big.Value.GetByteCount();
                    break;
                case PyList l:
                    total += l.Count * 8L;
                    foreach (var x in l.Items) Add(x);
                    break;
                case PyTuple t:
                    total += t.Count * 8L;
                    foreach (var x in t.Items) Add(x);
                    break;
                case PyDict d:
                    total += d.Count * 32L;
                    foreach (var kv in d.Table.Entries())
                    {
                        Add(kv.Key);
                        Add(kv.Value);
                    }
                    break;
                case PySet s:
                    total += s.Count * 24L;
                    foreach (var kv in s.Table.Entries()) Add(kv.Key);
                    break;
                case PyCell c:
                    Add(c.Contents);
                    break;
                case PyFunction fn:
                    foreach (var x in fn.Defaults) Add(x);
                    if (fn.Closure is not null) foreach (var c in fn.Closure) Add(c);
                    break;
                case PyGenerator g:
                    total += g.Frame.Values.Length * 8L;
                    foreach (var x in g.Frame.Values) Add(x);
                    break;
                case PyBoundMethod m:
                    Add(m.Self);
                    Add(m.Function);
                    break;
                case PyBaseException e:
                    Add(e.Args);
                    break;
            }
        }
        return total;
    }
}
