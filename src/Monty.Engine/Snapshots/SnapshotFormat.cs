namespace Monty.Engine.Snapshots;

/// <summary>Constants of the snapshot format. Layout (all integers little-endian or LEB128 varints):
/// <code>
/// "MONTYSNP" | version u16 | kind u8 | prelude fingerprint u64
/// session:  script name, host function names, limits
/// [execution: resource counters]
/// heap:     node count N, N construction records, N fill records
/// roots:    session globals; [execution: VM state]
/// </code>
/// See <c>GraphWriter</c> for how construction and fill records split the object graph.</summary>
internal static class SnapshotFormat
{
    public static ReadOnlySpan<byte> Magic => "MONTYSNP"u8;

    /// <summary>Bump on any change to the layout, the node tags or the opcode numbering
    /// (OpcodeTablePinTests fails when opcodes are renumbered).</summary>
    public const ushort Version = 1;

    public const int MaxFrameChain = 100_000;
}

/// <summary>What a snapshot holds.</summary>
internal enum SnapshotKind : byte
{
    /// <summary>An idle session: its namespace and settings.</summary>
    Session = 1,
    /// <summary>A session plus one execution suspended at a host call.</summary>
    Execution = 2,
}

/// <summary>The kind of each heap node. Numbers are part of the format: append, never renumber.</summary>
internal enum NodeTag : byte
{
    None = 1,
    NotImplemented = 2,
    Ellipsis = 3,
    True = 4,
    False = 5,
    Int = 6,
    BigInt = 7,
    Float = 8,
    Str = 9,
    Bytes = 10,
    List = 11,
    Tuple = 12,
    Dict = 13,
    Set = 14,
    FrozenSet = 15,
    HashTable = 16,
    Range = 17,
    Slice = 18,
    Cell = 19,
    Function = 20,
    BoundMethod = 21,
    HostFunction = 22,
    BuiltinFunction = 23,
    PreludeNative = 24,
    Type = 25,
    Module = 26,
    ModuleAttribute = 27,
    ModuleStream = 28,
    BareObject = 29,
    Code = 30,
    PreludeCode = 31,
    SourceLines = 32,
    Namespace = 33,
    PreludeNamespace = 34,
    PreludeGlobal = 35,
    Frame = 36,
    Generator = 37,
    Exception = 38,
    SequenceIterator = 39,
    ReverseSequenceIterator = 40,
    RangeIterator = 41,
    HashTableIterator = 42,
    EnumerateIterator = 43,
    ZipIterator = 44,
    DictView = 45,
}
