using System.Security.Cryptography;

namespace Monty.Engine;

/// <summary>Ambient authority the host chooses to give an execution. Scripts get no clock and no
/// randomness by default: <c>datetime.now()</c>, <c>time.time()</c>, <c>random</c> without a seed and
/// <c>uuid4()</c> raise <c>PermissionError</c> unless the matching grant is set. Deterministic
/// features (<c>random.seed(42)</c>, date arithmetic, hashing) never need a grant.</summary>
public sealed record MontyGrants
{
    /// <summary>The wall clock behind <c>datetime.now()</c>, <c>date.today()</c>, <c>utcnow()</c> and
    /// <c>time.time()</c>; naive local times use the offset of the value it returns. Granting it also
    /// enables <c>time.monotonic()</c>/<c>time.perf_counter()</c>, measured by the host's stopwatch.</summary>
    public Func<DateTimeOffset>? Clock { get; init; }

    /// <summary>Fills the buffer with random bytes: seeds <c>random</c> when the script does not, and
    /// feeds <c>uuid4()</c> and <c>random.SystemRandom</c>-style calls.</summary>
    public Action<byte[]>? Entropy { get; init; }

    /// <summary>No clock, no entropy: the default for every execution.</summary>
    public static MontyGrants None { get; } = new();

    /// <summary>The machine's real clock and cryptographic random bytes.</summary>
    public static MontyGrants System { get; } = new()
    {
        Clock = () => DateTimeOffset.Now,
        Entropy = buffer => RandomNumberGenerator.Fill(buffer),
    };
}
