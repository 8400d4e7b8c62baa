
namespace Monty.Engine.Tests.Modules;

/// <summary>textwrap is written in Python: its wrappers are ordinary instances of a module class,
/// so they survive Dump/Load with their options, and the module works again after a restore.</summary>
public sealed class TextwrapTests
{
    private static string Eval(MontySession session, string code)
    {
        var run = session.Feed(code);
        Assert.True(run.Status == ExecutionStatus.Completed, run.Error?.FormattedTraceback);
        return ((MontyStr)run.Result!).Value;
    }

    private const string Probe = "repr([w.fill(text), fill(text, 12), textwrap.shorten(text, 20), w.max_lines])";

    [Fact]
    public void AWrapperAndTheModuleRoundTrip()
    {
        var session = new MontySession();
        Eval(session, """
            import textwrap
            from textwrap import fill
            text = 'A well-known state-of-the-art sentence -- wrapped. Twice over.'
            w = textwrap.TextWrapper(width=16, initial_indent='* ', fix_sentence_endings=True)
            w.max_lines = 3
            ''
            """);
        var restored = MontySession.Load(session.Dump());
        var expected = Eval(session, Probe);
        Assert.Equal(expected, Eval(restored, Probe));
        Assert.Contains("* A well-known", expected);
    }

    [Fact]
    public void ThePredicateOfIndentRunsAsPythonAndMaySeeErrors()
    {
        var session = new MontySession();
        var run = session.Feed("import textwrap\ntextwrap.indent('a\\nb', '> ', lambda line: 1 / 0)");
        Assert.Equal(ExecutionStatus.Failed, run.Status);
        Assert.Equal("ZeroDivisionError", run.Error!.TypeName);
    }

    [Fact]
    public void AHostFunctionAsPredicateSuspendsInsideIndentAndResumesFromASnapshot()
    {
        var execution = MontyProgram.Compile("import textwrap\ntextwrap.indent('a\\nskip\\nb\\n', '> ', keep)",
            hostFunctions: ["keep"]).Start();
        var asked = new List<string>();
        while (execution.Status == ExecutionStatus.CallPending)
        {
            var line = ((MontyStr)execution.PendingCall!.Args[0]).Value;
            asked.Add(line);
            execution = MontyExecution.Load(execution.Dump()).Resume(MontyValue.From(line != "skip\n"));
        }
        Assert.Equal(["a\n", "skip\n", "b\n"], asked);
        Assert.Equal(new MontyStr("> a\nskip\n> b\n"), execution.Result);
    }

    [Fact]
    public void AnIndentWiderThanTheWidthStillEnds()
    {
        // CPython never returns from these calls; the leftover empty chunk is dropped here.
        var session = new MontySession(limits: new ResourceLimits { MaxDuration = TimeSpan.FromSeconds(5) });
        Eval(session, "import textwrap\n''");
        Assert.Equal("['* é']", Eval(session, "repr(textwrap.wrap(' é', 1, initial_indent='* '))"));
        Assert.Equal("['* a', '* b']", Eval(session, "repr(textwrap.wrap('  a b', 1, initial_indent='* ', subsequent_indent='* '))"));
        Assert.Equal("['**a', '**b']", Eval(session,
            "repr(textwrap.wrap('ab', 1, initial_indent='**', subsequent_indent='**', drop_whitespace=False))"));
    }
}
