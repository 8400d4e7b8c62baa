namespace Monty.Engine.Objects;

/// <summary>enumerate() over a native iterator.</summary>
internal sealed class EnumerateIterator(PyIterator inner, long start) : PyIterator
{
    public static readonly PyType EnumerateType = new("enumerate", PyTypes.Object, isBaseType: false);

    public PyIterator Inner { get; } = inner;

    public long Count { get; set; } = start;

    public override PyType Type => EnumerateType;

    public override PyObject? Next()
    {
        var item = Inner.Next();
        if (item is null) return null;
        return new PyTuple([PyInt.Get(Count++), item]);
    }
}

/// <summary>zip() over native iterators, with strict=True length checking.</summary>
internal sealed class ZipIterator(PyIterator[] inners, bool strict) : PyIterator
{
    public static readonly PyType ZipType = new("zip", PyTypes.Object, isBaseType: false);

    public PyIterator[] Inners { get; } = inners;

    public bool Strict { get; } = strict;

    public override PyType Type => ZipType;

    public override PyObject? Next()
    {
        if (Inners.Length == 0) return null;
        var items = new PyObject[Inners.Length];
        for (var i = 0; i < Inners.Length; i++)
        {
            var item = Inners[i].Next();
            if (item is null)
            {
                if (Strict) CheckStrict(i);
                return null;
            }
            items[i] = item;
        }
        return new PyTuple(items);
    }

    private void CheckStrict(int exhausted)
    {
        if (exhausted > 0)
        {
            throw Runtime.PyErrors.ValueError(
                $"zip() argument {exhausted + 1} is shorter than argument{(exhausted == 1 ? "" : "s")} 1{(exhausted == 1 ? "" : "-" + exhausted)}");
        }
        for (var j = 1; j < Inners.Length; j++)
        {
            if (Inners[j].Next() is not null)
            {
                throw Runtime.PyErrors.ValueError(
                    $"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j == 1 ? "" : "-" + j)}");
            }
        }
    }
}
