using Monty.Grpc.Hosting;

// `dotnet run --project src/Monty.Grpc`: h2c on localhost:50051, settings from appsettings.json
// and environment variables (Monty__Port=6000, Monty__ApiKeys__0=...).
MontyGrpcServer.Build(args).Run();
