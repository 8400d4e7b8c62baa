using System.Numerics;
using Monty.Engine.Compilation;
using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Snapshots;

/// <summary>Value-stack and block-stack depth before each instruction (-1 where unreachable).</summary>
internal sealed record CodeFacts(int[] StackDepth, int[] BlockDepth);

/// <summary>Checks bytecode from a snapshot before the VM runs it: every opcode known, every
/// argument inside the constants, names, locals or cells it indexes, every jump inside the code,
/// and, by walking all paths, that each instruction sees one stack depth and one block depth,
/// never pops below empty, never pushes past MaxStack and never runs off the end. The compiler
/// emits such code; anything else is a corrupt or crafted snapshot.</summary>
internal static class CodeVerifier
{
    private static readonly int BinaryOpCount = Enum.GetValues<BinaryOp>().Length;
    private static readonly int UnaryOpCount = Enum.GetValues<UnaryOp>().Length;
    private static readonly int CompareOpCount = Enum.GetValues<CompareOp>().Length;

    /// <summary>Stack needs and effects of one instruction.</summary>
    private readonly record struct Effect(int Needs, int Fall, int? Jump, bool Terminal, int BlockChange = 0);

    public static CodeFacts Verify(CodeObject code, Func<string, Exception> error)
    {
        var instructions = code.Instructions;
        var n = instructions.Length;
        if (n == 0) throw error("code has no instructions");
        var depth = new int[n];
        var blocks = new int[n];
        Array.Fill(depth, -1);
        Array.Fill(blocks, -1);
        var work = new Stack<int>();
        void Reach(int target, int d, int b, int from)
        {
            if (target < 0 || target >= n) throw error($"instruction {from} jumps to {target}, outside the code");
            if (d > code.MaxStack) throw error($"the stack can reach {d} at instruction {target}, above the maximum {code.MaxStack}");
            if (depth[target] < 0)
            {
                depth[target] = d;
                blocks[target] = b;
                work.Push(target);
            }
            else if (depth[target] != d || blocks[target] != b)
            {
                throw error($"instruction {target} is reached with stack depths {depth[target]} and {d} " +
                            $"(blocks {blocks[target]} and {b})");
            }
        }
        Reach(0, 0, 0, 0);
        while (work.Count > 0)
        {
            var ip = work.Pop();
            var word = instructions[ip];
            if (word < 0) throw error($"instruction {ip} has a negative argument");
            var op = (OpCode)(byte)word;
            var arg = word >> 8;
            var effect = EffectOf(code, op, arg, ip, error);
            var d = depth[ip];
            var b = blocks[ip];
            if (d < effect.Needs) throw error($"{op} at instruction {ip} needs {effect.Needs} stack items but has {d}");
            var nb = b + effect.BlockChange;
            if (nb < 0) throw error($"{op} at instruction {ip} pops a block from an empty block stack");
            if (effect.Jump is { } jump)
            {
                // An exception handler starts with [previous handled exception, exception] pushed,
                // outside the block SetupExcept pushed.
                var jumpBlocks = op == OpCode.SetupExcept ? b : nb;
                Reach(arg, d + jump, jumpBlocks, ip);
            }
            if (effect.Terminal) continue;
            if (ip + 1 >= n) throw error($"execution runs off the end of the code after instruction {ip}");
            Reach(ip + 1, d + effect.Fall, nb, ip);
        }
        return new CodeFacts(depth, blocks);
    }

