namespace Monty.Engine.Formatting;

/// <summary>
/// One step after a replacement field's first part: <c>.name</c> (attribute) or <c>[key]</c>
/// (item). For items, <see cref="Index"/> is the integer value when the key is all decimal digits
/// (CPython then indexes sequences with an int), otherwise -1 and <see cref="Name"/> is a str key.
/// </summary>
internal readonly record struct FieldAccessor(bool IsAttribute, string Name, long Index);
