using Monty.Engine;

namespace Monty.Grpc.Options;

/// <summary>Ambient authority the server gives every session's scripts ("Monty:Grants"). Both are off by
/// default: scripts then get PermissionError from datetime.now(), time.time(), unseeded random and uuid4().</summary>
public sealed class GrantOptions
{
    /// <summary>Let scripts read the server's wall clock (datetime.now, date.today, time.time, time.monotonic).</summary>
    public bool Clock { get; set; }

    /// <summary>Let scripts draw cryptographic random bytes (unseeded random, random.Random(), uuid4).</summary>
    public bool Entropy { get; set; }

    /// <summary>The engine grants these options stand for.</summary>
    public MontyGrants ToEngineGrants() => (Clock, Entropy) switch
    {
        (false, false) => MontyGrants.None,
        (true, true) => MontyGrants.System,
        (true, false) => MontyGrants.None with { Clock = MontyGrants.System.Clock },
        _ => MontyGrants.None with { Entropy = MontyGrants.System.Entropy },
    };
}