    private static Effect EffectOf(CodeObject code, OpCode op, int arg, int ip, Func<string, Exception> error)
    {
        void Check(bool ok, string what)
        {
            if (!ok) throw error($"{op} at instruction {ip} has argument {arg}: {what}");
        }
        var cells = code.CellVars.Length + code.FreeVars.Length;
        switch (op)
        {
            case OpCode.Nop:
                return new(0, 0, null, false);
            case OpCode.LoadConst:
                Check(arg < code.Constants.Length, "no such constant");
                return new(0, 1, null, false);
            case OpCode.Pop:
                return new(1, -1, null, false);
            case OpCode.Copy:
                Check(arg >= 1, "copies nothing");
                return new(arg, 1, null, false);
            case OpCode.Swap:
                Check(arg >= 1, "swaps nothing");
                return new(arg, 0, null, false);
            case OpCode.LoadFast:
                Check(arg < code.VarNames.Length, "no such local");
                return new(0, 1, null, false);
            case OpCode.StoreFast:
                Check(arg < code.VarNames.Length, "no such local");
                return new(1, -1, null, false);
            case OpCode.DeleteFast:
                Check(arg < code.VarNames.Length, "no such local");
                return new(0, 0, null, false);
            case OpCode.LoadDeref or OpCode.LoadClosure:
                Check(arg < cells, "no such cell");
                return new(0, 1, null, false);
            case OpCode.StoreDeref:
                Check(arg < cells, "no such cell");
                return new(1, -1, null, false);
            case OpCode.DeleteDeref:
                Check(arg < cells, "no such cell");
                return new(0, 0, null, false);
            case OpCode.LoadGlobal or OpCode.LoadName or OpCode.ImportName:
                Check(arg < code.Names.Length, "no such name");
                return new(0, 1, null, false);
            case OpCode.StoreGlobal or OpCode.StoreName:
                Check(arg < code.Names.Length, "no such name");
                return new(1, -1, null, false);
            case OpCode.DeleteGlobal or OpCode.DeleteName:
                Check(arg < code.Names.Length, "no such name");
                return new(0, 0, null, false);
            case OpCode.LoadAttr:
                Check(arg < code.Names.Length, "no such name");
                return new(1, 0, null, false);
            case OpCode.StoreAttr:
                Check(arg < code.Names.Length, "no such name");
                return new(2, -2, null, false);
            case OpCode.DeleteAttr:
                Check(arg < code.Names.Length, "no such name");
                return new(1, -1, null, false);
            case OpCode.ImportFrom:
                Check(arg < code.Names.Length, "no such name");
                return new(1, 1, null, false);
            case OpCode.ImportStar:
                return new(1, -1, null, false);
            case OpCode.BinarySubscr:
                return new(2, -1, null, false);
            case OpCode.StoreSubscr:
                return new(3, -3, null, false);
            case OpCode.DeleteSubscr:
                return new(2, -2, null, false);
            case OpCode.BuildSlice:
                Check(arg is 2 or 3, "slices have 2 or 3 parts");
                return new(arg, 1 - arg, null, false);
            case OpCode.BinaryOp:
                Check(arg < 32 && (arg & 15) < BinaryOpCount, "unknown operator");
                return new(2, -1, null, false);
            case OpCode.UnaryOp:
                Check(arg < UnaryOpCount, "unknown operator");
                return new(1, 0, null, false);
            case OpCode.CompareOp:
                Check(arg < CompareOpCount, "unknown operator");
                return new(2, -1, null, false);
            case OpCode.BuildTuple or OpCode.BuildList or OpCode.BuildSet or OpCode.BuildString:
                return new(arg, 1 - arg, null, false);
            case OpCode.BuildMap:
                return new(2 * arg, 1 - 2 * arg, null, false);
            case OpCode.ListAppend or OpCode.SetAdd or OpCode.ListExtend or OpCode.SetUpdate or OpCode.DictUpdate:
                return new(arg + 1, -1, null, false);
            case OpCode.DictMerge:
                // Reads the callee below the target dict for its error messages.
                return new(arg + 3, -1, null, false);
            case OpCode.MapAdd:
                return new(arg + 2, -2, null, false);
            case OpCode.ListToTuple or OpCode.GetIter or OpCode.GetYieldFromIter or OpCode.YieldValue:
                return new(1, 0, null, false);
            case OpCode.UnpackSequence:
                return new(1, arg - 1, null, false);
            case OpCode.UnpackEx:
                return new(1, (arg & 0xFF) + (arg >> 8), null, false);
            case OpCode.FormatValue:
                Check(arg < 8, "unknown conversion");
                return (arg & 4) != 0 ? new(2, -1, null, false) : new(1, 0, null, false);
            case OpCode.Jump:
                return new(0, 0, 0, true);
            case OpCode.PopJumpIfFalse or OpCode.PopJumpIfTrue or OpCode.PopJumpIfNotNone:
                return new(1, -1, -1, false);
            case OpCode.JumpIfFalseOrPop or OpCode.JumpIfTrueOrPop:
                return new(1, -1, 0, false);
            case OpCode.ForIter:
                return new(1, 1, -1, false);
            case OpCode.Send:
                // On return the sub-iterator below the sent value is replaced by the result.
                return new(2, 0, -1, false);
            case OpCode.ReturnValue:
                return new(1, -1, null, true);
            case OpCode.Call:
                return new(arg + 1, -arg, null, false);
            case OpCode.LoadMethod:
                Check(arg < code.Names.Length, "no such name");
                return new(1, 1, null, false);
            case OpCode.CallMethod:
                return new(arg + 2, -arg - 1, null, false);
            case OpCode.CallKw:
                return new(arg + 2, -arg - 1, null, false);
            case OpCode.CallEx:
                Check(arg is 0 or 1, "kwargs flag is 0 or 1");
                return new(arg + 2, -arg - 1, null, false);
            case OpCode.MakeFunction:
                {
                    Check(arg < 8, "unknown flags");
                    var extra = BitOperations.PopCount((uint)arg);
                    return new(1 + extra, -extra, null, false);
                }
            case OpCode.SetupExcept:
                return new(0, 0, 2, false, BlockChange: 1);
            case OpCode.SetupHandler:
                // The handler body's block restores the exception saved two slots down.
                return new(2, 0, null, false, BlockChange: 1);
            case OpCode.PopBlock or OpCode.PopExcept:
                return new(0, 0, null, false, BlockChange: -1);
            case OpCode.CheckExcMatch:
                return new(2, 0, null, false);
            case OpCode.Raise:
                Check(arg is >= 0 and <= 2, "unknown raise form");
                return new(arg, -arg, null, true);
            case OpCode.Reraise:
                return new(1, -1, null, true);
            case OpCode.LoadAssertionError or OpCode.LoadBuildClass:
                return new(0, 1, null, false);
            case OpCode.Unsupported:
                Check(arg < code.Constants.Length && code.Constants[arg] is PyStr, "needs a str constant");
                return new(0, 0, null, true);
            case OpCode.BuildListUnpack:
                return new(1, 0, null, false);
            case OpCode.DeleteSubscrSlice:
                return new(2, -2, null, false);
            case OpCode.GetAwaitable or OpCode.GetAIter or OpCode.AwaitTopLevel or OpCode.AsyncGenWrap:
                return new(1, 0, null, false);
            case OpCode.BeforeWith:
                return new(1, 1, null, false);
            case OpCode.WithExceptStart:
                return new(3, 1, null, false);
            case OpCode.GetANext or OpCode.BeforeAsyncWith:
                return new(1, 1, null, false);
            case OpCode.EndAsyncFor:
                return new(3, -3, null, false);
            case OpCode.MatchSequence or OpCode.MatchMapping or OpCode.GetLen:
                return new(1, 1, null, false);
            case OpCode.MatchKeys:
                return new(2, 1, null, false);
            case OpCode.CopyDictWithoutKeys:
                return new(2, 0, null, false);
            case OpCode.MatchClass:
                return new(3, -2, null, false);
            default:
                throw error($"unknown opcode {(int)op} at instruction {ip}");
        }
    }
}
