using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using Monty.Protocol.V1;

namespace Monty.Client.Values;

/// <summary>Protocol values to .NET values, either in their natural form (<see cref="Natural"/>)
/// or as a requested type: numbers, strings, arrays, lists, dictionaries, sets, tuples, records.</summary>
internal static class FromWire
{
    /// <summary>None → null, bool, int → long (BigInteger beyond 64 bits), float → double, str,
    /// bytes → byte[], list → List&lt;object?&gt;, tuple → <see cref="PyTuple"/>, dict →
    /// Dictionary&lt;object, object?&gt;, set → HashSet&lt;object&gt;, other → <see cref="PyOpaque"/>.</summary>
    public static object? Natural(Value value) => value.KindCase switch
    {
        Value.KindOneofCase.NoneValue => null,
        Value.KindOneofCase.BoolValue => value.BoolValue,
        Value.KindOneofCase.IntValue => value.IntValue,
        Value.KindOneofCase.BigIntValue => ParseBig(value.BigIntValue) is var big && big >= long.MinValue && big <= long.MaxValue ? (object)(long)big : big,
        Value.KindOneofCase.FloatValue => value.FloatValue,
        Value.KindOneofCase.StrValue => value.StrValue,
        Value.KindOneofCase.BytesValue => value.BytesValue.ToByteArray(),
        Value.KindOneofCase.ListValue => value.ListValue.Items.Select(Natural).ToList(),
        Value.KindOneofCase.TupleValue => new PyTuple(value.TupleValue.Items.Select(Natural).ToArray()),
        Value.KindOneofCase.SetValue => new HashSet<object>(value.SetValue.Items.Select(Key)),
        Value.KindOneofCase.FrozensetValue => new HashSet<object>(value.FrozensetValue.Items.Select(Key)),
        Value.KindOneofCase.DictValue => NaturalDict(value.DictValue),
        Value.KindOneofCase.OpaqueValue => new PyOpaque(value.OpaqueValue.TypeName, value.OpaqueValue.Repr),
        _ => throw new MontyConversionException("the server sent a value with no kind"),
    };

    private static Dictionary<object, object?> NaturalDict(Dict dict)
    {
        var result = new Dictionary<object, object?>(dict.Entries.Count);
        foreach (var entry in dict.Entries) result[Key(entry.Key)] = Natural(entry.Value);
        return result;
    }

    /// <summary>A hashable value as a dictionary key: None becomes <see cref="PyNone"/>.</summary>
    private static object Key(Value value) => Natural(value) ?? PyNone.Value;

    public static T? Convert<T>(Value value) => (T?)Convert(value, typeof(T));

    public static object? Convert(Value value, Type target)
    {
        if (target == typeof(Value)) return value;
        if (target == typeof(object)) return Natural(value);
        var underlying = Nullable.GetUnderlyingType(target);
        if (value.KindCase == Value.KindOneofCase.NoneValue)
        {
            if (!target.IsValueType || underlying is not null) return null;
            throw Mismatch(value, target);
        }
        target = underlying ?? target;
        switch (value.KindCase)
        {
            case Value.KindOneofCase.BoolValue when target == typeof(bool):
                return value.BoolValue;
            case Value.KindOneofCase.IntValue or Value.KindOneofCase.BigIntValue or Value.KindOneofCase.BoolValue when IsNumber(target):
                return Number(value, target);
            case Value.KindOneofCase.FloatValue when target == typeof(double) || target == typeof(float) || target == typeof(decimal) || target == typeof(Half):
                return System.Convert.ChangeType(value.FloatValue, target, CultureInfo.InvariantCulture);
            case Value.KindOneofCase.StrValue when target == typeof(string):
                return value.StrValue;
            case Value.KindOneofCase.StrValue when target == typeof(char) && value.StrValue.Length == 1:
                return value.StrValue[0];
            case Value.KindOneofCase.StrValue when target.IsEnum:
                return Enum.TryParse(target, value.StrValue, ignoreCase: true, out var member) ? member : throw Mismatch(value, target);
            case Value.KindOneofCase.BytesValue when target == typeof(byte[]):
                return value.BytesValue.ToByteArray();
            case Value.KindOneofCase.BytesValue when target == typeof(ReadOnlyMemory<byte>):
                return new ReadOnlyMemory<byte>(value.BytesValue.ToByteArray());
            case Value.KindOneofCase.DictValue:
                return Dict(value.DictValue, target);
            case Value.KindOneofCase.ListValue or Value.KindOneofCase.TupleValue or Value.KindOneofCase.SetValue or Value.KindOneofCase.FrozensetValue:
                return Sequence(value, Items(value), target);
        }
        if (target.IsInstanceOfType(Natural(value))) return Natural(value);
        throw Mismatch(value, target);
    }

