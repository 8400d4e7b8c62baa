using Monty.Bench.Grpc;

// Parent: runs the client side and prints the results. Child (--serve): the server.
if (args.Contains("--serve"))
{
    await BenchServer.RunAsync();
    return 0;
}
// --client: the host-call round trip through Monty.Client next to the raw stream.
if (args.Contains("--client")) return await ClientDriver.RunAsync(quick: args.Contains("--quick"));
return await Driver.RunAsync(quick: args.Contains("--quick"));
