using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Monty.Grpc.Tests.Infrastructure;

namespace Monty.Grpc.Tests.Server;

public sealed class TlsTests
{
    [Fact]
    public async Task ServesOverTlsWithAConfiguredCertificate()
    {
        var path = Path.Combine(Path.GetTempPath(), $"monty-test-{Guid.NewGuid():N}.pfx");
        try
        {
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
                await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pfx, "pw"));
            }
            var handshakes = 0;
            var handler = new SocketsHttpHandler();
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            {
                Interlocked.Increment(ref handshakes);
                return certificate?.Subject == "CN=127.0.0.1";
            };
            await using var host = await TestHost.StartKestrelAsync(
                Settings.Of(("Tls:CertificatePath", path), ("Tls:CertificatePassword", "pw")), handler);
            using var session = host.Open();
            await session.ConfigureAsync();
            Assert.Equal(6, (await session.RunAsync("2 * 3")).Value.IntValue);
            Assert.True(handshakes > 0, "the client saw no TLS handshake");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
