using Admin.Kernel.Modules;
using Admin.Modules.Counter.Contracts;
using Admin.Modules.TopUps.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.TopUps;

/// <summary>
/// Money onto customer accounts and cards at the counter (充值收款, manual 2.10–2.13, 2.17, 2.36), served at any outlet,
/// and the correction of a receipt (收款撤单 2.18, 收款冲销 2.19).
/// </summary>
public sealed class TopUpsModule : AdminModule
{
    public const string ModuleId = "TopUps";

    public override string Id => ModuleId;
    public override string DisplayName => "Top-up and receipts";
    public override string Description => "Top-up of customer accounts and cards and customer receipts at any outlet, by cash, bank card, transfer or cheque (credited on clearing), under the prepaid-card rules; cancel and reverse a receipt with review.";
    public override IReadOnlyList<string> DependsOn =>
    [
        Outlets.OutletsModule.ModuleId, Counter.CounterModule.ModuleId, Cards.CardsModule.ModuleId, Ledger.LedgerModule.ModuleId, Reviews.ReviewsModule.ModuleId,
        Cheques.ChequesModule.ModuleId, Printing.PrintingModule.ModuleId,
    ];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<TopUpChecks>();
        services.AddScoped<TopUpTasks>();
        services.AddScoped<ReceiptCorrections>();
        services.AddScoped<MoneyWhereabouts>();
        services.AddScoped<EntryReversal>();
        services.AddScoped<ReceiptQuery>();
        services.AddScoped<Contracts.ITopUpFacts, TopUpFactsReader>();
        services.AddScoped<IJournalSource, TopUpJournalSource>();
        services.AddScoped<Printing.Contracts.IPrintSource, TopUpPrintSource>();
    }
}
