namespace Monty.Engine.Formatting;

/// <summary>
/// CPython 3.11's integer string conversion length limit (<c>sys.set_int_max_str_digits</c>,
/// default 4300, 0 = unlimited). It applies to decimal (and other non power-of-two base)
/// conversions in both directions; binary, octal and hex are never limited.
/// </summary>
internal static class IntMaxStrDigits
{
    public const int Default = 4300;

    /// <summary>The limit in force; the interpreter sets it from sys.set_int_max_str_digits.</summary>
    public static int Limit { get; set; } = Default;

    public static FormattingException ToStrError() => FormattingException.ValueError(
        $"Exceeds the limit ({Limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");

    public static FormattingException ToIntError(long digits) => FormattingException.ValueError(
        $"Exceeds the limit ({Limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");
}
