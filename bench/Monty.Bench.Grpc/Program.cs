using Monty.Bench.Grpc;

// Parent: runs the client side and prints the results. Child (--serve): the server.
if (args.Contains("--serve"))
{
    await BenchServer.RunAsync();
    return 0;
}
return await Driver.RunAsync(quick: args.Contains("--quick"));
