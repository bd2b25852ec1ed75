using Admin.Kernel.Modules;
using Admin.Modules.CustomerAccounts.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.CustomerAccounts;

/// <summary>
/// The customer's account at the counter and head office (客户帐务): closing a customer with its refund, special and small
/// refunds, deposit return, bank transfers received for customers (arrivals) and company customers' credit ratings.
/// </summary>
public sealed class CustomerAccountsModule : AdminModule
{
    public const string ModuleId = "CustomerAccounts";

    public override string Id => ModuleId;
    public override string DisplayName => "Customer accounts";
    public override string Description => "Closing a customer with the refund of what remains, special and small refunds, deposit return, bank transfers received for customers and their matching, credit ratings of company customers.";
    public override IReadOnlyList<string> DependsOn =>
        [Outlets.OutletsModule.ModuleId, Counter.CounterModule.ModuleId, Cards.CardsModule.ModuleId, Ledger.LedgerModule.ModuleId, Reviews.ReviewsModule.ModuleId,
            Printing.PrintingModule.ModuleId, Dictionaries.DictionariesModule.ModuleId];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<AccountChecks>();
        services.AddScoped<RefundWriter>();
        services.AddScoped<CustomerClosingTask>();
        services.AddScoped<RefundTasks>();
        services.AddScoped<ArrivalTasks>();
        services.AddScoped<AccountsQuery>();
        services.AddScoped<CreditRatings>();
        services.AddScoped<Counter.Contracts.ICreditLineSource, CreditLineSource>();
        services.AddScoped<Printing.Contracts.IPrintSource, AccountsPrintSource>();
        services.AddScoped<Counter.Contracts.IJournalSource, AccountsJournalSource>();
    }
}
