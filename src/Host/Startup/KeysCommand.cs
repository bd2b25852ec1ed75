using Admin.Modules.Operators;

namespace Admin.Host.Startup;

/// <summary>
/// <c>Admin.Host keys rotate [hours]</c>: adds a new OpenID Connect signing and encryption key pair that becomes active
/// <c>hours</c> later (default 48). Restart every host within that time, so that each knows the new keys before any
/// signs with them (docs/decisions/0009).
/// </summary>
internal static class KeysCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        if (args is not ["keys", "rotate", ..] || (args.Length > 2 && !double.TryParse(args[2], System.Globalization.CultureInfo.InvariantCulture, out _)))
        {
            Console.Error.WriteLine("Usage: keys rotate [hours until the new keys are used, default 48]");
            return 2;
        }

        var hours = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 48;
        await using var scope = services.CreateAsyncScope();
        var activeFrom = DateTime.UtcNow.AddHours(hours);
        foreach (var id in await OperatorsModule.RotateServerKeysAsync(scope.ServiceProvider, activeFrom, CancellationToken.None))
        {
            Console.WriteLine($"Added key {id}, used for new tokens from {activeFrom:yyyy-MM-dd HH:mm} UTC. Restart every host before then.");
        }

        return 0;
    }
}
