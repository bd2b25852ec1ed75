using Admin.Kernel.Modules;
using Admin.Modules.Counter.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Counter;

/// <summary>Counter work: customers, the fee schedule, payment methods and fee collection with same-level review.</summary>
public sealed class CounterModule : AdminModule
{
    public const string ModuleId = "Counter";

    public override string Id => ModuleId;
    public override string DisplayName => "Counter";
    public override string Description => "Customers, the fee schedule, payment methods and fee collection at the counter, with same-level review of overridden fees.";
    public override IReadOnlyList<string> DependsOn => [Outlets.OutletsModule.ModuleId, Operators.OperatorsModule.ModuleId, Reviews.ReviewsModule.ModuleId, Ledger.LedgerModule.ModuleId, Printing.PrintingModule.ModuleId,
        Dictionaries.DictionariesModule.ModuleId];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<OutletSequences>();
        services.AddScoped<Contracts.IOutletSequences>(sp => sp.GetRequiredService<OutletSequences>());
        services.AddScoped<CustomerService>();
        services.AddScoped<PaymentMethodNames>();
        services.AddScoped<CustomerQuery>();
        services.AddScoped<Contracts.ICustomerRegistry, CustomerRegistry>();
        services.AddScoped<Contracts.ICustomerClosing, CustomerCloser>();
        services.AddScoped<Contracts.ICustomerDirectory, CustomerDirectory>();
        services.AddScoped<Contracts.INetworkCustomers, NetworkCustomerDirectory>();
        services.AddScoped<FeeSchedule>();
        services.AddScoped<PaymentMethods>();
        services.AddScoped<Contracts.IPaymentMethodDirectory>(sp => sp.GetRequiredService<PaymentMethods>());
        services.AddScoped<FeePricing>();
        services.AddScoped<FeeCollectionWriter>();
        services.AddScoped<Contracts.IFeeSchedule, FeePrices>();
        services.AddScoped<FeeCollections>();
        services.AddScoped<FeeCollectionQuery>();
        services.AddScoped<CounterJournal>();
        services.AddScoped<Contracts.IJournalSource, FeeCollectionJournalSource>();
        services.AddScoped<Contracts.IFeeCollectionReader, FeeCollectionReader>();
        services.AddScoped<Printing.Contracts.IPrintSource, FeeCollectionPrintSource>();
    }
}
