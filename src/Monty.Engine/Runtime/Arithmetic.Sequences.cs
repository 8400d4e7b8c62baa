using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Runtime;

internal static partial class Arithmetic
{
    /// <summary>Operators on non-numeric builtins: concatenation, repetition, set algebra, dict merge, %-formatting.</summary>
    private static PyObject? Other(BinaryOp op, PyObject a, PyObject b, bool inPlace)
    {
        switch (op)
        {
            case BinaryOp.Add:
                return Concat(a, b, inPlace);
            case BinaryOp.Mult:
                if (Numbers.IsInt(b) && IsSequence(a))
                {
                    var repeated = Repeat(a, b);
                    if (inPlace && a is PyList target && !ReferenceEquals(repeated, target))
                    {
                        var items = ((PyList)repeated).Items;
                        target.Items.Clear();
                        target.Items.AddRange(items);
                        return target;
                    }
                    return repeated;
                }
                if (Numbers.IsInt(a) && IsSequence(b)) return Repeat(b, a);
                if (IsSequence(a) || IsSequence(b))
                {
                    var other = IsSequence(a) ? b : a;
                    throw PyErrors.TypeError($"can't multiply sequence by non-int of type '{other.Type.Name}'");
                }
                return null;
            case BinaryOp.Mod when a is PyStr s:
                return PyStr.Of(StringFormatting.Percent(s.Value, b));
            case BinaryOp.BitOr when a is PySet x && b is PySet y:
                return SetAlgebra.Union(x, y, inPlace);
            case BinaryOp.BitAnd when a is PySet x && b is PySet y:
                return SetAlgebra.Intersection(x, y, inPlace);
            case BinaryOp.Sub when a is PySet x && b is PySet y:
                return SetAlgebra.Difference(x, y, inPlace);
            case BinaryOp.BitXor when a is PySet x && b is PySet y:
                return SetAlgebra.SymmetricDifference(x, y, inPlace);
            case BinaryOp.BitOr when inPlace && a is PyDict target && b is not PyDict:
                Builtins.DictMethods.UpdateFrom(target, b);
                return target;
            case BinaryOp.BitOr or BinaryOp.BitAnd or BinaryOp.Sub or BinaryOp.BitXor when IsSetLikeView(a) || IsSetLikeView(b):
                {
                    if (!IsSetLikeView(a) && a is not PySet && !Iteration.IsNative(a) || !IsSetLikeView(b) && b is not PySet && !Iteration.IsNative(b))
                        return null;
                    var left = a as PySet ?? ToSet(a);
                    var right = b as PySet ?? ToSet(b);
                    if (left.Frozen) left = new PySet(left.Table.Copy(), false);
                    return Other(op, left, right, false);
                }
            case BinaryOp.BitOr when a is PyDict x && b is PyDict y:
                {
                    var target = inPlace ? x : new PyDict(x.Table.Copy());
                    foreach (var kv in y.Table.Entries()) target.Set(kv.Key, kv.Value);
                    Budget.ChargeContainer(target.Count);
                    return target;
                }
            default:
                return null;
        }
    }

    private static bool IsSetLikeView(PyObject o) => o is DictView { Kind: not HashTableIterator.Kind.Values };

    private static PySet ToSet(PyObject o)
    {
        var set = new PySet(false);
        foreach (var item in Iteration.Enumerate(o)) set.Add(item);
        return set;
    }

    private static bool IsSequence(PyObject o) => o is PyStr or PyList or PyTuple or PyBytes;

    private static PyObject? Concat(PyObject a, PyObject b, bool inPlace)
    {
        switch (a)
        {
            case PyStr x when b is PyStr y:
                Budget.ChargeString((long)x.Utf16Length + y.Utf16Length);
                return x.Utf16Length == 0 ? y : y.Utf16Length == 0 ? x : PyStr.Concat(x, y);
            case PyStr:
                throw PyErrors.TypeError($"can only concatenate str (not \"{b.Type.Name}\") to str");
            case PyList x when inPlace:
                {
                    var items = Iteration.ToList(b);
                    Budget.ChargeContainer((long)x.Count + items.Count);
                    x.Items.AddRange(items);
                    return x;
                }
            case PyList x when b is PyList y:
                {
                    Budget.ChargeContainer((long)x.Count + y.Count);
                    var list = new List<PyObject>(x.Count + y.Count);
                    list.AddRange(x.Items);
                    list.AddRange(y.Items);
                    return new PyList(list);
                }
            case PyList:
                throw PyErrors.TypeError($"can only concatenate list (not \"{b.Type.Name}\") to list");
            case PyTuple x when b is PyTuple y:
                Budget.ChargeContainer((long)x.Count + y.Count);
                return new PyTuple([.. x.Items, .. y.Items]);
            case PyTuple:
                throw PyErrors.TypeError($"can only concatenate tuple (not \"{b.Type.Name}\") to tuple");
            case PyBytes x when b is PyBytes y:
                Budget.ChargeString((long)x.Value.Length + y.Value.Length);
                return new PyBytes([.. x.Value, .. y.Value]);
            case PyBytes:
                throw PyErrors.TypeError($"can't concat {b.Type.Name} to bytes");
            default:
                return null;
        }
    }

    private static PyObject Repeat(PyObject seq, PyObject countObj)
    {
        if (countObj is PyBigInt big)
        {
            if (big.Value.Sign < 0) return EmptyLike(seq);
            throw PyErrors.OverflowError("cannot fit 'int' into an index-sized integer");
        }
        var count = ((PyInt)countObj).Value;
        if (count <= 0) return EmptyLike(seq);
        switch (seq)
        {
            case PyStr s:
                {
                    var total = (long)s.Value.Length * count;
                    Budget.ChargeString(total);
                    if (s.Value.Length == 1) return new PyStr(new string(s.Value[0], (int)count));
                    return new PyStr(string.Create((int)total, s.Value, (span, v) =>
                    {
                        for (var i = 0; i < span.Length; i += v.Length) v.AsSpan().CopyTo(span[i..]);
                    }));
                }
            case PyBytes b:
                {
                    var total = (long)b.Value.Length * count;
                    Budget.ChargeString(total);
                    var result = new byte[total];
                    for (long i = 0; i < total; i += b.Value.Length) b.Value.CopyTo(result, i);
                    return new PyBytes(result);
                }
            case PyList l:
                {
                    var total = (long)l.Count * count;
                    Budget.ChargeContainer(total);
                    var list = new List<PyObject>((int)total);
                    for (var i = 0; i < count; i++) list.AddRange(l.Items);
                    return new PyList(list);
                }
            default:
                {
                    var t = (PyTuple)seq;
                    var total = (long)t.Count * count;
                    Budget.ChargeContainer(total);
                    if (count == 1) return t;
                    var items = new PyObject[total];
                    for (var i = 0; i < count; i++) t.Items.CopyTo(items, i * t.Count);
                    return new PyTuple(items);
                }
        }
    }

    private static PyObject EmptyLike(PyObject seq) => seq switch
    {
        PyStr => PyStr.Empty,
        PyBytes => PyBytes.Empty,
        PyList => new PyList(),
        _ => PyTuple.Empty,
    };
}
