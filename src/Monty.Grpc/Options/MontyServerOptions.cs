namespace Monty.Grpc.Options;

/// <summary>Server settings, bound from the "Monty" configuration section (appsettings.json,
/// or environment variables such as Monty__Port=6000). Validated at startup.</summary>
public sealed class MontyServerOptions
{
    public const string SectionName = "Monty";

    /// <summary>"localhost" (IPv4 and IPv6 loopback), "*" (all interfaces) or an IP address.</summary>
    public string Address { get; set; } = "localhost";

    /// <summary>TCP port; 0 picks a free one (with an IP address only).</summary>
    public int Port { get; set; } = 50051;

    /// <summary>Serve TLS with this certificate; without it the server speaks h2c (cleartext HTTP/2).</summary>
    public TlsOptions Tls { get; set; } = new();

    /// <summary>Accepted API keys. Empty: no authentication (fine on localhost, not elsewhere).</summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>Limits of a session whose client asks for none.</summary>
    public LimitOptions DefaultLimits { get; set; } = LimitOptions.CreateDefaults();

    /// <summary>Upper bounds for the limits a client asks for. A null field allows unlimited.</summary>
    public LimitOptions MaxLimits { get; set; } = LimitOptions.CreateMaximums();

    public int MaxConcurrentSessions { get; set; } = 1000;

    /// <summary>Feeds executing Python at the same time; the others wait for a slot without holding a thread.</summary>
    public int MaxRunningFeeds { get; set; } = Environment.ProcessorCount;

    /// <summary>How long a feed may wait for a call result before it fails with TimeoutError.</summary>
    public TimeSpan CallResultTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A session with no feed (or no configure yet) is closed after this long without requests.</summary>
    public TimeSpan IdleSessionTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>On shutdown, running feeds may finish within this period; the rest fail.</summary>
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest request message accepted (code, inputs, call results, snapshots).</summary>
    public int MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Largest response message sent; a bigger result or call fails the feed instead.</summary>
    public int MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Container nesting allowed in values. At most 32: deeper values would pass
    /// protobuf's parse recursion limit (100 messages) in some clients.</summary>
    public int MaxValueDepth { get; set; } = 32;

    /// <summary>Clock and entropy for scripts; none by default.</summary>
    public GrantOptions Grants { get; set; } = new();
}

public sealed class TlsOptions
{
    /// <summary>PFX, or PEM certificate (with <see cref="KeyPath"/>).</summary>
    public string? CertificatePath { get; set; }

    public string? KeyPath { get; set; }

    public string? CertificatePassword { get; set; }
}
