using Monty.Engine.Objects;

namespace Monty.Engine.Modules.Random;

/// <summary>The random module. Module-level functions are bound methods of a hidden instance, as in
/// CPython; that instance stays unseeded until random.seed() or, with the host's entropy grant,
/// until first use (without a grant an unseeded draw raises PermissionError).</summary>
internal static class RandomModule
{
    public static readonly PyType RandomType = new("Random", PyTypes.Object) { Module = "random" };

    public static PyType[] Types => [RandomType];

    static RandomModule() => RandomMethods.Register(RandomType);

    private static readonly string[] Functions =
    [
        "seed", "random", "getrandbits", "randbytes", "randrange", "randint", "choice", "shuffle", "sample", "choices",
        "uniform", "gauss", "normalvariate", "expovariate", "triangular",
    ];

    public static PyModule Create()
    {
        var module = new PyModule("random");
        var instance = new PyRandom();
        module.Dict["Random"] = RandomType;
        module.Dict["_inst"] = instance;
        foreach (var name in Functions) module.Dict[name] = new PyBoundMethod(instance, RandomType.Dict[name]);
        return module;
    }
}
