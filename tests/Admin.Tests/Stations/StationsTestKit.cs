using System.Net;
using System.Net.Http.Json;
using Admin.Modules.Cards.Models;
using Admin.Tests.CardService;
using Admin.Tests.Infrastructure;
using Admin.Tests.Issuing;
using Admin.Tests.Operators;
using Microsoft.EntityFrameworkCore;

namespace Admin.Tests.Stations;

/// <summary>A card-service world with a terminal of its outlet's station and a gateway client, and internal cards made for a test.</summary>
internal static class StationsTestKit
{
    /// <summary>Registers a terminal settled by <paramref name="outlet"/>: its id and key.</summary>
    public static async Task<StationSimulator> TerminalAsync(HttpClient admin, string outlet)
    {
        var id = "T" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant();
        var registered = await (await admin.PostAsJsonAsync("/api/terminals", new { terminalId = id, stationCode = "S" + id[1..5], stationName = "Riverside 加油站", outlet }))
            .JsonAsync(HttpStatusCode.Created);
        return new StationSimulator(id, registered.GetProperty("key").GetString()!);
    }

    /// <summary>A gateway client (scope Stations.Gateway) with a fresh token.</summary>
    public static async Task<HttpClient> GatewayAsync(AdminAppFactory app)
    {
        var (client, secret) = await app.RegisterClientAsync("System", "Stations.Gateway");
        var (status, tokens) = await app.TokenAsync(new() { ["grant_type"] = "client_credentials", ["client_id"] = client, ["client_secret"] = secret! });
        Assert.Equal(HttpStatusCode.OK, status);
        return app.Bearer(tokens.Str("access_token"));
    }

    public static async Task<(CardServiceWorld World, StationSimulator Station, HttpClient Gateway)> SetUpAsync(AdminAppFactory app)
    {
        var w = await CardServiceWorld.CreateAsync(app);
        return (w, await TerminalAsync(w.Desk.Admin, w.Desk.Outlet), await GatewayAsync(app));
    }

    /// <summary>
    /// An internal card (内部卡) of the world's outlet, of a product of kind Internal. The console issues no internal cards yet (their
    /// stock and issue are 4.1–4.5), so the card row is written as issuing would leave it.
    /// </summary>
    public static async Task<string> InternalCardAsync(AdminAppFactory app, CardServiceWorld w)
    {
        var product = await IssuingProduct.CreateAsync(w.Desk.Admin, "Internal");
        var like = await w.CardAsync(w.Single.Number(1));
        var number = product.Number(1);
        await app.WithDbAsync(async d =>
        {
            var productId = await d.Set<CardProduct>().Where(p => p.Code == product.Code).Select(p => p.Id).SingleAsync();
            d.Add(new Card
            {
                Id = Guid.NewGuid(), Number = number, ProductId = productId, Kind = CardKind.Internal, Status = CardStatus.Issued, HolderName = "Station service",
                OutletId = like.OutletId, OutletCode = like.OutletCode, OperatorId = like.OperatorId, OperatorLogin = like.OperatorLogin, IssuedAt = DateTime.UtcNow,
            });
            return await d.SaveChangesAsync();
        });
        return number;
    }
}
