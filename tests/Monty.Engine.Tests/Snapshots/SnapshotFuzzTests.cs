using Monty.Engine.Objects;
using Xunit.Abstractions;

namespace Monty.Engine.Tests.Snapshots;

/// <summary>Snapshots are untrusted: corrupted bytes must either load or raise
/// MontySnapshotException, and whatever loads must run without crashing the host.</summary>
public class SnapshotFuzzTests(ITestOutputHelper log)
{
    /// <summary>Suspended deep inside: prelude key function, generator, closure, handler, dicts...</summary>
    private const string Script = """
        import_like = {'a': [1, 2.5, 'x'], ('t', None): frozenset({1, 2}), 3: b'bytes'}
        big = 2 ** 100
        text = 'snap 😀'
        def make(n):
            total = [0]
            def add(v):
                total[0] += v
                return total[0]
            return add
        adder = make(1)
        def gen(k):
            for i in range(k):
                try:
                    yield fetch(i, tag='gen')
                except ValueError as e:
                    yield str(e)
        results = []
        try:
            for v in gen(3):
                results.append(adder(v if isinstance(v, int) else 0))
        finally:
            results.append('done')
        ordered = sorted([3, 1, 2], key=lambda x: fetch(x))
        print(results, ordered, big, text, import_like)
        results
        """;

    /// <summary>Tight limits so a corrupted but loadable program cannot run long.</summary>
    private static readonly ResourceLimits FuzzLimits = new()
    {
        MaxDuration = TimeSpan.FromMilliseconds(200),
        MaxMemory = 32L * 1024 * 1024,
        MaxOutputBytes = 64 * 1024,
        MaxSuspensions = 40,
        MaxRecursionDepth = 200,
    };

    private static byte[] ValidSnapshot(int stopAtCall)
    {
        var execution = MontyProgram.Compile(Script, hostFunctions: ["fetch"]).Start();
        for (var i = 0; i < stopAtCall; i++) execution = execution.Resume(MontyValue.From(i));
        Assert.Equal(ExecutionStatus.CallPending, execution.Status);
        return execution.Dump();
    }

    [Fact]
    public void CorruptedSnapshotsLoadOrFailCleanly()
    {
        var random = new Random(20240611);
        var loaded = 0;
        var rejected = 0;
        var failedAfterLoad = 0;
        var messages = new Dictionary<string, int>();
        foreach (var stop in new[] { 1, 4 })
        {
            var valid = ValidSnapshot(stop);
            for (var variant = 0; variant < 1500; variant++)
            {
                var bytes = Mutate(valid, random);
                MontyExecution execution;
                try
                {
                    execution = MontyExecution.Load(bytes, limits: FuzzLimits);
                }
                catch (MontySnapshotException e)
                {
                    Assert.DoesNotContain("unexpected", e.Message); // a loader bug caught by the last-resort guard
                    rejected++;
                    var key = System.Text.RegularExpressions.Regex.Replace(e.Message, @"\d+", "#");
                    key = key.Length > 90 ? key[..90] : key;
                    messages[key] = messages.GetValueOrDefault(key) + 1;
                    continue;
                }
                loaded++;
                if (RunToEnd(execution) == ExecutionStatus.Failed) failedAfterLoad++;
            }
        }
        log.WriteLine($"variants: {loaded + rejected}, loaded: {loaded} (failed while running: {failedAfterLoad}), rejected: {rejected}");
        foreach (var kv in messages.OrderByDescending(kv => kv.Value).Take(15)) log.WriteLine($"{kv.Value,5}  {kv.Key}");
        Assert.True(rejected > 1000, "most corruptions should be detected");
        Assert.True(loaded > 50, "some corruptions (in string or number payloads) should still load");
    }

    [Fact]
    public void SwappedStackValueFailsWithSystemErrorInsteadOfThrowing()
    {
        // A type confusion the loader cannot see: the comprehension's list replaced by a str.
        var execution = MontyProgram.Compile("[fetch(x) for x in range(3)]", hostFunctions: ["fetch"]).Start();
        var frame = execution.Vm!.Top!;
        var slot = Array.FindIndex(frame.Values, v => v is PyList);
        Assert.True(slot >= 0);
        frame.Values[slot] = PyStr.Of("not a list");
        var restored = MontyExecution.Load(execution.Dump());
        var done = restored.Resume(MontyValue.From(1));
        Assert.Equal(ExecutionStatus.Failed, done.Status);
        Assert.Equal("SystemError", done.Error!.TypeName);
        Assert.Contains("internal error", done.Error.Message);
    }

    [Fact]
    public void PayloadCorruptionLoadsAndRuns()
    {
        // Change a character inside a string constant: still a valid snapshot, different output.
        var execution = MontyProgram.Compile("x = fetch(1)\nprint('hello world')", hostFunctions: ["fetch"]).Start();
        var bytes = execution.Dump();
        // The last copy is the constant: source lines are written before the code that owns them.
        var at = LastIndexOf(bytes, "hello world"u8.ToArray());
        Assert.True(at > 0);
        bytes[at] = (byte)'j';
        var output = new CapturedOutput();
        var done = MontyExecution.Load(bytes, output).Resume(MontyValue.None);
        Assert.Equal(ExecutionStatus.Completed, done.Status);
        Assert.Equal("jello world\n", output.Text);
    }

    private static ExecutionStatus RunToEnd(MontyExecution execution)
    {
        for (var i = 0; i < 50 && execution.Status == ExecutionStatus.CallPending; i++)
        {
            execution = i % 3 == 2 ? execution.ResumeWithException("ValueError", "fuzz") : execution.Resume(MontyValue.From(i));
            if (execution.Status == ExecutionStatus.CallPending)
            {
                // Dumping a corrupted-but-loaded execution must work too.
                execution = MontyExecution.Load(execution.Dump(), limits: FuzzLimits);
            }
        }
        return execution.Status;
    }

    private static byte[] Mutate(byte[] valid, Random random)
    {
        var bytes = (byte[])valid.Clone();
        var position = random.Next(bytes.Length);
        switch (random.Next(6))
        {
            case 0:
                bytes[position] ^= (byte)(1 << random.Next(8));
                return bytes;
            case 1:
                bytes[position] = (byte)random.Next(256);
                return bytes;
            case 2:
                return bytes[..position];
            case 3:
                for (var i = position; i < Math.Min(bytes.Length, position + 1 + random.Next(4)); i++) bytes[i] = (byte)random.Next(256);
                return bytes;
            case 4:
                return [.. bytes[..position], (byte)random.Next(256), .. bytes[position..]];
            default:
                return [.. bytes[..position], .. bytes[(position + 1)..]];
        }
    }

    private static int LastIndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = haystack.Length - needle.Length; i >= 0; i--)
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) return i;
        return -1;
    }
}
