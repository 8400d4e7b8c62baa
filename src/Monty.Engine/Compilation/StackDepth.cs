namespace Monty.Engine.Compilation;

/// <summary>Computes the deepest value stack a code object can reach by walking every path
/// through its instructions with each opcode's stack effect.</summary>
internal static class StackDepth
{
    public static int Compute(int[] code)
    {
        var depthAt = new int[code.Length + 1];
        Array.Fill(depthAt, -1);
        var work = new Stack<int>();
        var max = 0;
        void Visit(int target, int depth)
        {
            if (target >= depthAt.Length || depth < 0) return;
            if (depthAt[target] >= depth) return;
            depthAt[target] = depth;
            work.Push(target);
        }
        Visit(0, 0);
        while (work.Count > 0)
        {
            var ip = work.Pop();
            var depth = depthAt[ip];
            while (ip < code.Length)
            {
                var word = code[ip];
                var op = (OpCode)(byte)word;
                var arg = word >> 8;
                max = Math.Max(max, depth);
                var (fall, jump, terminal) = Effect(op, arg);
                if (jump is { } j)
                {
                    Visit(arg, depth + j);
                    max = Math.Max(max, depth + j);
                }
                if (terminal) break;
                depth += fall;
                max = Math.Max(max, depth);
                ip++;
                if (depthAt[ip] >= depth) break;
                depthAt[ip] = depth;
            }
        }
        return max + 2;
    }

    /// <summary>(fallthrough effect, jump effect or null, whether control cannot fall through).</summary>
    private static (int Fall, int? Jump, bool Terminal) Effect(OpCode op, int arg) => op switch
    {
        OpCode.Nop => (0, null, false),
        OpCode.LoadConst or OpCode.Copy or OpCode.LoadFast or OpCode.LoadDeref or OpCode.LoadClosure
            or OpCode.LoadGlobal or OpCode.LoadName or OpCode.LoadAssertionError or OpCode.ImportName
            or OpCode.ImportFrom or OpCode.LoadBuildClass or OpCode.BeforeWith or OpCode.WithExceptStart => (1, null, false),
        OpCode.Pop or OpCode.StoreFast or OpCode.StoreDeref or OpCode.StoreGlobal or OpCode.StoreName
            or OpCode.DeleteAttr or OpCode.BinarySubscr or OpCode.BinaryOp or OpCode.CompareOp
            or OpCode.ListAppend or OpCode.SetAdd or OpCode.ListExtend or OpCode.SetUpdate
            or OpCode.DictUpdate or OpCode.DictMerge or OpCode.ImportStar => (-1, null, false),
        OpCode.Swap or OpCode.DeleteFast or OpCode.DeleteDeref or OpCode.DeleteGlobal or OpCode.DeleteName
            or OpCode.LoadAttr or OpCode.UnaryOp or OpCode.ListToTuple or OpCode.GetIter or OpCode.PopBlock
            or OpCode.SetupHandler or OpCode.PopExcept or OpCode.CheckExcMatch or OpCode.YieldValue
            or OpCode.GetYieldFromIter or OpCode.BuildListUnpack => (0, null, false),
        OpCode.StoreAttr or OpCode.DeleteSubscr or OpCode.MapAdd or OpCode.DeleteSubscrSlice => (-2, null, false),
        OpCode.StoreSubscr => (-3, null, false),
        OpCode.BuildSlice => (1 - arg, null, false),
        OpCode.BuildTuple or OpCode.BuildList or OpCode.BuildSet or OpCode.BuildString => (1 - arg, null, false),
        OpCode.BuildMap => (1 - 2 * arg, null, false),
        OpCode.UnpackSequence => (arg - 1, null, false),
        OpCode.UnpackEx => ((arg & 0xFF) + (arg >> 8), null, false),
        OpCode.FormatValue => ((arg & 4) != 0 ? -1 : 0, null, false),
        OpCode.Jump => (0, 0, true),
        OpCode.PopJumpIfFalse or OpCode.PopJumpIfTrue or OpCode.PopJumpIfNotNone => (-1, -1, false),
        OpCode.JumpIfFalseOrPop or OpCode.JumpIfTrueOrPop => (-1, 0, false),
        OpCode.ForIter => (1, -1, false),
        OpCode.ReturnValue => (-1, null, true),
        OpCode.Call => (-arg, null, false),
        OpCode.LoadMethod => (1, null, false),
        OpCode.CallMethod => (-arg - 1, null, false),
        OpCode.CallKw => (-arg - 1, null, false),
        OpCode.CallEx => (-arg - 1, null, false),
        OpCode.MakeFunction => (-System.Numerics.BitOperations.PopCount((uint)arg), null, false),
        OpCode.SetupExcept => (0, 2, false),
        OpCode.Raise => (-arg, null, true),
        OpCode.Reraise => (-1, null, true),
        OpCode.Send => (0, -1, false),
        OpCode.Unsupported => (0, null, true),
        OpCode.GetAwaitable or OpCode.AwaitTopLevel or OpCode.GetAIter or OpCode.AsyncGenWrap => (0, null, false),
        OpCode.GetANext or OpCode.BeforeAsyncWith => (1, null, false),
        OpCode.EndAsyncFor => (-3, null, false),
        OpCode.MatchSequence or OpCode.MatchMapping or OpCode.GetLen or OpCode.MatchKeys => (1, null, false),
        OpCode.CopyDictWithoutKeys => (0, null, false),
        OpCode.MatchClass => (-2, null, false),
        _ => throw new InvalidOperationException($"No stack effect for {op}."),
    };
}
