namespace Monty.Engine.Objects;

/// <summary>The builtin type objects, shared by every execution (scripts cannot mutate them).</summary>
internal static class PyTypes
{
    public static readonly PyType Object = new("object", null);
    public static readonly PyType Type = new("type", Object);
    public static readonly PyType Int = new("int", Object);
    public static readonly PyType Bool = new("bool", Int, isBaseType: false);
    public static readonly PyType Float = new("float", Object);
    public static readonly PyType Str = new("str", Object);
    public static readonly PyType Bytes = new("bytes", Object);
    public static readonly PyType List = new("list", Object);
    public static readonly PyType Tuple = new("tuple", Object);
    public static readonly PyType Dict = new("dict", Object);
    public static readonly PyType Set = new("set", Object);
    public static readonly PyType FrozenSet = new("frozenset", Object);
    public static readonly PyType NoneType = new("NoneType", Object, isBaseType: false);
    public static readonly PyType NotImplementedType = new("NotImplementedType", Object, isBaseType: false);
    public static readonly PyType Ellipsis = new("ellipsis", Object, isBaseType: false);
    public static readonly PyType Range = new("range", Object, isBaseType: false);
    public static readonly PyType Slice = new("slice", Object, isBaseType: false);
    public static readonly PyType Function = new("function", Object, isBaseType: false);
    public static readonly PyType BuiltinFunction = new("builtin_function_or_method", Object, isBaseType: false);
    public static readonly PyType Method = new("method", Object, isBaseType: false);
    public static readonly PyType Generator = new("generator", Object, isBaseType: false);
    public static readonly PyType Module = new("module", Object);
    public static readonly PyType Cell = new("cell", Object, isBaseType: false);
    public static readonly PyType Code = new("code", Object, isBaseType: false);
    public static readonly PyType Traceback = new("traceback", Object, isBaseType: false);
    public static readonly PyType Iterator = new("iterator", Object, isBaseType: false);
    public static readonly PyType DictKeys = new("dict_keys", Object, isBaseType: false);
    public static readonly PyType DictValues = new("dict_values", Object, isBaseType: false);
    public static readonly PyType DictItems = new("dict_items", Object, isBaseType: false);
}
