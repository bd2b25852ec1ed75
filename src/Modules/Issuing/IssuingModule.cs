using Admin.Kernel.Modules;
using Admin.Modules.Issuing.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Issuing;

/// <summary>The issuing counter tasks (发卡, manual 2.1–2.9): open an account and issue, secondary cards, anonymous cards.</summary>
public sealed class IssuingModule : AdminModule
{
    public const string ModuleId = "Issuing";

    public override string Id => ModuleId;
    public override string DisplayName => "Issuing";
    public override string Description => "Card issuing at the counter: open an account and issue a single-user or primary card, issue secondary cards with the secondary-card limit, sell anonymous cards; fees, ledger entry, stock and review in one transaction.";
    public override IReadOnlyList<string> DependsOn =>
        [Outlets.OutletsModule.ModuleId, Counter.CounterModule.ModuleId, Cards.CardsModule.ModuleId, Ledger.LedgerModule.ModuleId, Reviews.ReviewsModule.ModuleId,
            Printing.PrintingModule.ModuleId];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IssueChecks>();
        services.AddScoped<IssueWriter>();
        services.AddScoped<IssueTitles>();
        services.AddScoped<CardIssuing>();
        services.AddScoped<SecondaryIssuing>();
        services.AddScoped<AnonymousSales>();
        services.AddScoped<IssueQuery>();
        services.AddScoped<Printing.Contracts.IPrintSource, IssuePrintSource>();
    }
}
