using Monty.Engine.Objects;
using Monty.Engine.Snapshots.Codecs;

namespace Monty.Engine.Snapshots;

/// <summary>The codec for each node tag.</summary>
internal static class NodeCodecs
{
    private static readonly NodeCodec?[] Table = Build();

    public static NodeCodec For(NodeTag tag) =>
        Table[(byte)tag] ?? throw new InvalidOperationException($"No snapshot codec for {tag}.");

    public static NodeCodec? ForRaw(byte tag) => Table[tag];

    private static NodeCodec?[] Build()
    {
        var table = new NodeCodec?[256];
        table[(byte)NodeTag.None] = new SingletonCodec(PySingleton.None);
        table[(byte)NodeTag.NotImplemented] = new SingletonCodec(PySingleton.NotImplemented);
        table[(byte)NodeTag.Ellipsis] = new SingletonCodec(PySingleton.Ellipsis);
        table[(byte)NodeTag.True] = new SingletonCodec(PyBool.True);
        table[(byte)NodeTag.False] = new SingletonCodec(PyBool.False);
        table[(byte)NodeTag.Int] = new IntCodec();
        table[(byte)NodeTag.BigInt] = new BigIntCodec();
        table[(byte)NodeTag.Float] = new FloatCodec();
        table[(byte)NodeTag.Str] = new StrCodec();
        table[(byte)NodeTag.Bytes] = new BytesCodec();
        table[(byte)NodeTag.List] = new ListCodec();
        table[(byte)NodeTag.Tuple] = new TupleCodec();
        table[(byte)NodeTag.Dict] = new DictCodec();
        table[(byte)NodeTag.Set] = new SetCodec(frozen: false);
        table[(byte)NodeTag.FrozenSet] = new SetCodec(frozen: true);
        table[(byte)NodeTag.HashTable] = new HashTableCodec();
        table[(byte)NodeTag.Range] = new RangeCodec();
        table[(byte)NodeTag.Slice] = new SliceCodec();
        table[(byte)NodeTag.Cell] = new CellCodec();
        table[(byte)NodeTag.Function] = new FunctionCodec();
        table[(byte)NodeTag.BoundMethod] = new BoundMethodCodec();
        table[(byte)NodeTag.HostFunction] = new HostFunctionCodec();
        table[(byte)NodeTag.BuiltinFunction] = new BuiltinFunctionCodec();
        table[(byte)NodeTag.PreludeNative] = new PreludeNativeCodec();
        table[(byte)NodeTag.Type] = new TypeCodec();
        table[(byte)NodeTag.Module] = new ModuleCodec();
        table[(byte)NodeTag.ModuleAttribute] = new ModuleAttributeCodec();
        table[(byte)NodeTag.ModuleStream] = new ModuleStreamCodec();
        table[(byte)NodeTag.BareObject] = new BareObjectCodec();
        table[(byte)NodeTag.Code] = new CodeCodec();
        table[(byte)NodeTag.PreludeCode] = new PreludeCodeCodec();
        table[(byte)NodeTag.SourceLines] = new SourceLinesCodec();
        table[(byte)NodeTag.Namespace] = new NamespaceCodec();
        table[(byte)NodeTag.UserClass] = new UserClassCodec();
        table[(byte)NodeTag.Instance] = new InstanceCodec();
        table[(byte)NodeTag.Property] = new PropertyCodec();
        table[(byte)NodeTag.ClassMethod] = new ClassMethodCodec();
        table[(byte)NodeTag.StaticMethod] = new StaticMethodCodec();
        table[(byte)NodeTag.Super] = new SuperCodec();
        table[(byte)NodeTag.SubclassInstance] = new SubclassInstanceCodec();
        table[(byte)NodeTag.GenericAlias] = new GenericAliasCodec();
        table[(byte)NodeTag.UnionType] = new UnionTypeCodec();
        table[(byte)NodeTag.PreludeNamespace] = new PreludeNamespaceCodec();
        table[(byte)NodeTag.PreludeGlobal] = new PreludeGlobalCodec();
        table[(byte)NodeTag.Frame] = new FrameCodec();
        table[(byte)NodeTag.Generator] = new GeneratorCodec();
        table[(byte)NodeTag.Exception] = new ExceptionCodec();
        table[(byte)NodeTag.SequenceIterator] = new SequenceIteratorCodec();
        table[(byte)NodeTag.ReverseSequenceIterator] = new ReverseSequenceIteratorCodec();
        table[(byte)NodeTag.RangeIterator] = new RangeIteratorCodec();
        table[(byte)NodeTag.HashTableIterator] = new HashTableIteratorCodec();
        table[(byte)NodeTag.EnumerateIterator] = new EnumerateIteratorCodec();
        table[(byte)NodeTag.ZipIterator] = new ZipIteratorCodec();
        table[(byte)NodeTag.DictView] = new DictViewCodec();
        AsyncCodecs.Register(table);
        table[(byte)NodeTag.NativeValue] = new NativeValueCodec();
        table[(byte)NodeTag.NativeState] = new NativeStateCodec();
        return table;
    }
}