    private static IList<Value> Items(Value value) => value.KindCase switch
    {
        Value.KindOneofCase.ListValue => value.ListValue.Items,
        Value.KindOneofCase.TupleValue => value.TupleValue.Items,
        Value.KindOneofCase.SetValue => value.SetValue.Items,
        _ => value.FrozensetValue.Items,
    };

    private static bool IsNumber(Type t) =>
        t == typeof(long) || t == typeof(int) || t == typeof(short) || t == typeof(sbyte) || t == typeof(byte)
        || t == typeof(ushort) || t == typeof(uint) || t == typeof(ulong) || t == typeof(BigInteger)
        || t == typeof(double) || t == typeof(float) || t == typeof(decimal);

    private static object Number(Value value, Type target)
    {
        BigInteger n = value.KindCase switch
        {
            Value.KindOneofCase.IntValue => value.IntValue,
            Value.KindOneofCase.BoolValue => value.BoolValue ? 1 : 0,
            _ => ParseBig(value.BigIntValue),
        };
        if (target == typeof(BigInteger)) return n;
        if (target == typeof(double)) return (double)n;
        if (target == typeof(float)) return (float)n;
        if (target == typeof(decimal)) return (decimal)n;
        try
        {
            return System.Convert.ChangeType((long)n, target, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is OverflowException)
        {
            throw new MontyConversionException($"int {n} does not fit in a {target.Name}");
        }
    }

    private static object Sequence(Value value, IList<Value> items, Type target)
    {
        if (target.IsArray)
        {
            var element = target.GetElementType()!;
            var array = Array.CreateInstance(element, items.Count);
            for (var i = 0; i < items.Count; i++) array.SetValue(Convert(items[i], element), i);
            return array;
        }
        if (target == typeof(PyTuple)) return new PyTuple(items.Select(Natural).ToArray());
        if (typeof(ITuple).IsAssignableFrom(target) && target.IsGenericType) return Tuple(items, target);
        var set = ToWire.Generic(target, typeof(ISet<>)) ?? ToWire.Generic(target, typeof(IReadOnlySet<>));
        if (set is not null || (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(HashSet<>)))
        {
            var element = (set ?? target).GetGenericArguments()[0];
            var hashSet = (IEnumerable)Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(element))!;
            var add = hashSet.GetType().GetMethod("Add")!;
            foreach (var item in items) add.Invoke(hashSet, [Convert(item, element)]);
            if (target.IsAssignableFrom(hashSet.GetType())) return hashSet;
        }
        var enumerable = ToWire.Generic(target, typeof(IEnumerable<>));
        if (enumerable is not null)
        {
            var element = enumerable.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            foreach (var item in items) list.Add(Convert(item, element));
            if (target.IsAssignableFrom(list.GetType())) return list;
        }
        throw Mismatch(value, target);
    }

    private static object Tuple(IList<Value> items, Type target)
    {
        var types = target.GetGenericArguments();
        if (types.Length != items.Count) throw new MontyConversionException($"expected a tuple of {types.Length} items, got {items.Count}");
        var args = items.Select((item, i) => Convert(item, types[i])).ToArray();
        return Activator.CreateInstance(target, args)!;
    }

