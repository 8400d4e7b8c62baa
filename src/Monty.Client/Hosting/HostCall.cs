using Monty.Protocol.V1;

namespace Monty.Client;

/// <summary>The call being served, for a host function that declares a parameter of this type
/// (arguments as the protocol carries them, before conversion).</summary>
public sealed record HostCall(ulong CallId, string FunctionName, IReadOnlyList<Value> Args, IReadOnlyList<NamedValue> Kwargs);
