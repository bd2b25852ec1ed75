using Admin.Kernel.Modules;
using Admin.Modules.Cards.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Cards;

/// <summary>Card products, card numbers and the card stock (卡片管理 4.1–4.8); issuing builds on them.</summary>
public sealed class CardsModule : AdminModule
{
    public const string ModuleId = "Cards";

    public override string Id => ModuleId;
    public override string DisplayName => "Cards";
    public override string Description => "Card products with their numbering and the prepaid-card rules, and the card stock: number ranges, requests, shipments, drawers, returns, exchanges and scrapping (卡片管理).";
    public override IReadOnlyList<string> DependsOn => [Outlets.OutletsModule.ModuleId, Counter.CounterModule.ModuleId, Ledger.LedgerModule.ModuleId];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CardProductService>();
        services.AddScoped<StockMover>();
        services.AddScoped<StockTaskRunner>();
        services.AddScoped<CardStockService>();
        services.AddScoped<OutletStockService>();
        services.AddScoped<StockQuery>();
        services.AddScoped<StockVerifier>();
        services.AddScoped<CardQuery>();
        services.AddScoped<Contracts.ICardProducts, CardProductDirectory>();
        services.AddScoped<Contracts.ICardStock, CardStockForIssuing>();
        services.AddScoped<Contracts.ICards, CardDirectory>();
        services.AddScoped<Contracts.INetworkCards, NetworkCardDirectory>();
        services.AddScoped<Contracts.ICardRegistry, CardRegistry>();
        services.AddScoped<Contracts.ICardClosing, CardCloser>();
        services.AddScoped<BlockListWriter>();
        services.AddScoped<Contracts.ICardStatusChanges, CardStatusChanges>();
        services.AddScoped<Contracts.IBlockList, BlockListReader>();
        services.AddScoped<Contracts.ICardReportData, CardReportReader>();
    }
}
