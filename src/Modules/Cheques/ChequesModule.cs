using Admin.Kernel.Modules;
using Admin.Modules.Cheques.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Cheques;

/// <summary>Cheques at the counter: receipt, clearing, bounce and query, with same-level review.</summary>
public sealed class ChequesModule : AdminModule
{
    public const string ModuleId = "Cheques";

    public override string Id => ModuleId;
    public override string DisplayName => "Cheques";
    public override string Description => "Cheques received at the counter: clearing credits the customer's account, a bounce takes it back; query and export.";
    public override IReadOnlyList<string> DependsOn => [Outlets.OutletsModule.ModuleId, Counter.CounterModule.ModuleId, Reviews.ReviewsModule.ModuleId, Ledger.LedgerModule.ModuleId, Printing.PrintingModule.ModuleId,
        Dictionaries.DictionariesModule.ModuleId];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ChequeReviews>();
        services.AddScoped<ChequeReceiptCheck>();
        services.AddScoped<ChequeReceipts>();
        services.AddScoped<ChequeSettlement>();
        services.AddScoped<ChequeBounceReasons>();
        services.AddScoped<ChequeCredit>();
        services.AddScoped<Counter.Contracts.ICreditExposureSource>(sp => sp.GetRequiredService<ChequeCredit>());
        services.AddScoped<ChequeQuery>();
        services.AddScoped<Counter.Contracts.IJournalSource, ChequeJournalSource>();
        services.AddScoped<Contracts.IChequeReader, ChequeReader>();
        services.AddScoped<Printing.Contracts.IPrintSource, ChequePrintSource>();
        services.AddScoped<Contracts.IChequeIntake, ChequeIntake>();
    }
}
