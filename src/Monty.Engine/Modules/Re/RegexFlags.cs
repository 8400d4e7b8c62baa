namespace Monty.Engine.Modules.Re;

/// <summary>The re flag values, as CPython's RegexFlag defines them.</summary>
internal static class RegexFlags
{
    public const int Template = 1;
    public const int IgnoreCase = 2;
    public const int Locale = 4;
    public const int Multiline = 8;
    public const int DotAll = 16;
    public const int Unicode = 32;
    public const int Verbose = 64;
    public const int Debug = 128;
    public const int Ascii = 256;

    /// <summary>Flag names in the order CPython's repr lists them.</summary>
    public static readonly (int Value, string Name)[] Names =
    [
        (Template, "TEMPLATE"), (IgnoreCase, "IGNORECASE"), (Locale, "LOCALE"), (Multiline, "MULTILINE"),
        (DotAll, "DOTALL"), (Unicode, "UNICODE"), (Verbose, "VERBOSE"), (Debug, "DEBUG"), (Ascii, "ASCII"),
    ];
}
