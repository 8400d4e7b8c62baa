using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Monty.Engine.Limits;

namespace Monty.Engine.Modules.Re;

/// <summary>Translations and compiled .NET regexes, shared by all executions. A regex's match
/// timeout is fixed when it is built, so each pattern is built per timeout bucket (a power of two
/// of milliseconds, never more than the script's remaining time): a catastrophic pattern
/// stops within the script's time limit instead of running on.</summary>
internal static class RegexCache
{
    private const int MaxEntries = 512;
    private static readonly ConcurrentDictionary<(string, int, bool), TranslatedPattern> Translations = new();
    private static readonly ConcurrentDictionary<(string, RegexOptions, long), Regex> Regexes = new();

    public static TranslatedPattern Translate(string pattern, int flags, bool astral = false)
    {
        if (Translations.TryGetValue((pattern, flags, astral), out var t)) return t;
        t = RegexTranslator.Translate(pattern, flags, astral);
        if (Translations.Count >= MaxEntries) Translations.Clear();
        Translations[(pattern, flags, astral)] = t;
        return t;
    }

    /// <summary>The regex for <paramref name="dotNetPattern"/> whose timeout fits the running
    /// execution's remaining time (infinite when the execution has no time limit).</summary>
    public static Regex Get(string dotNetPattern, RegexOptions options)
    {
        var bucket = TimeoutBucketMs();
        var key = (dotNetPattern, options, bucket);
        if (Regexes.TryGetValue(key, out var regex)) return regex;
        var timeout = bucket < 0 ? Regex.InfiniteMatchTimeout : TimeSpan.FromMilliseconds(bucket);
        regex = new Regex(dotNetPattern, options, timeout);
        if (Regexes.Count >= MaxEntries) Regexes.Clear();
        Regexes[key] = regex;
        return regex;
    }

    private static long TimeoutBucketMs()
    {
        var tracker = Budget.Current;
        if (tracker?.Limits.MaxDuration is not { } limit) return -1;
        var remaining = (long)(limit - tracker.Elapsed).TotalMilliseconds;
        if (remaining <= 1) return 1;
        return 1L << (int)(63 - long.LeadingZeroCount(remaining));
    }
}
