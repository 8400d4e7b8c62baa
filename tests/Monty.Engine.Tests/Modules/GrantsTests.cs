namespace Monty.Engine.Tests.Modules;

/// <summary>The clock and entropy grants: off by default (PermissionError), deterministic when the
/// host hands in a fixed clock or fixed bytes, and changeable between feeds.</summary>
public sealed class GrantsTests
{
    private static readonly DateTimeOffset Fixed = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)).AddTicks(1234560);

    private static readonly MontyGrants FixedClock = new() { Clock = () => Fixed };

    /// <summary>Entropy that fills every buffer with 0, 1, 2, ... so draws are reproducible.</summary>
    private static readonly MontyGrants CountingEntropy = new()
    {
        Entropy = buffer =>
        {
            for (var i = 0; i < buffer.Length; i++) buffer[i] = (byte)i;
        },
    };

    private static MontyExecution Run(string code, MontyGrants? grants = null) =>
        MontyProgram.Compile(code).Start(limits: ResourceLimits.SafeDefaults, grants: grants);

    private static string Value(string code, MontyGrants? grants = null)
    {
        var run = Run(code, grants);
        Assert.True(run.Status == ExecutionStatus.Completed, run.Error?.FormattedTraceback);
        return ((MontyStr)run.Result!).Value;
    }

    [Theory]
    [InlineData("import datetime\ndatetime.datetime.now()", "datetime.now()")]
    [InlineData("import datetime\ndatetime.date.today()", "date.today()")]
    [InlineData("import datetime\ndatetime.datetime.utcnow()", "datetime.utcnow()")]
    [InlineData("import time\ntime.time()", "time.time()")]
    [InlineData("import time\ntime.monotonic()", "time.monotonic()")]
    [InlineData("import time\ntime.perf_counter()", "time.perf_counter()")]
    public void ClockReadingsNeedTheClockGrant(string code, string caller)
    {
        var run = Run(code);
        Assert.Equal(ExecutionStatus.Failed, run.Status);
        Assert.Equal("PermissionError", run.Error!.TypeName);
        Assert.Equal($"{caller} needs a clock, and the host has not granted one", run.Error.Message);
    }

    [Fact]
    public void AGrantedClockDrivesNowTodayAndTime()
    {
        Assert.Equal("2024-05-06 07:08:09.123456", Value("import datetime\nstr(datetime.datetime.now())", FixedClock));
        Assert.Equal("2024-05-06 05:08:09.123456", Value("import datetime\nstr(datetime.datetime.utcnow())", FixedClock));
        Assert.Equal("2024-05-06T05:08:09.123456+00:00",
            Value("from datetime import datetime, timezone\ndatetime.now(timezone.utc).isoformat()", FixedClock));
        Assert.Equal("2024-05-06", Value("from datetime import date\nstr(date.today())", FixedClock));
        Assert.Equal(Fixed.ToUnixTimeMilliseconds() / 1000.0 + 0.000456,
            double.Parse(Value("import time\nrepr(time.time())", FixedClock), System.Globalization.CultureInfo.InvariantCulture), 6);
        Assert.Equal("True", Value("import time\na = time.monotonic()\nb = time.perf_counter_ns()\nstr(time.monotonic() >= a and b > 0)", FixedClock));
    }

    [Fact]
    public void SleepReturnsAtOnceAndChecksItsArgument()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal("None", Value("import time\nrepr(time.sleep(30))"));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10));
        var run = Run("import time\ntime.sleep(-1)");
        Assert.Equal("ValueError: sleep length must be non-negative", run.Error!.Summary);
    }

    [Theory]
    [InlineData("import random\nrandom.random()", "random without a seed")]
    [InlineData("import random\nrandom.Random()", "random without a seed")]
    [InlineData("import random\nrandom.seed()", "random without a seed")]
    [InlineData("import uuid\nuuid.uuid4()", "uuid.uuid4()")]
    public void RandomnessWithoutASeedNeedsTheEntropyGrant(string code, string caller)
    {
        var run = Run(code);
        Assert.Equal("PermissionError", run.Error!.TypeName);
        Assert.Equal($"{caller} needs entropy, and the host has not granted any (seed it instead)", run.Error.Message);
    }

    [Fact]
    public void SeededRandomNeedsNoGrant() =>
        Assert.Equal("0.6394267984578837", Value("import random\nrandom.seed(42)\nrepr(random.random())"));

    [Fact]
    public void GrantedEntropySeedsRandomAndUuid4()
    {
        var first = Value("import random\nrepr([random.random(), random.randint(1, 100), random.Random().random()])", CountingEntropy);
        var second = Value("import random\nrepr([random.random(), random.randint(1, 100), random.Random().random()])", CountingEntropy);
        Assert.Equal(first, second);
        Assert.Equal("00010203-0405-4607-8809-0a0b0c0d0e0f", Value("import uuid\nstr(uuid.uuid4())", CountingEntropy));
        Assert.Equal("4", Value("import uuid\nstr(uuid.uuid4().version)", MontyGrants.System));
    }

    [Fact]
    public void SessionGrantsCanChangeBetweenFeeds()
    {
        var session = new MontySession(grants: FixedClock);
        Assert.Equal(ExecutionStatus.Completed, session.Feed("import datetime\nd = datetime.date.today()").Status);
        session.Grants = MontyGrants.None;
        Assert.Equal("PermissionError", session.Feed("datetime.date.today()").Error!.TypeName);
        Assert.Equal(ExecutionStatus.Completed, session.Feed("d.year").Status);
    }
}
