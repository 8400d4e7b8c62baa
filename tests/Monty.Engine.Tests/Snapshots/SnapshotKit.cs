using System.Text;

namespace Monty.Engine.Tests.Snapshots;

/// <summary>Collects printed output.</summary>
internal sealed class CapturedOutput : IMontyOutput
{
    private readonly StringBuilder _text = new();

    public string Text => _text.ToString();

    public void Write(OutputStream stream, string text) => _text.Append(stream == OutputStream.Stderr ? "[err]" : "").Append(text);
}

/// <summary>What a run produced, for comparing a plain run with a run through snapshots.</summary>
internal sealed record RunOutcome(ExecutionStatus Status, MontyValue? Result, string? Error, string Output, int HostCalls, long LastCallId);

/// <summary>Runs scripts that call host functions, answering each call from its arguments, either
/// straight through or by dumping and loading a new execution at every call.</summary>
internal static class SnapshotKit
{
    /// <summary>Answers a host call; returning null raises ValueError("boom") in the script instead.</summary>
    public delegate MontyValue? Answer(HostCall call);

    public static MontyValue? Echo(HostCall call) => call.Args.Count > 0 ? call.Args[0] : MontyValue.None;

    public static RunOutcome RunPlain(string code, string[] hostFunctions, Answer answer, ResourceLimits? limits = null)
    {
        var output = new CapturedOutput();
        var execution = MontyProgram.Compile(code, hostFunctions: hostFunctions).Start(limits: limits, output: output);
        var calls = 0;
        long lastId = 0;
        while (execution.Status == ExecutionStatus.CallPending)
        {
            calls++;
            lastId = execution.PendingCall!.CallId;
            execution = Reply(execution, answer);
        }
        return Outcome(execution, output, calls, lastId);
    }

    public static RunOutcome RunThroughSnapshots(string code, string[] hostFunctions, Answer answer, ResourceLimits? limits = null)
    {
        var output = new CapturedOutput();
        var execution = MontyProgram.Compile(code, hostFunctions: hostFunctions).Start(limits: limits, output: output);
        var calls = 0;
        long lastId = 0;
        while (execution.Status == ExecutionStatus.CallPending)
        {
            calls++;
            var before = execution.PendingCall!;
            var bytes = execution.Dump();
            var restored = MontyExecution.Load(bytes, output);
            Assert.NotSame(execution, restored);
            Assert.Equal(ExecutionStatus.CallPending, restored.Status);
            AssertSameCall(before, restored.PendingCall!);
            lastId = before.CallId;
            execution = Reply(restored, answer);
        }
        return Outcome(execution, output, calls, lastId);
    }

    /// <summary>Runs both ways and asserts they agree; returns the plain outcome.</summary>
    public static RunOutcome AssertSameWithSnapshots(string code, string[] hostFunctions, Answer? answer = null)
    {
        answer ??= Echo;
        var plain = RunPlain(code, hostFunctions, answer);
        var snapped = RunThroughSnapshots(code, hostFunctions, answer);
        Assert.Equal(plain, snapped);
        Assert.True(plain.HostCalls > 0, "the script should call the host");
        return plain;
    }

    public static void AssertSameCall(HostCall expected, HostCall actual)
    {
        Assert.Equal(expected.CallId, actual.CallId);
        Assert.Equal(expected.FunctionName, actual.FunctionName);
        Assert.Equal(expected.Args, actual.Args);
        Assert.Equal(expected.Kwargs, actual.Kwargs);
    }

    private static MontyExecution Reply(MontyExecution execution, Answer answer)
    {
        var value = answer(execution.PendingCall!);
        return value is null ? execution.ResumeWithException("ValueError", "boom") : execution.Resume(value);
    }

    private static RunOutcome Outcome(MontyExecution execution, CapturedOutput output, int calls, long lastId) =>
        new(execution.Status, execution.Result, execution.Error?.FormattedTraceback, output.Text, calls, lastId);
}
