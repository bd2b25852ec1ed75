namespace Admin.Host;

/// <summary>The modules compiled into this host (one type from each module assembly). The kernel is always added.</summary>
public static class HostModules
{
    public static readonly Type[] Types =
    [
        typeof(Admin.Modules.Outlets.OutletsModule),
        typeof(Admin.Modules.Operators.OperatorsModule),
        typeof(Admin.Modules.Reviews.ReviewsModule),
        typeof(Admin.Modules.Counter.CounterModule),
        typeof(Admin.Modules.InvoiceTitles.InvoiceTitlesModule),
        typeof(Admin.Modules.Cheques.ChequesModule),
        typeof(Admin.Modules.Printing.PrintingModule),
        typeof(Admin.Modules.Ledger.LedgerModule),
        typeof(Admin.Modules.Cards.CardsModule),
        typeof(Admin.Modules.Issuing.IssuingModule),
        typeof(Admin.Modules.TopUps.TopUpsModule),
        typeof(Admin.Modules.Allocations.AllocationsModule),
        typeof(Admin.Modules.CustomerAccounts.CustomerAccountsModule),
        typeof(Admin.Modules.BatchTopUps.BatchTopUpsModule),
        typeof(Admin.Modules.CardService.CardServiceModule),
        typeof(Admin.Modules.Closes.ClosesModule),
        typeof(Admin.Modules.Dictionaries.DictionariesModule),
        typeof(Admin.Modules.Stations.StationsModule),
        typeof(Admin.Modules.Transfers.TransfersModule),
        typeof(Admin.Modules.Checks.ChecksModule),
        typeof(Admin.Modules.Reports.ReportsModule),
    ];

    /// <summary>
    /// The compiled-in modules plus those of the assemblies named in <c>Modules:Assemblies</c> (an array of assembly
    /// names beside the host's own), for modules shipped separately.
    /// </summary>
    public static Type[] WithConfigured(IConfiguration configuration)
    {
        var extra = configuration.GetSection("Modules:Assemblies").Get<string[]>() ?? [];
        return
        [
            .. Types,
            .. extra.Select(name => System.Reflection.Assembly.Load(name))
                .SelectMany(a => a.GetTypes().Where(t => typeof(Admin.Kernel.Modules.AdminModule).IsAssignableFrom(t) && !t.IsAbstract)),
        ];
    }
}
