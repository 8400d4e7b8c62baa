using Monty.Engine.Compilation;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Snapshots;

/// <summary>Checks that loaded frames can run: bytecode verified, frames consistent with their
/// code (instruction pointer on a reachable instruction, stack pointer and block stack matching
/// the verified depths), generators and frames pointing at each other one to one, and the
/// execution's frame chain acyclic, within the recursion limit, and linked the way the VM links
/// callers (generator frames resumed by a next/for/send mode, plain frames by a call).</summary>
internal sealed class StateValidator(LoadContext context, Func<string, Exception> error)
{
    private readonly Dictionary<CodeObject, CodeFacts> _facts = new(ReferenceEqualityComparer.Instance);

    public void VerifyCode()
    {
        foreach (var code in context.Codes) Facts(code);
    }

    /// <summary>Validates every frame and generator; returns the chain length from top.</summary>
    public int Validate(Frame? top, int maxDepth)
    {
        foreach (var generator in context.Generators)
        {
            if (!ReferenceEquals(generator.Frame.Generator, generator))
                throw error($"generator {generator.QualName} and its frame do not refer to each other");
            if (generator.Running && generator.Finished) throw error($"generator {generator.QualName} is both running and finished");
        }
        foreach (var frame in context.Frames)
        {
            if (frame.Generator is { } owner && !ReferenceEquals(owner.Frame, frame))
                throw error($"a frame claims generator {owner.QualName}, which runs another frame");
        }
        var chain = new List<Frame>();
        var onChain = new HashSet<Frame>(ReferenceEqualityComparer.Instance);
        for (var f = top; f is not null; f = f.Back)
        {
            if (!onChain.Add(f)) throw error("the frame chain loops");
            if (chain.Count >= maxDepth) throw error($"the frame chain is deeper than the recursion limit {maxDepth}");
            chain.Add(f);
        }
        for (var i = 0; i < chain.Count; i++)
        {
            // Every frame on the chain waits for one value: the top one the host's answer, the
            // others their callee's result or yield. A caller whose callee materialises an
            // iterable (Retry) instead has the iterable patched in place and re-runs an instruction.
            // A Discard callee (a setter, __setitem__) hands nothing back either.
            var awaitsValue = i == 0 || chain[i - 1].Mode is not (ResumeMode.Retry or ResumeMode.Discard);
            ValidateChainFrame(chain[i], i == chain.Count - 1, awaitsValue);
        }
        foreach (var frame in context.Frames)
        {
            if (onChain.Contains(frame)) continue;
            if (frame.Back is not null) throw error("a frame off the execution's chain has a caller");
            if (frame.Generator is { } g)
            {
                if (g.Running) throw error($"generator {g.QualName} is marked running but its frame is not executing");
                // Finished generators are never resumed (their frames are cleared on exit); a started
                // one waits at a yield for the value sent in, an unstarted one is at its first instruction.
                if (!g.Finished) ValidateState(frame, awaitsValue: g.Started);
            }
        }
        return chain.Count;
    }

    private void ValidateChainFrame(Frame frame, bool isBottom, bool awaitsValue)
    {
        if (frame.Generator is { } g)
        {
            if (isBottom) throw error("a generator frame is at the bottom of the frame chain");
            if (!g.Running) throw error($"generator {g.QualName} is executing but not marked running");
            if (frame.Mode is ResumeMode.Call or ResumeMode.Retry or ResumeMode.Discard or ResumeMode.Init)
                throw error($"generator frame has resume mode {frame.Mode}");
        }
        else if (frame.Mode is not (ResumeMode.Call or ResumeMode.Retry or ResumeMode.Discard or ResumeMode.Init)
                 || (isBottom && frame.Mode != ResumeMode.Call))
        {
            throw error($"a plain frame has resume mode {frame.Mode}");
        }
        if (frame.Back is { } caller)
        {
            var callerCode = caller.Code.Instructions.Length;
            switch (frame.Mode)
            {
                case ResumeMode.ForIter or ResumeMode.Send or ResumeMode.ASend when frame.ExitTarget < 0 || frame.ExitTarget >= callerCode:
                    throw error($"exit target {frame.ExitTarget} is outside the caller's code");
                case ResumeMode.NextDefault when frame.Default is null:
                    throw error("next() with a default has no default");
                case ResumeMode.Init when frame.Default is null:
                    throw error("an __init__ frame has no instance");
                case ResumeMode.Retry when frame.RetrySlot < caller.Code.VarNames.Length || frame.RetrySlot >= caller.Sp
                                           || frame.RetryIp < 0 || frame.RetryIp >= callerCode || frame.RetryOriginal is null:
                    throw error("a materialising frame points outside its caller's stack or code");
            }
        }
        ValidateState(frame, awaitsValue);
    }

    private void ValidateState(Frame frame, bool awaitsValue)
    {
        var code = frame.Code;
        var facts = Facts(code);
        if (frame.Ip >= code.Instructions.Length) throw error($"instruction pointer {frame.Ip} is past the end of {code.QualName}");
        var depth = facts.StackDepth[frame.Ip];
        if (depth < 0) throw error($"instruction pointer {frame.Ip} in {code.QualName} is unreachable");
        var locals = code.VarNames.Length;
        var stack = frame.Sp - locals;
        // A frame waiting for a value is one item short of the depth before its next instruction.
        if (stack != (awaitsValue ? depth - 1 : depth))
            throw error($"stack holds {stack} items at instruction {frame.Ip} of {code.QualName}, which expects {depth}");
        if (frame.BlockCount != facts.BlockDepth[frame.Ip])
            throw error($"{frame.BlockCount} blocks at instruction {frame.Ip} of {code.QualName}, which expects {facts.BlockDepth[frame.Ip]}");
        for (var i = 0; i < frame.BlockCount; i++)
        {
            var block = frame.Blocks[i];
            // An except block's depth is where unwinding truncates the stack to; a handler body's
            // block sits above [saved exception, exception], and the body may already have popped
            // the exception (except ... as e), but the saved one below must still be there.
            var (minimum, maximum) = block.IsHandlerBody ? (locals + 2, frame.Sp + 1) : (locals, frame.Sp);
            if (block.StackDepth < minimum || block.StackDepth > maximum)
                throw error($"block {i} of {code.QualName} records stack depth {block.StackDepth} outside [{minimum}, {maximum}]");
            if (!block.IsHandlerBody)
            {
                if (block.Handler < 0 || block.Handler >= code.Instructions.Length)
                    throw error($"block {i} of {code.QualName} jumps to {block.Handler}, outside the code");
                if (facts.StackDepth[block.Handler] != block.StackDepth - locals + 2)
                    throw error($"block {i} of {code.QualName} enters its handler at the wrong stack depth");
            }
        }
    }

    private CodeFacts Facts(CodeObject code)
    {
        if (!_facts.TryGetValue(code, out var facts))
        {
            facts = CodeVerifier.Verify(code, message => error($"{code.QualName}: {message}"));
            _facts[code] = facts;
        }
        return facts;
    }
}