    private static object Dict(Dict dict, Type target)
    {
        var generic = target.IsGenericType && target.GetGenericTypeDefinition() == typeof(Dictionary<,>) ? target
            : ToWire.Generic(target, typeof(IReadOnlyDictionary<,>)) ?? ToWire.Generic(target, typeof(IDictionary<,>));
        if (generic is not null)
        {
            var args = generic.GetGenericArguments();
            var result = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(args))!;
            foreach (var entry in dict.Entries)
                result[Convert(entry.Key, args[0]) ?? PyNone.Value] = Convert(entry.Value, args[1]);
            if (target.IsAssignableFrom(result.GetType())) return result;
        }
        return Record(dict, target);
    }

    /// <summary>A dict as a record or plain object: constructor parameters first (records), then
    /// settable properties, matched by Python name (snake_case or exact).</summary>
    private static object Record(Dict dict, Type target)
    {
        if (target.IsAbstract || target.IsInterface || target.IsPrimitive || target == typeof(string))
            throw new MontyConversionException($"cannot convert a dict to {target.Name}");
        var fields = new Dictionary<string, Value>();
        foreach (var entry in dict.Entries)
        {
            if (entry.Key.KindCase != Value.KindOneofCase.StrValue) throw new MontyConversionException($"a {target.Name} needs str keys");
            fields[entry.Key.StrValue] = entry.Value;
        }
        var constructor = target.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault();
        if (constructor is null && !target.IsValueType) throw new MontyConversionException($"{target.Name} has no public constructor");
        var used = new HashSet<string>();
        var args = constructor?.GetParameters().Select(p =>
        {
            var name = fields.Keys.FirstOrDefault(k => PythonNames.Matches(k, p.Name!));
            if (name is null)
            {
                if (p.HasDefaultValue) return p.DefaultValue;
                throw new MontyConversionException($"missing key '{PythonNames.SnakeCase(p.Name!)}' for {target.Name}");
            }
            used.Add(name);
            return Convert(fields[name], p.ParameterType);
        }).ToArray() ?? [];
        var instance = constructor is null ? Activator.CreateInstance(target)! : constructor.Invoke(args);
        foreach (var (name, item) in fields)
        {
            if (used.Contains(name)) continue;
            var property = target.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => p.CanWrite && (PythonNames.Of(p) == name || PythonNames.Matches(name, p.Name)))
                ?? throw new MontyConversionException($"{target.Name} has no property for key '{name}'");
            property.SetValue(instance, Convert(item, property.PropertyType));
        }
        return instance;
    }

    private static BigInteger ParseBig(string digits) => BigInteger.Parse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static MontyConversionException Mismatch(Value value, Type target) =>
        new($"expected {Describe(target)}, got {PythonType(value)}");

    private static string Describe(Type target) => target.Name;

    /// <summary>The Python type name of a wire value, for error messages the script sees.</summary>
    public static string PythonType(Value value) => value.KindCase switch
    {
        Value.KindOneofCase.NoneValue => "NoneType",
        Value.KindOneofCase.BoolValue => "bool",
        Value.KindOneofCase.IntValue or Value.KindOneofCase.BigIntValue => "int",
        Value.KindOneofCase.FloatValue => "float",
        Value.KindOneofCase.StrValue => "str",
        Value.KindOneofCase.BytesValue => "bytes",
        Value.KindOneofCase.ListValue => "list",
        Value.KindOneofCase.TupleValue => "tuple",
        Value.KindOneofCase.SetValue => "set",
        Value.KindOneofCase.FrozensetValue => "frozenset",
        Value.KindOneofCase.DictValue => "dict",
        Value.KindOneofCase.OpaqueValue => value.OpaqueValue.TypeName,
        _ => "?",
    };
}
