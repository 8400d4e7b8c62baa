using Microsoft.Extensions.Options;

namespace Monty.Grpc.Options;

/// <summary>Rejects a configuration that would make the server unsafe or unusable, at startup
/// rather than on the first request.</summary>
internal sealed class MontyServerOptionsValidator : IValidateOptions<MontyServerOptions>
{
    /// <summary>Shorter keys are guessable; the check is cheap insurance against "test" in production.</summary>
    public const int MinApiKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, MontyServerOptions o)
    {
        var errors = new List<string>();
        if (o.Port is < 0 or > 65535) errors.Add($"Monty:Port must be 0-65535 (got {o.Port}).");
        if (o.Port == 0 && o.Address == "localhost") errors.Add("Monty:Port 0 needs an IP address in Monty:Address (e.g. 127.0.0.1).");
        if (string.IsNullOrWhiteSpace(o.Address)) errors.Add("Monty:Address is empty.");
        else if (o.Address is not ("localhost" or "*") && !System.Net.IPAddress.TryParse(o.Address, out _))
            errors.Add($"Monty:Address must be 'localhost', '*' or an IP address (got '{o.Address}').");
        if (o.Tls.CertificatePath is { } cert && !File.Exists(cert)) errors.Add($"Monty:Tls:CertificatePath '{cert}' does not exist.");
        if (o.Tls.KeyPath is { } key && !File.Exists(key)) errors.Add($"Monty:Tls:KeyPath '{key}' does not exist.");
        if (o.Tls.KeyPath is not null && o.Tls.CertificatePath is null) errors.Add("Monty:Tls:KeyPath is set but Monty:Tls:CertificatePath is not.");
        for (var i = 0; i < o.ApiKeys.Count; i++)
            if (o.ApiKeys[i] is not { Length: >= MinApiKeyLength })
                errors.Add($"Monty:ApiKeys:{i} must be at least {MinApiKeyLength} characters.");
        Positive(errors, "MaxConcurrentSessions", o.MaxConcurrentSessions);
        Positive(errors, "MaxRunningFeeds", o.MaxRunningFeeds);
        Positive(errors, "CallResultTimeout", o.CallResultTimeout);
        Positive(errors, "IdleSessionTimeout", o.IdleSessionTimeout);
        if (o.ShutdownGracePeriod < TimeSpan.Zero) errors.Add("Monty:ShutdownGracePeriod must not be negative.");
        if (o.MaxRequestBytes < 1024) errors.Add("Monty:MaxRequestBytes must be at least 1024.");
        if (o.MaxResponseBytes < 64 * 1024) errors.Add("Monty:MaxResponseBytes must be at least 65536 (output is sent in chunks of up to 48 KiB).");
        if (o.MaxValueDepth is < 1 or > 32) errors.Add("Monty:MaxValueDepth must be 1-32 (deeper values pass protobuf's parse recursion limit).");
        ValidateLimits(errors, o.DefaultLimits, o.MaxLimits);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateLimits(List<string> errors, LimitOptions d, LimitOptions max)
    {
        NotAbove(errors, "MaxDuration", d.MaxDuration?.Ticks, max.MaxDuration?.Ticks, ticks => TimeSpan.FromTicks(ticks).ToString());
        NotAbove(errors, "MaxMemoryBytes", d.MaxMemoryBytes, max.MaxMemoryBytes);
        NotAbove(errors, "MaxAllocations", d.MaxAllocations, max.MaxAllocations);
        NotAbove(errors, "MaxRecursionDepth", d.MaxRecursionDepth, max.MaxRecursionDepth);
        NotAbove(errors, "MaxSuspensions", d.MaxSuspensions, max.MaxSuspensions);
        NotAbove(errors, "MaxOutputBytes", d.MaxOutputBytes, max.MaxOutputBytes);
        foreach (var (which, limits) in new[] { ("DefaultLimits", d), ("MaxLimits", max) })
        {
            if (limits.MaxDuration is { } t && t <= TimeSpan.Zero) errors.Add($"Monty:{which}:MaxDuration must be positive.");
            if (limits.MaxRecursionDepth is <= 0) errors.Add($"Monty:{which}:MaxRecursionDepth must be positive.");
            if (limits.MaxMemoryBytes is < 0 || limits.MaxAllocations is < 0 || limits.MaxSuspensions is < 0 || limits.MaxOutputBytes is < 0)
                errors.Add($"Monty:{which}: byte and count limits must not be negative.");
        }
        // Recursion is always bounded by the engine, so a default is needed even when the maximum is open.
        if (d.MaxRecursionDepth is null) errors.Add("Monty:DefaultLimits:MaxRecursionDepth must be set.");
    }

    /// <summary>A default above the maximum, or unlimited under a finite maximum, would be clamped
    /// silently on every session: better to say so once.</summary>
    private static void NotAbove(List<string> errors, string field, long? value, long? max, Func<long, string>? show = null)
    {
        if (max is not { } m) return;
        show ??= v => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (value is not { } v) errors.Add($"Monty:DefaultLimits:{field} is unlimited but Monty:MaxLimits:{field} is {show(m)}.");
        else if (v > m) errors.Add($"Monty:DefaultLimits:{field} ({show(v)}) exceeds Monty:MaxLimits:{field} ({show(m)}).");
    }

    private static void Positive(List<string> errors, string field, int value)
    {
        if (value <= 0) errors.Add($"Monty:{field} must be positive (got {value}).");
    }

    private static void Positive(List<string> errors, string field, TimeSpan value)
    {
        if (value <= TimeSpan.Zero) errors.Add($"Monty:{field} must be positive (got {value}).");
    }
}
