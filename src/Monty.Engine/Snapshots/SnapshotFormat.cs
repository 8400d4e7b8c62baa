namespace Monty.Engine.Snapshots;

/// <summary>Constants of the snapshot format. Integers are LEB128 varints (zigzag when signed)
/// unless noted; strings are a varint (UTF-16 length * 2 + wide flag) then one byte per unit, or
/// two (little-endian) when any unit is above 0xFF, so lone surrogates survive.
/// <code>
/// header    "MONTYSNP" | version u16 LE | kind u8 (1 session, 2 execution) | prelude fingerprint u64 LE
/// session   script name | host function names | limits (optional duration ticks, memory,
///           allocations; recursion depth; optional suspensions, output bytes)
/// usage     execution only: elapsed ticks, instructions, memory charged, peak memory,
///           allocations, suspensions, output bytes
/// heap      N | N construction records (tag u8 + fields) | N contents records (fields only)
/// roots     session globals id | execution only: top frame id, handled exception id (0 = none),
///           next call id, optional synchronous pending call (id, function name, argument ids,
///           keyword names + ids), async host calls (the same fields + future id), waiting-for-host
///           flag, scheduler id (0 = none), imported modules (name + module id)
/// </code>
/// Nodes are numbered from 1 (0 is a null reference). A construction record holds what the
/// object's constructor needs; its references point to lower ids, so they form no cycles. A
/// contents record holds all other references (items, cells, frame slots, ...), which may point
/// anywhere: that is how shared objects and cycles are stored. Engine-owned objects (builtin
/// types and functions, modules, prelude code and functions) are stored by name, user code in full.
/// See NodeTag for the node kinds and Codecs/ for each record's fields.</summary>
internal static class SnapshotFormat
{
    public static ReadOnlySpan<byte> Magic => "MONTYSNP"u8;

    /// <summary>Bump on any change to the layout, the node tags or the opcode numbering
    /// (OpcodeTablePinTests fails when opcodes are renumbered).</summary>
    public const ushort Version = 3;

    /// <summary>Upper bound on a restored frame chain, whatever recursion limit the snapshot claims.</summary>
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
    NativeValue = 46,
    NativeState = 47,
        Future = 80,
    FutureAwaiter = 81,
    YieldOnce = 82,
    AsyncGenASend = 83,
    Scheduler = 84,
    UserClass = 100,
    Instance = 101,
    Property = 102,
    ClassMethod = 103,
    StaticMethod = 104,
    Super = 105,
    SubclassInstance = 106,
    GenericAlias = 107,
    UnionType = 108,
}
