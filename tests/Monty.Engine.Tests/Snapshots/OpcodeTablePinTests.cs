using Monty.Engine.Compilation;

namespace Monty.Engine.Tests.Snapshots;

/// <summary>Snapshots store bytecode by opcode number. Renumbering, renaming or removing an opcode
/// silently changes what old snapshots mean, so the table is pinned here.</summary>
public class OpcodeTablePinTests
{
    private const string Advice =
        "The OpCode enum changed. Existing snapshots store opcodes by number, so this breaks them: " +
        "bump SnapshotFormat.Version (src/Monty.Engine/Snapshots/SnapshotFormat.cs), then update the table in this test. " +
        "Appending a new opcode with a fresh number keeps old snapshots valid (add it to the table and to CodeVerifier).";

    private static readonly Dictionary<string, int> Pinned = new()
    {
        ["Nop"] = 0,
        ["LoadConst"] = 1,
        ["Pop"] = 2,
        ["Copy"] = 3,
        ["Swap"] = 4,
        ["LoadFast"] = 5,
        ["StoreFast"] = 6,
        ["DeleteFast"] = 7,
        ["LoadDeref"] = 8,
        ["StoreDeref"] = 9,
        ["DeleteDeref"] = 10,
        ["LoadClosure"] = 11,
        ["LoadGlobal"] = 12,
        ["StoreGlobal"] = 13,
        ["DeleteGlobal"] = 14,
        ["LoadName"] = 15,
        ["StoreName"] = 16,
        ["DeleteName"] = 17,
        ["LoadAttr"] = 18,
        ["StoreAttr"] = 19,
        ["DeleteAttr"] = 20,
        ["BinarySubscr"] = 21,
        ["StoreSubscr"] = 22,
        ["DeleteSubscr"] = 23,
        ["BuildSlice"] = 24,
        ["BinaryOp"] = 25,
        ["UnaryOp"] = 26,
        ["CompareOp"] = 27,
        ["BuildTuple"] = 28,
        ["BuildList"] = 29,
        ["BuildSet"] = 30,
        ["BuildMap"] = 31,
        ["ListAppend"] = 32,
        ["SetAdd"] = 33,
        ["MapAdd"] = 34,
        ["ListExtend"] = 35,
        ["SetUpdate"] = 36,
        ["DictUpdate"] = 37,
        ["DictMerge"] = 38,
        ["ListToTuple"] = 39,
        ["UnpackSequence"] = 40,
        ["UnpackEx"] = 41,
        ["FormatValue"] = 42,
        ["BuildString"] = 43,
        ["Jump"] = 44,
        ["PopJumpIfFalse"] = 45,
        ["PopJumpIfTrue"] = 46,
        ["JumpIfFalseOrPop"] = 47,
        ["JumpIfTrueOrPop"] = 48,
        ["GetIter"] = 49,
        ["ForIter"] = 50,
        ["ReturnValue"] = 51,
        ["Call"] = 52,
        ["CallKw"] = 53,
        ["CallEx"] = 54,
        ["MakeFunction"] = 55,
        ["SetupExcept"] = 56,
        ["PopBlock"] = 57,
        ["Raise"] = 58,
        ["Reraise"] = 59,
        ["SetupHandler"] = 60,
        ["PopExcept"] = 61,
        ["CheckExcMatch"] = 62,
        ["LoadAssertionError"] = 63,
        ["YieldValue"] = 64,
        ["GetYieldFromIter"] = 65,
        ["Send"] = 66,
        ["ImportName"] = 67,
        ["ImportFrom"] = 68,
        ["ImportStar"] = 69,
        ["Unsupported"] = 70,
        ["BuildListUnpack"] = 71,
        ["DeleteSubscrSlice"] = 72,
        ["LoadBuildClass"] = 73,
        ["PopJumpIfNotNone"] = 74,
        ["GetAwaitable"] = 75,
        ["AwaitTopLevel"] = 76,
        ["GetAIter"] = 77,
        ["GetANext"] = 78,
        ["EndAsyncFor"] = 79,
        ["AsyncGenWrap"] = 80,
        ["BeforeAsyncWith"] = 81,
        ["MatchSequence"] = 90,
        ["MatchMapping"] = 91,
        ["GetLen"] = 92,
        ["MatchKeys"] = 93,
        ["CopyDictWithoutKeys"] = 94,
        ["MatchClass"] = 95,
        ["BeforeWith"] = 100,
        ["WithExceptStart"] = 101,
        ["LoadMethod"] = 102,
        ["CallMethod"] = 103,
    };

    [Fact]
    public void OpcodeNumbersArePinned()
    {
        var actual = Enum.GetValues<OpCode>().ToDictionary(op => op.ToString(), op => (int)op);
        foreach (var (name, value) in Pinned)
        {
            Assert.True(actual.TryGetValue(name, out var now), $"OpCode.{name} was removed or renamed. {Advice}");
            Assert.True(now == value, $"OpCode.{name} was {value} and is now {now}. {Advice}");
        }
        foreach (var name in actual.Keys)
            Assert.True(Pinned.ContainsKey(name), $"OpCode.{name} is new. {Advice}");
    }
}
