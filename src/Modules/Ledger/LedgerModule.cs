using Admin.Kernel.Modules;
using Admin.Modules.Ledger.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Modules.Ledger;

/// <summary>The double-entry ledger every money-moving task posts to; always on.</summary>
public sealed class LedgerModule : AdminModule
{
    public const string ModuleId = "Ledger";

    public override string Id => ModuleId;
    public override string DisplayName => "Ledger";
    public override string Description => "The double-entry ledger: accounts, balanced entries that are never changed, verification and the trial balance.";
    public override IReadOnlyList<string> DependsOn => [Outlets.OutletsModule.ModuleId];
    public override bool CanBeDisabled => false;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<LedgerAccounts>();
        services.AddScoped<Contracts.ILedger, LedgerPosting>();
        services.AddScoped<Contracts.ILedgerReader, LedgerReader>();
        services.AddScoped<Contracts.ILedgerEntries, LedgerEntryDirectory>();
        services.AddScoped<Contracts.ILedgerOwnerLines, LedgerOwnerLinesReader>();
        services.AddScoped<Contracts.ILedgerPeriods, LedgerPeriods>();
        services.AddScoped<Contracts.ILedgerChecks, LedgerChecks>();
        services.AddScoped<Contracts.ILedgerReportData, LedgerReportReader>();
        services.AddScoped<LedgerQuery>();
        services.AddScoped<LedgerVerifier>();
    }
}
